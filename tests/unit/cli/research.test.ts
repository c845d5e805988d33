/**
 * The commands that maintain data/ (src/cli/research/), run on a copy of data/ in a temp folder through the shared
 * CLI io: what they print, their exit codes, and what they write (through the one atomic writer).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as applyPatches } from '../../../src/cli/research/applyPatches';
import { run as applyResearch } from '../../../src/cli/research/applyResearch';
import { run as datasetStats } from '../../../src/cli/research/datasetStats';
import { run as formatData } from '../../../src/cli/research/formatData';
import { run as schema } from '../../../src/cli/research/generateSchema';
import { splitArgs, type Io } from '../../../src/cli/io';
import type { Meeting } from '../../../src/domain/schema';

const ROOT = process.cwd();
let dir: string;
let out: string;
let err: string;
const io = (): Io => ({
  cwd: dir,
  stdout: (s) => (out += s),
  stderr: (s) => (err += s),
  today: '2026-01-01',
});
const read = (rel: string) => readFileSync(join(dir, rel), 'utf8');
const meetings = (partner: string) => JSON.parse(read(`data/meetings/${partner}.json`)) as Meeting[];
const patchFile = (name: string, value: unknown) => {
  writeFileSync(join(dir, name), JSON.stringify(value));
  return name;
};
const leftovers = () => [
  ...readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock')),
  ...readdirSync(join(dir, 'data', 'meetings')).filter((f) => f.endsWith('.tmp')),
];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-research-'));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  out = '';
  err = '';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('splitArgs', () => {
  it('separates known flags, value flags and paths, and names the first problem', () => {
    const a = splitArgs(['a.json', '--dry-run', '--log', 'x.txt', 'b.json'], {
      flags: ['--dry-run'],
      values: ['--log'],
    });
    expect([...a.flags]).toEqual(['--dry-run']);
    expect(a.values.get('--log')).toBe('x.txt');
    expect(a.positional).toEqual(['a.json', 'b.json']);
    expect(a.problem).toBeNull();
    expect(splitArgs(['--nope'], { flags: ['--dry-run'] }).problem).toBe('unknown option "--nope"');
    expect(splitArgs(['--log'], { values: ['--log'] }).problem).toBe('--log needs a value');
  });
});

describe('format-data', () => {
  it('leaves a canonical dataset alone, and rewrites a hand-edited file in the canonical format', async () => {
    expect(await formatData([], io())).toBe(0);
    expect(out).toBe('data/ is already in the canonical format\n');
    const canonical = read('data/meetings/BLR.json');
    writeFileSync(join(dir, 'data/meetings/BLR.json'), JSON.stringify([...meetings('BLR')].reverse()));
    out = '';
    expect(await formatData([], io())).toBe(0);
    expect(out).toBe('formatted data/meetings/BLR.json\n');
    expect(read('data/meetings/BLR.json')).toBe(canonical);
    expect(leftovers()).toEqual([]);
  });

  it('moves an old data/meetings.json into data/meetings/ (only with --replace when that folder has files)', async () => {
    const before = new Map(
      readdirSync(join(dir, 'data/meetings')).map((n) => [n, read(`data/meetings/${n}`)]),
    );
    const all = [...before.values()].flatMap((t) => JSON.parse(t) as Meeting[]);
    writeFileSync(join(dir, 'data/meetings.json'), JSON.stringify(all));
    rmSync(join(dir, 'data/meetings/BLR.json'));
    writeFileSync(join(dir, 'data/meetings/ZZZ.json'), '[]\n');
    expect(await formatData([], io())).toBe(2);
    expect(err).toMatch(/pass --replace/);
    expect(existsSync(join(dir, 'data/meetings.json'))).toBe(true);
    expect(await formatData(['--replace'], io())).toBe(0);
    expect(out).toMatch(
      new RegExp(`^moved ${all.length} meetings from data/meetings.json into ${before.size} files`),
    );
    expect(existsSync(join(dir, 'data/meetings.json'))).toBe(false);
    const after = new Map(
      readdirSync(join(dir, 'data/meetings')).map((n) => [n, read(`data/meetings/${n}`)]),
    );
    expect(after).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('refuses arguments it does not know', async () => {
    expect(await formatData(['--force'], io())).toBe(2);
    expect(err).toMatch(/unknown option "--force"/);
  });
});

describe('apply-patches', () => {
  it('fills a gap, reports a conflict instead of overwriting, and writes only the changed file', async () => {
    const [first] = meetings('BLR');
    const url = 'https://example.org/new-source';
    const file = patchFile('p.json', [
      {
        id: first!.id,
        add_sources: [{ ...first!.sources[0]!, url, title: 'A new source' }],
        summary: 'A different summary.',
      },
      { id: 'nowhere-2000-01-01' },
    ]);
    const code = await applyPatches([file], io());
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(`p.json [1] nowhere-2000-01-01: no meeting with this id`);
    if (first!.summary) expect(out).toContain(`${first!.id}: summary exists; proposed: A different summary.`);
    expect(out).toContain('1 meeting(s) changed');
    expect(out).toContain('wrote data/meetings/BLR.json');
    expect(meetings('BLR')[0]!.sources.map((s) => s.url)).toContain(url);
    if (first!.summary) expect(meetings('BLR')[0]!.summary).toBe(first!.summary);
  });

  it('writes nothing on --dry-run, and nothing when the patched dataset is invalid (exit 1)', async () => {
    const before = read('data/meetings/BLR.json');
    const [first] = meetings('BLR');
    const add = patchFile('a.json', [{ id: first!.id, notes_append: 'Checked again.' }]);
    expect(await applyPatches([add, '--dry-run'], io())).toBe(0);
    expect(out).toContain('1 meeting(s) changed (dry run: nothing written)');
    expect(read('data/meetings/BLR.json')).toBe(before);
    const bad = patchFile('b.json', [
      {
        id: first!.id,
        add_sources: [{ url: 'ftp://example.org/x', title: 'x', publisher: 'x', kind: 'secondary' }],
      },
    ]);
    expect(await applyPatches([bad], io())).toBe(1);
    expect(err).toMatch(/^not written: the patched dataset has \d+ problem/);
    expect(read('data/meetings/BLR.json')).toBe(before);
  });

  it('names an unreadable patch file (exit 2)', async () => {
    expect(await applyPatches(['missing.json'], io())).toBe(2);
    expect(err).toBe('missing.json: cannot be read: no such file or directory\n');
    expect(await applyPatches([], io())).toBe(2);
    expect(err).toMatch(/usage: npm run cli -- apply-patches/);
  });
});

describe('apply-research', () => {
  it('applies a source retitle, with its review log in the --log file', async () => {
    const [first] = meetings('BLR');
    const source = first!.sources[0]!;
    const file = patchFile('r.json', {
      batch: 'test-batch',
      meetings: [{ id: first!.id, retitle_sources: [{ url: source.url, title: 'Retitled' }] }],
    });
    expect(await applyResearch([file, '--log', 'log.txt'], io())).toBe(0);
    expect(read('log.txt')).toBe('\n');
    expect(out).toBe('Applied 1 patch file(s): 0 line(s) to review.\n');
    expect(meetings('BLR')[0]!.sources[0]!.title).toBe('Retitled');
  });

  it('writes nothing when the result is invalid, and prints what to review', async () => {
    const before = read('data/meetings/BLR.json');
    const [first] = meetings('BLR');
    const file = patchFile('r.json', {
      meetings: [
        { id: first!.id, set: { change: 'reaffirmed' }, set_why: 'test' },
        { id: 'nowhere-2000-01-01' },
      ],
    });
    expect(await applyResearch([file], io())).toBe(1);
    expect(out).toContain(
      `r.json ${first!.id}: correction change: "${first!.change}" -> "reaffirmed" (test)`,
    );
    expect(out).toContain('r.json nowhere-2000-01-01: no such meeting');
    expect(err).toMatch(/^Not written: \d+ problem/);
    expect(read('data/meetings/BLR.json')).toBe(before);
  });
});

describe('dataset-stats and schema', () => {
  it('counts the dataset', async () => {
    expect(await datasetStats([], io())).toBe(0);
    const stats = JSON.parse(out) as { partners: number; events: number };
    expect(stats.partners).toBe((JSON.parse(read('data/partners.json')) as unknown[]).length);
    const events = readdirSync(join(dir, 'data/meetings')).reduce(
      (n, f) => n + (JSON.parse(read(`data/meetings/${f}`)) as unknown[]).length,
      0,
    );
    expect(stats.events).toBe(events);
  });

  it('schema --check passes on the committed file and fails on a stale one; without --check it rewrites it', async () => {
    expect(await schema(['--check'], io())).toBe(0);
    expect(out).toBe('data/schema.json is up to date.\n');
    const fresh = read('data/schema.json');
    writeFileSync(join(dir, 'data/schema.json'), '{}\n');
    expect(await schema(['--check'], io())).toBe(1);
    expect(err).toBe('data/schema.json is stale: run `npm run schema`.\n');
    expect(await schema([], io())).toBe(0);
    expect(read('data/schema.json')).toBe(fresh);
  });
});
