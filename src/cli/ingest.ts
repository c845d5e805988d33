/**
 * `npm run ingest -- REPORT.txt [--year YYYY] [--write --source-url URL --source-publisher NAME [--source-title T]]`
 *
 * Prints the draft meeting record (exactly the DRAFT_FIELDS) as one JSON object on stdout. With --write it
 * adds the record to data/meetings/<PARTNER_ID>.json after schema and integrity checks, refusing a duplicate (same
 * partner and date) or a conflict with the partner's history. The write is one transaction of the data store
 * (src/cli/dataStore.ts): under data/.write.lock it re-reads the dataset, checks again and writes atomically in the
 * canonical format, so two runs at once both land (the second waits) and the diff shows one new record.
 * Exit codes: 0 done; 1 refused or invalid dataset; 2 bad arguments, an unreadable/unrelated report, or data/
 * that cannot be written (one line naming the path and reason).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DraftIncompleteError,
  extractMeeting,
  toDraftRecord,
  toMeetingRecord,
  unreadableReason,
} from '../domain/report.ts';
import { MeetingSchema, WebUrlSchema, type Meeting } from '../domain/schema.ts';
import {
  DatasetError,
  formatProblem,
  meetingFile,
  parseDataset,
  safeParseDataset,
} from '../domain/validate.ts';
import { DataWriteError, readRawDataset, serializeDataset, updateDataset } from './dataStore.ts';
import { describeFsError } from './fsErrors.ts';

/** At most this much of a report is read: a wire report is a few KB; anything larger is not one. */
const MAX_REPORT_BYTES = 2_000_000;

/** A report's bytes, or a one-line reason naming why it cannot be read. */
function readReport(path: string, shown: string): { bytes: Buffer } | { error: string } {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    return { error: `cannot read ${shown}: ${describeFsError(e)}` };
  }
  if (stat.isDirectory()) return { error: `cannot read ${shown}: it is a directory, not a report file` };
  if (!stat.isFile())
    return {
      error: `cannot read ${shown}: it is not a regular file (a pipe, socket or device); save the report to a file`,
    };
  if (stat.size > MAX_REPORT_BYTES)
    return {
      error: `cannot read ${shown}: it is ${stat.size} bytes; a wire report is at most ${MAX_REPORT_BYTES}`,
    };
  try {
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(stat.size);
      let got = 0;
      while (got < stat.size) {
        const n = readSync(fd, bytes, got, stat.size - got, got);
        if (n === 0) break;
        got += n;
      }
      return { bytes: bytes.subarray(0, got) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { error: `cannot read ${shown}: ${describeFsError(e)}` };
  }
}

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
      if (!v || !WebUrlSchema.safeParse(v).success)
        return `--source-url must be an http:// or https:// URL, got "${(v ?? '').slice(0, 200)}"`;
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

export async function run(args: string[], io: Io = {}): Promise<number> {
  const out = io.stdout ?? ((s) => process.stdout.write(s));
  const err = io.stderr ?? ((s) => process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();

  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err(`ingest: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  const read = readReport(resolve(cwd, parsed.file), parsed.file);
  if ('error' in read) {
    err(`ingest: ${read.error}\n`);
    return 2;
  }
  const bytes = read.bytes;
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
  const target = meetingFile(record.partner_id);
  // The transaction re-reads data/ under the lock: what another writer added meanwhile is seen and kept.
  type Outcome = { refused: string } | { added: true; canonical: boolean };
  let outcome: Outcome;
  try {
    ({ result: outcome } = updateDataset(
      cwd,
      (snapshot): { next: typeof snapshot.raw | null; result: Outcome } => {
        const now = snapshot.raw;
        const meetings = now.meetings as Meeting[];
        const duplicate = meetings.find(
          (m) => m.id === record.id || (m.partner_id === record.partner_id && m.date === record.date),
        );
        if (duplicate)
          return {
            next: null,
            result: {
              refused: `${meetingFile(duplicate.partner_id)} already has ${duplicate.id} (same partner and date)`,
            },
          };
        const next = { ...now, meetings: [...meetings, record] };
        const after = safeParseDataset(next);
        if (!after.ok)
          return {
            next: null,
            result: {
              refused: `${record.id} conflicts with the dataset:\n${after.problems
                .slice(0, 10)
                .map((p) => `  ${formatProblem(p)}`)
                .join('\n')}`,
            },
          };
        const before = snapshot.files.get(target)?.toString('utf8');
        const canonical = before === undefined || before === serializeDataset(now).get(target);
        return { next, result: { added: true, canonical } };
      },
    ));
  } catch (e) {
    if (e instanceof DataWriteError) {
      err(`ingest: not written: ${e.message}\n`);
      return 2;
    }
    if (e instanceof DatasetError) {
      err(`ingest: ${e.message}\n`);
      return 1;
    }
    err(`ingest: not written: ${target}: ${describeFsError(e)}\n`);
    return 2;
  }
  if ('refused' in outcome) {
    err(`ingest: not written: ${outcome.refused}\n`);
    return 1;
  }
  if (!outcome.canonical)
    err(`ingest: warning: ${target} was not in canonical format; it is rewritten canonically\n`);
  err(`ingest: added ${record.id} to ${target} (verified: false; review the diff)\n`);
  return 0;
}
