/**
 * The one data-access module for data/ on disk: every reader (tests, the build, the CLI) and every
 * writer (`ingest --write` and the research commands in src/cli/research/) goes through it.
 *
 * Layout: data/tiers.json, data/partners.json, data/meta.json and data/meetings/<PARTNER_ID>.json (an array of that
 * partner's meetings, sorted by date). `readRawDataset` returns the in-memory shape the validator takes,
 * `{ tiers, partners, meetings: Meeting[], meta }`, with the meetings of all files together.
 *
 * Writes are transactions: `updateDataset` takes the exclusive lock (dataLock.ts), reads, lets the caller change the
 * dataset, and writes every changed file with the one atomic writer (atomicWrite.ts), which checks that no file
 * changed on disk since it was read (compare-before-rename, for editors that do not take the lock).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDataFile } from '../domain/textChecks.ts';
import {
  DATA_FILES,
  DatasetError,
  meetingFile,
  PARTNER_FILE_ID,
  type DatasetProblem,
  type RawDataset,
} from '../domain/validate.ts';
import { formatDataFile } from '../domain/dataFormat.ts';
import { describeFsError } from './fsErrors.ts';
import {
  currentBytes,
  DataWriteError,
  TEMP_SUFFIX,
  writeFilesAtomically,
  type FileChange,
} from './atomicWrite.ts';
import { EXIT } from './io.ts';
import { withDataLock, type LockOptions } from './dataLock.ts';

export { DataWriteError } from './atomicWrite.ts';

/**
 * What a command prints and returns when an update of the dataset was refused: invalid data (EXIT.refused) or files
 * that could not be written (EXIT.usage). Anything else is not a refusal and is thrown on.
 */
export function refusedUpdate(e: unknown, err: (text: string) => void): number {
  if (e instanceof DatasetError) {
    err(`${e.message}\n`);
    return EXIT.refused;
  }
  if (e instanceof DataWriteError) {
    err(`not written: ${e.message}\n`);
    return EXIT.usage;
  }
  throw e;
}
export { LOCK_FILE, removeTempFiles, withDataLock, type LockOptions } from './dataLock.ts';

/** The pre-0.3 layout: all meetings in one file. Refused, with the command that converts it. */
export const LEGACY_MEETINGS_FILE = 'data/meetings.json';

/** What was read: the dataset, and the bytes of every file as read (for compare-before-rename). */
export interface DataSnapshot {
  raw: RawDataset;
  /** Path relative to the root (data/meetings/BLR.json) to the bytes read. */
  files: Map<string, Buffer>;
}

function fileProblem(file: string, reason: string): DatasetProblem {
  return { file, record: null, field: '', reason };
}

function readBytes(root: string, rel: string, problems: DatasetProblem[]): Buffer | null {
  try {
    const path = join(root, rel);
    const stat = statSync(path);
    if (!stat.isFile()) {
      problems.push(
        fileProblem(
          rel,
          `cannot be read: it is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}`,
        ),
      );
      return null;
    }
    return readFileSync(path);
  } catch (error) {
    problems.push(fileProblem(rel, `cannot be read: ${describeFsError(error)}`));
    return null;
  }
}

function decode(rel: string, bytes: Buffer | null, problems: DatasetProblem[]): unknown {
  if (!bytes) return undefined;
  const result = decodeDataFile(rel, bytes);
  if (!result.ok) {
    problems.push(result.problem);
    return undefined;
  }
  return result.value;
}

/** The partner meeting files in data/meetings/, sorted by partner id (temp files and dotfiles are not data). */
function listMeetingFiles(root: string, problems: DatasetProblem[]): string[] {
  let names: string[];
  try {
    const stat = statSync(join(root, DATA_FILES.meetings));
    if (!stat.isDirectory()) {
      problems.push(fileProblem(DATA_FILES.meetings, 'must be a directory of <PARTNER_ID>.json files'));
      return [];
    }
    names = readdirSync(join(root, DATA_FILES.meetings));
  } catch (error) {
    problems.push(fileProblem(DATA_FILES.meetings, `cannot be read: ${describeFsError(error)}`));
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.') || name.endsWith(TEMP_SUFFIX)) continue;
    const id = name.replace(/\.json$/, '');
    if (!name.endsWith('.json') || !PARTNER_FILE_ID.test(id)) {
      problems.push(
        fileProblem(
          `${DATA_FILES.meetings}/${name}`,
          'is not a meetings file: name it <PARTNER_ID>.json, e.g. BLR.json',
        ),
      );
      continue;
    }
    out.push(id);
  }
  return out;
}

/** Reads every data file; file-level problems (unreadable, bad bytes, bad JSON, misplaced records) throw. */
export function readDataSnapshot(root: string = process.cwd()): DataSnapshot {
  const problems: DatasetProblem[] = [];
  const files = new Map<string, Buffer>();
  const readJson = (rel: string) => {
    const bytes = readBytes(root, rel, problems);
    if (bytes) files.set(rel, bytes);
    return decode(rel, bytes, problems);
  };
  try {
    statSync(join(root, LEGACY_MEETINGS_FILE));
    problems.push(
      fileProblem(
        LEGACY_MEETINGS_FILE,
        `meetings now live in ${DATA_FILES.meetings}/<PARTNER_ID>.json; run \`npm run cli -- format-data\` to move them there`,
      ),
    );
  } catch {
    /* absent, as it should be */
  }
  const tiers = readJson(DATA_FILES.tiers);
  const partners = readJson(DATA_FILES.partners);
  const meta = readJson(DATA_FILES.meta);
  const meetings: unknown[] = [];
  for (const id of listMeetingFiles(root, problems)) {
    const rel = meetingFile(id);
    const value = readJson(rel);
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      problems.push(fileProblem(rel, "must be a JSON array of the partner's meetings"));
      continue;
    }
    value.forEach((record, index) => {
      const r = record as { id?: unknown; partner_id?: unknown } | null;
      if (!r || typeof r !== 'object' || Array.isArray(r))
        problems.push({
          file: rel,
          record: `#${index}`,
          field: '',
          reason: 'must be a meeting record (a JSON object)',
        });
      else if (r.partner_id !== id)
        problems.push({
          file: rel,
          record: typeof r.id === 'string' ? r.id : `#${index}`,
          field: 'partner_id',
          reason: `is ${JSON.stringify(r.partner_id)}, but the record is in ${rel}; move it to the file of its partner`,
        });
      meetings.push(record);
    });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return { raw: { tiers, partners, meetings, meta }, files };
}

/** The dataset as the validator takes it: `{ tiers, partners, meetings: Meeting[], meta }`. */
export function readRawDataset(root: string = process.cwd()): RawDataset {
  return readDataSnapshot(root).raw;
}

const byDateThenId = (a: unknown, b: unknown) => {
  const key = (x: unknown) => {
    const r = (x ?? {}) as { date?: unknown; id?: unknown };
    return `${String(r.date)}\u0000${String(r.id)}`;
  };
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

/** The canonical text of every data file for a dataset: meetings grouped by partner, each file sorted by date. */
export function serializeDataset(raw: RawDataset): Map<string, string> {
  const out = new Map<string, string>([
    [DATA_FILES.tiers, formatDataFile(raw.tiers)],
    [DATA_FILES.partners, formatDataFile(raw.partners)],
    [DATA_FILES.meta, formatDataFile(raw.meta)],
  ]);
  const byPartner = new Map<string, unknown[]>();
  for (const m of (raw.meetings as unknown[]) ?? []) {
    const id = (m as { partner_id?: unknown } | null)?.partner_id;
    if (typeof id !== 'string' || !PARTNER_FILE_ID.test(id))
      throw new DatasetError([
        {
          file: `${DATA_FILES.meetings}/`,
          record: String((m as { id?: unknown } | null)?.id ?? null),
          field: 'partner_id',
          reason: 'must be a partner id such as BLR: it names the file the record is written to',
        },
      ]);
    byPartner.set(id, [...(byPartner.get(id) ?? []), m]);
  }
  for (const [id, list] of [...byPartner].sort(([a], [b]) => (a < b ? -1 : 1)))
    out.set(meetingFile(id), formatDataFile([...list].sort(byDateThenId)));
  return out;
}

/** The canonical text of one partner's meetings file (the format test and formatData use it). */
export function formatMeetingsFile(meetings: readonly unknown[]): string {
  return formatDataFile([...meetings].sort(byDateThenId));
}

// --- the writer -------------------------------------------------------------------------------------------------

/**
 * Writes the files of `next` that differ from the snapshot; removes meeting files of partners left with none.
 * Every file goes to a temp file first; before the first rename each target is compared with the bytes read, so a
 * change made meanwhile by anything else is never overwritten. Returns the files written or removed.
 */
export function writeDataset(root: string, snapshot: DataSnapshot, next: RawDataset): string[] {
  const texts = serializeDataset(next);
  const changes: FileChange[] = [];
  for (const [rel, text] of texts) {
    const before = snapshot.files.get(rel);
    if (!before || before.toString('utf8') !== text) changes.push({ rel, text });
  }
  for (const rel of snapshot.files.keys())
    if (rel.startsWith(`${DATA_FILES.meetings}/`) && !texts.has(rel)) changes.push({ rel, text: null });
  writeFilesAtomically(root, changes, (rel) => {
    const now = currentBytes(root, rel);
    const was = snapshot.files.get(rel) ?? null;
    return (now === null ? was === null : was !== null && now.equals(was))
      ? null
      : `${rel}: changed on disk while this command ran (edited meanwhile?). Nothing was written; run it again`;
  });
  return changes.map((c) => c.rel);
}

/**
 * One write transaction: lock, read, `change` (returns the next dataset, or null to write nothing), write.
 * What `change` returns besides the dataset is handed back.
 */
export function updateDataset<T>(
  root: string,
  change: (snapshot: DataSnapshot) => { next: RawDataset | null; result: T },
  options: LockOptions = {},
): { result: T; written: string[] } {
  return withDataLock(
    root,
    () => {
      const snapshot = readDataSnapshot(root);
      const { next, result } = change(snapshot);
      return { result, written: next ? writeDataset(root, snapshot, next) : [] };
    },
    options,
  );
}
