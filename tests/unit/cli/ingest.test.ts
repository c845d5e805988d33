import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as ingest } from '../../../src/cli/ingest';
import { run as ingestEval } from '../../../src/cli/ingestEval';
import { formatDataFile } from '../../../src/domain/dataFormat';
import { DRAFT_FIELDS } from '../../../src/domain/report';
import type { Meeting } from '../../../src/domain/schema';

const ROOT = process.cwd();
const TLS_SEED = join(ROOT, 'tests', 'fixtures', 'seeds', '000_17cc30498ef1f3d8.txt');
const BLR_SEED = join(ROOT, 'tests', 'fixtures', 'seeds', '002_1081e66183dff3a8.txt');
const SOURCE = ['--source-url', 'https://example.org/xinhua-report', '--source-publisher', 'Xinhua'];

let dir: string;

/** Runs a CLI function in the temp dir and captures its output. */
async function call(fn: typeof ingest, args: string[], cwd = dir) {
  let stdout = '';
  let stderr = '';
  const code = await fn(args, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A partner's meetings file in the temp dataset (data/meetings/<PARTNER_ID>.json). */
const meetingsPath = (partner = 'TLS') => join(dir, 'data', 'meetings', `${partner}.json`);
const readMeetings = (partner = 'TLS') =>
  JSON.parse(readFileSync(meetingsPath(partner), 'utf8')) as Meeting[];
/** Every meetings file of the temp dataset, by name: to show that a refused write changed nothing. */
const allMeetingFiles = () =>
  Object.fromEntries(
    readdirSync(join(dir, 'data', 'meetings')).map((f) => [
      f,
      readFileSync(join(dir, 'data', 'meetings', f), 'utf8'),
    ]),
  );

/** The temp dataset without one record, so that a seed report is new to it. */
function dropMeeting(id: string, partner = 'TLS') {
  writeFileSync(meetingsPath(partner), formatDataFile(readMeetings(partner).filter((m) => m.id !== id)));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
  for (const f of ['tiers.json', 'partners.json', 'meta.json', 'meetings'])
    cpSync(join(ROOT, 'data', f), join(dir, 'data', f), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', () => {
  it('prints exactly the draft fields for the Timor-Leste seed', async () => {
    const { code, stdout } = await call(ingest, [TLS_SEED]);
    expect(code).toBe(0);
    const draft = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(draft)).toEqual([...DRAFT_FIELDS]);
    expect(draft).toMatchObject({
      partner_id: 'TLS',
      date: '2023-09-23',
      tier_after: 'comprehensive-strategic',
      change: 'upgraded',
    });
  });

  it('reads the Belarus seed with --year 2022', async () => {
    const { code, stdout } = await call(ingest, [BLR_SEED, '--year', '2022']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      partner_id: 'BLR',
      date: '2022-09-15',
      city: 'Samarkand',
      tier_after: 'all-weather',
    });
  });

  it('--write adds the record, keeps the file canonical, and leaves no temp file', async () => {
    dropMeeting('tls-2023-09-23');
    const before = readFileSync(meetingsPath(), 'utf8');
    const others = { ...allMeetingFiles(), 'TLS.json': undefined };
    const { code, stderr } = await call(ingest, [TLS_SEED, '--write', ...SOURCE]);
    expect(stderr).toMatch(/added tls-2023-09-23 to data\/meetings\/TLS\.json/);
    expect(code).toBe(0);
    const text = readFileSync(meetingsPath(), 'utf8');
    const meetings = JSON.parse(text) as Meeting[];
    const added = meetings.find((m) => m.id === 'tls-2023-09-23');
    expect(added).toMatchObject({
      partner_id: 'TLS',
      change: 'upgraded',
      tier_before: 'comprehensive-cooperative',
      tier_after: 'comprehensive-strategic',
      verified: false,
      sources: [{ publisher: 'Xinhua', url: 'https://example.org/xinhua-report', kind: 'primary' }],
    });
    // Stable formatting: re-formatting gives the same bytes, and without the new record the file is unchanged.
    expect(formatDataFile(meetings)).toBe(text);
    expect(formatDataFile(meetings.filter((m) => m.id !== 'tls-2023-09-23'))).toBe(before);
    expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort());
    // Only the partner's file changed; no temp file and no lock are left behind.
    expect({ ...allMeetingFiles(), 'TLS.json': undefined }).toEqual(others);
    expect(readdirSync(join(dir, 'data', 'meetings')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual(
      [],
    );
  });

  it('--write refuses a duplicate (same partner and date)', async () => {
    const before = allMeetingFiles();
    const { code, stderr } = await call(ingest, [TLS_SEED, '--write', ...SOURCE]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/data\/meetings\/TLS\.json already has tls-2023-09-23/);
    expect(allMeetingFiles()).toEqual(before);
  });

  it('--write refuses a record that conflicts with the partner history', async () => {
    // A made-up report: an upgrade in March 2014 would break the chain into aus-2014-11-17 (strategic -> CSP).
    const report = join(dir, 'conflict.txt');
    writeFileSync(
      report,
      'BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping and Australian Prime Minister Tony Abbott on Monday decided to upgrade ties to an all-weather comprehensive strategic partnership.',
    );
    const before = allMeetingFiles();
    const { code, stderr } = await call(ingest, [report, '--year', '2014', '--write', ...SOURCE]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/conflicts with the dataset/);
    expect(stderr).toMatch(/aus-2014-11-17.*tier_before/);
    expect(allMeetingFiles()).toEqual(before);
  });

  it('--write refuses a report that changes nothing', async () => {
    const { code, stderr } = await call(ingest, [
      join(ROOT, 'tests/fixtures/reports/pakistan-2022-no-change.txt'),
      '--write',
      ...SOURCE,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/changes nothing/);
  });

  it('--write needs a source', async () => {
    const { code, stderr } = await call(ingest, [TLS_SEED, '--write']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--source-url/);
  });

  const bad: [string, string | Uint8Array, RegExp][] = [
    ['empty', '', /empty/],
    ['blank', '  \n\n ', /empty/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    [
      'unrelated',
      'The weather in Paris was mild and the markets rose on Tuesday.\n',
      /does not look like a meeting report/,
    ],
  ];
  it.each(bad)('exits 2 with one line on stderr for an %s file', async (name, content, reason) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, content);
    const { code, stdout, stderr } = await call(ingest, [file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the path and the reason for a report it cannot read: a directory, a pipe, no permission', async () => {
    const sub = join(dir, 'reports');
    mkdirSync(sub);
    const fifo = join(dir, 'report.fifo');
    spawnSync('mkfifo', [fifo]);
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o000);
    const cases: [string, RegExp][] = [
      // A folder is a batch of reports (one draft each); an empty one says so.
      [sub, /^ingest: .*reports: the folder has no reports \(\.txt, \.html or \.htm files\)\n$/],
      [
        fifo,
        /^ingest: cannot read .*report\.fifo: it is not a regular file \(a pipe, socket or device\); save the report to a file\n$/,
      ],
      [join(dir, 'missing.txt'), /^ingest: cannot read .*missing\.txt: no such file or directory\n$/],
    ];
    // root reads any file: the permission case only means something for other users
    if (process.getuid?.() !== 0)
      cases.push([locked, /^ingest: cannot read .*locked\.txt: permission denied\n$/]);
    for (const [path, reason] of cases) {
      const { code, stdout, stderr } = await call(ingest, [path]);
      expect(code, path).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(reason);
    }
  });

  it.each([
    [['missing.txt'], /no such file/],
    [[], /report file is required/],
    [['x.txt', '--year', '22'], /--year must be a year/],
    [['x.txt', '--frobnicate'], /unknown option/],
  ])('exits 2 for bad arguments %j', async (args, reason) => {
    const { code, stderr } = await call(ingest, args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
  });
});

describe('ingest:eval', () => {
  const overall = (out: string) => {
    const last = out.trimEnd().split('\n').at(-1) ?? '';
    const m = /^overall: (\d+)\/(\d+) fields correct/.exec(last);
    expect(m).not.toBeNull();
    return Number(m?.[1]) / Number(m?.[2]);
  };

  it('reaches at least 95% of fields on the fixture reports', async () => {
    const { code, stdout } = await call(ingestEval, [join(ROOT, 'tests/fixtures/reports')], ROOT);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^reports: (1[5-9]|[2-9]\d)$/m);
    expect(overall(stdout)).toBeGreaterThanOrEqual(0.95);
  });

  it('gets every field of both seeds right', async () => {
    const { code, stdout } = await call(ingestEval, [join(ROOT, 'tests/fixtures/seeds')], ROOT);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/^miss:/m);
    expect(overall(stdout)).toBe(1);
  });

  it('exits 2 for a directory that does not exist', async () => {
    expect((await call(ingestEval, [join(ROOT, 'nope')], ROOT)).code).toBe(2);
  });

  it('without a directory, scores the English, Chinese and held-out sets and reports each', async () => {
    const r = await call(ingestEval, [], ROOT);
    expect(r.code).toBe(0);
    const score = (label: string) => {
      const m = new RegExp(`^${label} +(\\d+) reports +(\\d+)/(\\d+) fields`, 'm').exec(r.stdout);
      expect(m, `${label} line in:\n${r.stdout.slice(-400)}`).not.toBeNull();
      return Number(m?.[2]) / Number(m?.[3]);
    };
    expect(score('English')).toBeGreaterThanOrEqual(0.95);
    expect(score('Chinese')).toBeGreaterThanOrEqual(0.9);
    expect(score('held-out')).toBeGreaterThanOrEqual(0.9);
  });
});
