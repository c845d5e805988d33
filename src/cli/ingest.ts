/**
 * `npm run ingest -- REPORT.txt [--year YYYY] [--write --source-url URL --source-publisher NAME [--source-title T]]`
 *
 * Prints the draft meeting record (exactly the DRAFT_FIELDS) as one JSON object on stdout. With --write it
 * adds the record to data/meetings.json after schema and integrity checks, refusing a duplicate (same partner
 * and date) or a conflict with the partner's history, and writes atomically (temp file, then rename) in the
 * canonical format so the diff shows one new record. Exit codes: 0 done; 1 refused or invalid dataset;
 * 2 bad arguments or an unreadable/unrelated report.
 */
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DraftIncompleteError,
  extractMeeting,
  toDraftRecord,
  toMeetingRecord,
  unreadableReason,
} from '../domain/report.ts';
import { HttpsUrlSchema, MeetingSchema, type Meeting } from '../domain/schema.ts';
import {
  DATA_FILES,
  DatasetError,
  formatProblem,
  parseDataset,
  safeParseDataset,
} from '../domain/validate.ts';
import { formatDataFile } from '../domain/dataFormat.ts';
import { readRawDataset } from './readDataset.ts';

interface Io {
  cwd?: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

const USAGE =
  'Usage: npm run ingest -- REPORT.txt [--year YYYY] [--write --source-url URL --source-publisher NAME [--source-title TITLE]]';

interface Args {
  file: string;
  year?: number;
  write: boolean;
  sourceUrl?: string;
  sourcePublisher?: string;
  sourceTitle?: string;
}

function parseArgs(args: string[]): Args | string {
  let file: string | null = null;
  const out: Omit<Args, 'file'> = { write: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => {
      const v = args[++i];
      return v === undefined || v.startsWith('--') ? null : v;
    };
    if (a === '--write') out.write = true;
    else if (a === '--year') {
      const v = value();
      if (!v || !/^\d{4}$/.test(v) || Number(v) < 1949 || Number(v) > 2100)
        return `--year must be a year such as 2022 (1949-2100), got "${v ?? ''}"`;
      out.year = Number(v);
    } else if (a === '--source-url') {
      const v = value();
      if (!v || !HttpsUrlSchema.safeParse(v).success)
        return `--source-url must be an https:// URL, got "${v ?? ''}"`;
      out.sourceUrl = v;
    } else if (a === '--source-publisher') {
      const v = value();
      if (!v?.trim()) return '--source-publisher needs a name';
      out.sourcePublisher = v.trim();
    } else if (a === '--source-title') {
      const v = value();
      if (!v?.trim()) return '--source-title needs a title';
      out.sourceTitle = v.trim();
    } else if (a.startsWith('-')) return `unknown option "${a}"`;
    else if (file === null) file = a;
    else return `one report at a time (got "${file}" and "${a}")`;
  }
  if (!file) return 'a report file is required';
  if (out.write && (!out.sourceUrl || !out.sourcePublisher))
    return '--write needs --source-url URL and --source-publisher NAME (a record must cite a source)';
  return { file, ...out };
}

function defaultSourceTitle(text: string): string {
  const line = text
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, '')
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  const first = (line ?? 'Wire report').split(/(?<=[.!?])\s/)[0] ?? 'Wire report';
  return first.length > 140 ? `${first.slice(0, 137)}...` : first;
}

/** Inserts a record keeping the file's order (meetings.json is sorted by id). */
function insertSorted(list: unknown[], record: Meeting): unknown[] {
  const idOf = (x: unknown) =>
    x && typeof x === 'object' && 'id' in x ? String((x as { id: unknown }).id) : '';
  const sorted = list.every((x, i) => i === 0 || idOf(list[i - 1]) <= idOf(x));
  if (!sorted) return [...list, record];
  const at = list.findIndex((x) => idOf(x) > record.id);
  return at < 0 ? [...list, record] : [...list.slice(0, at), record, ...list.slice(at)];
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const out = io.stdout ?? ((s) => process.stdout.write(s));
  const err = io.stderr ?? ((s) => process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();

  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err(`ingest: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  const path = resolve(cwd, parsed.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    err(`ingest: cannot read ${parsed.file}: no such file\n`);
    return 2;
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    err(`ingest: ${parsed.file}: the file is binary (it contains NUL bytes)\n`);
    return 2;
  }
  const text = bytes.toString('utf8');
  const unreadable = unreadableReason(text);
  if (unreadable) {
    err(`ingest: ${parsed.file}: ${unreadable}\n`);
    return 2;
  }

  let raw;
  let dataset;
  try {
    raw = readRawDataset(cwd);
    dataset = parseDataset(raw);
  } catch (e) {
    err(`ingest: ${e instanceof DatasetError ? e.message : (e as Error).message}\n`);
    return 1;
  }

  const draft = extractMeeting(text, {
    year: parsed.year,
    partners: dataset.partners,
    tiers: dataset.tiers,
    meetings: dataset.meetings,
  });
  if (!draft.related) {
    err(
      `ingest: ${parsed.file}: no partner and no partnership wording found; this does not look like a meeting report\n`,
    );
    return 2;
  }
  out(`${JSON.stringify(toDraftRecord(draft), null, 2)}\n`);
  for (const note of draft.notes.filter((n) => draft.needs_review.some((f) => n.startsWith(`${f}:`))))
    err(`review ${note}\n`);
  if (!parsed.write) return 0;

  // --write
  let record: Meeting;
  try {
    record = toMeetingRecord(draft, {
      url: parsed.sourceUrl ?? '',
      publisher: parsed.sourcePublisher ?? '',
      title: parsed.sourceTitle ?? defaultSourceTitle(text),
    });
  } catch (e) {
    if (e instanceof DraftIncompleteError) {
      err(`ingest: not written: ${e.missing.join('; ')}\n`);
      return 1;
    }
    throw e;
  }
  const check = MeetingSchema.safeParse(record);
  if (!check.success) {
    err(
      `ingest: not written: the record fails the schema: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`,
    );
    return 1;
  }
  const duplicate = dataset.meetings.find(
    (m) => m.id === record.id || (m.partner_id === record.partner_id && m.date === record.date),
  );
  if (duplicate) {
    err(`ingest: not written: ${DATA_FILES.meetings} already has ${duplicate.id} (same partner and date)\n`);
    return 1;
  }
  const meetingsRaw = raw.meetings as unknown[];
  const next = insertSorted(meetingsRaw, record);
  const after = safeParseDataset({ ...raw, meetings: next });
  if (!after.ok) {
    err(
      `ingest: not written: ${record.id} conflicts with the dataset:\n${after.problems
        .slice(0, 10)
        .map((p) => `  ${formatProblem(p)}`)
        .join('\n')}\n`,
    );
    return 1;
  }
  const target = join(cwd, DATA_FILES.meetings);
  const before = readFileSync(target, 'utf8');
  if (before !== formatDataFile(meetingsRaw))
    err(`ingest: warning: ${DATA_FILES.meetings} was not in canonical format; it is rewritten canonically\n`);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, formatDataFile(next));
    renameSync(tmp, target);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    err(`ingest: could not write ${DATA_FILES.meetings}: ${(e as Error).message}\n`);
    return 1;
  }
  err(`ingest: added ${record.id} to ${DATA_FILES.meetings} (verified: false; review the diff)\n`);
  return 0;
}
