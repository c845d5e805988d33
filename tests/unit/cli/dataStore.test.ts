/**
 * The data store's writer (src/cli/dataStore.ts): concurrent `ingest --write` runs never lose a record, a killed
 * writer's leftovers are cleaned by the next one, and a file changed by anything else meanwhile is never overwritten.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DataWriteError,
  LOCK_FILE,
  readDataSnapshot,
  readRawDataset,
  withDataLock,
  writeDataset,
} from '../../../src/cli/dataStore';
import { formatDataFile } from '../../../src/domain/dataFormat';
import type { Meeting } from '../../../src/domain/schema';

const ROOT = process.cwd();
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href;
const REPORTS = join(ROOT, 'tests/fixtures/reports');
/** Four reports whose records are each their partner's last event: dropped first, then ingested at once. */
const WRITERS = [
  { report: 'bangladesh-2024-elevation.txt', id: 'bgd-2024-07-10' },
  { report: 'hungary-2024-context-anniversary.txt', id: 'hun-2024-05-09' },
  { report: 'uruguay-2023-elevate-full-date.txt', id: 'ury-2023-11-22' },
  { report: 'venezuela-2023-upgrade.txt', id: 'ven-2023-09-13' },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function drop(id: string) {
  const partner = id.split('-')[0]!.toUpperCase();
  const path = join(dir, 'data', 'meetings', `${partner}.json`);
  const list = JSON.parse(readFileSync(path, 'utf8')) as Meeting[];
  writeFileSync(path, formatDataFile(list.filter((m) => m.id !== id)));
}

function ingestProcess(report: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        TSX,
        join(ROOT, 'src/cli/main.ts'),
        'ingest',
        join(REPORTS, report),
        '--write',
        '--source-url',
        'https://example.org/report',
        '--source-publisher',
        'Xinhua',
      ],
      { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const leftovers = () => [
  ...readdirSync(join(dir, 'data')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock')),
  ...readdirSync(join(dir, 'data', 'meetings')).filter((f) => f.endsWith('.tmp')),
];

describe('data store writer', () => {
  it('four `ingest --write` runs at once: every one lands, none is lost (two trials)', async () => {
    for (let trial = 0; trial < 2; trial++) {
      for (const w of WRITERS) drop(w.id);
      const results = await Promise.all(WRITERS.map((w) => ingestProcess(w.report)));
      for (const [i, r] of results.entries()) {
        expect(r.stderr, WRITERS[i]!.report).toMatch(new RegExp(`added ${WRITERS[i]!.id}`));
        expect(r.code).toBe(0);
      }
      const ids = new Set((readRawDataset(dir).meetings as Meeting[]).map((m) => m.id));
      expect(WRITERS.filter((w) => !ids.has(w.id)).map((w) => w.id)).toEqual([]);
      expect(leftovers()).toEqual([]);
    }
  }, 180_000);

  it('cleans a killed writer’s temp files and takes over its lock', () => {
    // A writer SIGKILLed mid-write leaves its lock (with a pid that is gone) and a temp file.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: Number(gone.stdout), since: '2026-01-01T00:00:00Z' }),
    );
    writeFileSync(join(dir, 'data/meetings/BLR.json.12345.abcdef.tmp'), '[{"half": ');
    writeFileSync(join(dir, 'data/partners.json.12345.abcdef.tmp'), '');
    let ran = false;
    withDataLock(dir, () => {
      ran = true;
      expect(leftovers()).toEqual([LOCK_FILE.split('/')[1]]);
    });
    expect(ran).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('a second writer waits for the lock, then fails with a clear message naming it', () => {
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
    );
    expect(() => withDataLock(dir, () => 0, { timeoutMs: 200 })).toThrow(
      new DataWriteError(
        `${LOCK_FILE}: another command (pid ${process.pid}) is writing data/; waited 0 s. Nothing was written; run this again when it has finished`,
      ),
    );
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('never overwrites a file changed on disk since it was read (compare before rename)', () => {
    const snapshot = readDataSnapshot(dir);
    const path = join(dir, 'data/meetings/BLR.json');
    const edited = readFileSync(path, 'utf8').replace('Samarkand', 'Samarkand ');
    writeFileSync(path, edited); // someone's editor saves meanwhile
    const next = structuredClone(snapshot.raw);
    (next.meetings as Meeting[]).find((m) => m.id === 'blr-2022-09-15')!.notes = 'changed by the writer';
    expect(() => writeDataset(dir, snapshot, next)).toThrow(
      /data\/meetings\/BLR\.json: changed on disk while this command ran/,
    );
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(leftovers()).toEqual([]);
  });

  it('writes only the files that changed, each in the canonical format, and removes a partner left with none', () => {
    const snapshot = readDataSnapshot(dir);
    const next = structuredClone(snapshot.raw);
    next.meetings = (next.meetings as Meeting[]).filter((m) => m.partner_id !== 'ARM');
    (next.meetings as Meeting[]).find((m) => m.id === 'blr-2022-09-15')!.notes = 'x';
    expect(writeDataset(dir, snapshot, next).sort()).toEqual([
      'data/meetings/ARM.json',
      'data/meetings/BLR.json',
    ]);
    expect(existsSync(join(dir, 'data/meetings/ARM.json'))).toBe(false);
    const blr = readFileSync(join(dir, 'data/meetings/BLR.json'), 'utf8');
    expect(blr).toBe(formatDataFile(JSON.parse(blr)));
  });
});
