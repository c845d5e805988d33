/**
 * Parsing and checking the dataset. One function, `parseDataset`, is used by the tests, the build,
 * the app at load time and the CLI tools. It never throws on bad data: it returns every problem,
 * each naming file, record id, field and reason.
 */
import type { z } from 'zod';
import {
  MeetingCoreSchema,
  MeetingDetailsSchema,
  MeetingSchema,
  MetaSchema,
  PartnerSchema,
  TiersFileSchema,
  type AtlasData,
  type Dataset,
  type MeetingCore,
  type MeetingDetails,
} from './schema';
import { DatasetError, type DatasetProblem } from './datasetError';
import { findBadStrings } from './textChecks';
import { DATA_FILES, meetingFileOf, meetingFileOfId, type RawDataset } from './dataFiles';
import { checkFloor, checkIntegrity } from './integrity';

export { DATA_FILES, meetingFile, PARTNER_FILE_ID, type RawDataset } from './dataFiles';
export { checkIntegrity } from './integrity';
export { DatasetError, formatProblem, type DatasetProblem } from './datasetError';

function recordLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string') {
    return (raw as { id: string }).id;
  }
  return `#${index}`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/**
 * Parses an array of records one by one, so one bad record does not hide the others. `file` names the file
 * of a record (meetings: the partner's file).
 */
function parseArrayFile<S extends z.ZodTypeAny>(
  file: string | ((item: unknown) => string),
  raw: unknown,
  schema: S,
  problems: DatasetProblem[],
): z.infer<S>[] {
  const fileOf = typeof file === 'string' ? () => file : file;
  if (!Array.isArray(raw)) {
    problems.push({
      file: typeof file === 'string' ? file : `${DATA_FILES.meetings}/`,
      record: null,
      field: '',
      reason: 'must be a JSON array of records',
    });
    return [];
  }
  const out: z.infer<S>[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    const bad = findBadStrings(item);
    for (const b of bad)
      problems.push({
        file: fileOf(item),
        record: recordLabel(item, index),
        field: issuePath(b.path),
        reason: b.reason,
      });
    if (result.success && bad.length === 0) out.push(result.data);
    else if (!result.success)
      for (const issue of result.error.issues)
        problems.push({
          file: fileOf(item),
          record: recordLabel(item, index),
          field: issuePath(issue.path),
          reason: issue.message,
        });
  });
  return out;
}

/** Record and field of a path inside tiers.json or meta.json (a tier or rule is named by its id). */
function objectLocation(
  raw: unknown,
  path: readonly PropertyKey[],
): { record: string | null; field: string } {
  const [first, second] = path;
  if ((first === 'tiers' || first === 'rules') && typeof second === 'number')
    return {
      record: recordLabel((raw as Record<string, unknown[]>)[first]?.[second], second),
      field: issuePath(path.slice(2)),
    };
  return { record: null, field: issuePath(path) };
}

function parseObjectFile<S extends z.ZodTypeAny>(
  file: string,
  raw: unknown,
  schema: S,
  problems: DatasetProblem[],
): z.infer<S> | null {
  const result = schema.safeParse(raw);
  const bad = findBadStrings(raw);
  for (const b of bad) problems.push({ file, ...objectLocation(raw, b.path), reason: b.reason });
  if (result.success) return bad.length === 0 ? result.data : null;
  // tiers.json: name the tier or rule when the issue is inside one.
  for (const issue of result.error.issues)
    problems.push({ file, ...objectLocation(raw, issue.path), reason: issue.message });
  return null;
}

/** Partner ids of raw meeting records that did not come through the schema. */
function rejectedMeetingPartners(raw: unknown, parsed: readonly { id: string }[]): Set<string> {
  const kept = new Set(parsed.map((m) => m.id));
  const out = new Set<string>();
  if (!Array.isArray(raw)) return out;
  for (const r of raw as unknown[]) {
    const rec = r as { id?: unknown; partner_id?: unknown } | null;
    if (rec && typeof rec.partner_id === 'string' && !(typeof rec.id === 'string' && kept.has(rec.id)))
      out.add(rec.partner_id);
  }
  return out;
}

/**
 * The four files parsed with their schemas (meetings with `meetingSchema`: whole records, or their core only), then
 * checked together. Shared by the full parse (tests, build, CLI) and the app's load-time parse.
 */
function parseFiles<M extends MeetingCore>(
  raw: RawDataset,
  meetingSchema: z.ZodType<M>,
):
  | { ok: true; files: Omit<Dataset, 'meetings'> & { meetings: M[] } }
  | { ok: false; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const tiers = parseObjectFile(DATA_FILES.tiers, raw.tiers, TiersFileSchema, problems);
  const partners = parseArrayFile(DATA_FILES.partners, raw.partners, PartnerSchema, problems);
  const meetings = parseArrayFile(meetingFileOf, raw.meetings, meetingSchema, problems);
  const meta = parseObjectFile(DATA_FILES.meta, raw.meta, MetaSchema, problems);
  if (tiers)
    problems.push(
      ...checkIntegrity(tiers, partners, meetings, rejectedMeetingPartners(raw.meetings, meetings)),
    );
  // First: an emptied file explains the hundreds of problems that follow from it.
  if (meta) problems.unshift(...checkFloor(meta, raw));
  if (problems.length > 0 || !tiers || !meta) return { ok: false, problems };
  return { ok: true, files: { tiers, partners, meetings, meta } };
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/** Parses the four files with the one schema, then checks them together. */
export function safeParseDataset(raw: RawDataset): ParseResult {
  const result = parseFiles(raw, MeetingSchema);
  return result.ok ? { ok: true, dataset: result.files } : result;
}

export function parseDataset(raw: RawDataset): Dataset {
  const result = safeParseDataset(raw);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.dataset;
}

export type AtlasParseResult = { ok: true; data: AtlasData } | { ok: false; problems: DatasetProblem[] };

/**
 * What the app parses at load time: the same files with the same schemas, but meetings carry only their core
 * (the bundle splits data/meetings/*.json into core and details; see build/atlasData.ts). The same cross-record checks run.
 */
export function safeParseAtlasData(raw: RawDataset): AtlasParseResult {
  const result = parseFiles(raw, MeetingCoreSchema);
  return result.ok ? { ok: true, data: result.files } : result;
}

/**
 * Meeting details keyed by meeting id, from one of the bundle's details parts (build/atlasData.ts). Problems name
 * the file of each record's partner.
 */
export function parseMeetingDetails(raw: unknown): Map<string, MeetingDetails> {
  const file = `${DATA_FILES.meetings}/`;
  const problems: DatasetProblem[] = [];
  const out = new Map<string, MeetingDetails>();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new DatasetError([
      {
        file,
        record: null,
        field: '',
        reason: 'meeting details must be an object keyed by meeting id',
      },
    ]);
  }
  for (const [id, value] of Object.entries(raw)) {
    const result = MeetingDetailsSchema.safeParse(value);
    const bad = findBadStrings(value);
    for (const b of bad)
      problems.push({ file: meetingFileOfId(id), record: id, field: issuePath(b.path), reason: b.reason });
    if (result.success) out.set(id, result.data);
    else
      for (const issue of result.error.issues)
        problems.push({
          file: meetingFileOfId(id),
          record: id,
          field: issuePath(issue.path),
          reason: issue.message,
        });
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return out;
}

export function parseAtlasData(raw: RawDataset): AtlasData {
  const result = safeParseAtlasData(raw);
  if (!result.ok) throw new DatasetError(result.problems);
  return result.data;
}
