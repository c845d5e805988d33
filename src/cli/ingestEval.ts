/**
 * `npm run ingest:eval -- DIR [--expected DIR2]`: runs readReport on every DIR/NAME.txt (or NAME.html, NAME.htm)
 * and scores it against NAME.expected.json (in DIR, or in DIR2). A field absent from an expected file is not
 * scored. An optional `"_options": { "year": 2022 }` in an expected file plays the part of `--year`.
 * Prints per-field accuracy, the misses, and last `overall: N/M fields correct`.
 *
 * Without DIR it scores the three fixture sets one after the other and ends with one line per set: the English
 * reports, the Chinese ones, and the held-out Chinese reports written before the extractor was frozen.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DRAFT_FIELDS, readReport, type DraftRecord } from '../domain/report.ts';
import { DatasetError, parseDataset } from '../domain/validate.ts';
import { readRawDataset } from './readDataset.ts';
import { commandIo, type Io } from './io.ts';

export interface EvalResult {
  correct: number;
  total: number;
  perField: Map<string, { correct: number; total: number }>;
  misses: string[];
}

function same(field: string, got: unknown, want: unknown): boolean {
  if (field === 'needs_review' && Array.isArray(got) && Array.isArray(want))
    return got.length === want.length && want.every((w) => got.includes(w));
  return JSON.stringify(got) === JSON.stringify(want);
}

export function scoreDraft(
  name: string,
  got: DraftRecord,
  expected: Record<string, unknown>,
  result: EvalResult,
): void {
  for (const field of DRAFT_FIELDS) {
    if (!(field in expected)) continue;
    const want = expected[field];
    const value = got[field];
    const ok = same(field, value, want);
    const row = result.perField.get(field) ?? { correct: 0, total: 0 };
    row.total++;
    result.total++;
    if (ok) {
      row.correct++;
      result.correct++;
    } else
      result.misses.push(`${name}: ${field} is ${JSON.stringify(value)}, expected ${JSON.stringify(want)}`);
    result.perField.set(field, row);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { err } = commandIo(io);
  let dir: string | null = null;
  let expectedDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--expected') expectedDir = args[++i] ?? null;
    else if (a.startsWith('-')) {
      err(`ingest:eval: unknown option "${a}". Usage: npm run ingest:eval -- DIR [--expected DIR]\n`);
      return 2;
    } else if (!dir) dir = a;
    else {
      err(`ingest:eval: one directory only. Usage: npm run ingest:eval -- DIR [--expected DIR]\n`);
      return 2;
    }
  }
  if (!dir) return runSets(io);
  return runDir(dir, expectedDir, io);
}

/** The fixture sets `npm run ingest:eval` scores when no directory is given. */
export const FIXTURE_SETS: [string, string][] = [
  ['English', 'tests/fixtures/reports'],
  ['Chinese', 'tests/fixtures/ingest/zh'],
  ['held-out', 'tests/fixtures/ingest/heldout'],
];

async function runSets(io: Io): Promise<number> {
  const { out } = commandIo(io);
  const lines: string[] = [];
  for (const [label, dir] of FIXTURE_SETS) {
    let last = '';
    out(`== ${label}: ${dir}\n`);
    const code = await runDir(dir, null, {
      ...io,
      stdout: (s) => {
        out(s);
        const m = /^reports: (\d+)|^overall: (.*)$/m.exec(s);
        if (m?.[1]) last = `${m[1]} reports`;
        if (m?.[2]) lines.push(`${label.padEnd(9)} ${last.padEnd(11)} ${m[2]}`);
      },
    });
    if (code !== 0) return code;
  }
  for (const l of lines) out(`${l}\n`);
  return 0;
}

async function runDir(dir: string, expectedDir: string | null, io: Io): Promise<number> {
  const { out, err, cwd } = commandIo(io);
  const reportsDir = resolve(cwd, dir);
  if (!existsSync(reportsDir) || !statSync(reportsDir).isDirectory()) {
    err(`ingest:eval: ${dir} is not a directory\n`);
    return 2;
  }
  const answersDir = resolve(cwd, expectedDir ?? dir);
  let dataset;
  try {
    dataset = parseDataset(readRawDataset(cwd));
  } catch (e) {
    err(`ingest:eval: ${e instanceof DatasetError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const result: EvalResult = { correct: 0, total: 0, perField: new Map(), misses: [] };
  const files = new Map<string, string>();
  for (const f of readdirSync(reportsDir).sort()) {
    const m = /^(.*)\.(txt|html?)$/.exec(f);
    if (m?.[1] && !files.has(m[1])) files.set(m[1], f);
  }
  const names = [...files.keys()];
  let scored = 0;
  for (const name of names) {
    const expectedPath = join(answersDir, `${name}.expected.json`);
    if (!existsSync(expectedPath)) {
      err(`ingest:eval: ${files.get(name) ?? name} has no ${name}.expected.json; skipped\n`);
      continue;
    }
    let expected: Record<string, unknown>;
    try {
      expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      err(`ingest:eval: ${name}.expected.json is not JSON (${(e as Error).message})\n`);
      return 2;
    }
    const opts = (expected._options ?? {}) as { year?: number };
    const read = readReport(readFileSync(join(reportsDir, files.get(name) ?? ''), 'utf8'), dataset, {
      year: opts.year,
    });
    if (!read.ok) {
      result.misses.push(`${name}: not read (${read.reason})`);
      continue;
    }
    scoreDraft(name, read.draft, expected, result);
    scored++;
  }
  if (scored === 0) {
    err(`ingest:eval: no NAME.txt or NAME.html with NAME.expected.json in ${dir}\n`);
    return 2;
  }
  out(`reports: ${scored}\n`);
  for (const field of DRAFT_FIELDS) {
    const row = result.perField.get(field);
    if (row)
      out(
        `${field.padEnd(30)} ${String(row.correct).padStart(3)}/${String(row.total).padEnd(3)} ${pct(row.correct, row.total)}\n`,
      );
  }
  for (const miss of result.misses) out(`miss: ${miss}\n`);
  out(`overall: ${result.correct}/${result.total} fields correct (${pct(result.correct, result.total)})\n`);
  return 0;
}
