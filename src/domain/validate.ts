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
  type Partner,
  type TiersFile,
} from './schema';
import { findWordingRule, tierRank as tierIndex } from './tiers';
import { compareMeetings } from './status';
import { DatasetError, type DatasetProblem } from './datasetError';
import { findBadStrings } from './textChecks';

/** Where each part of the dataset lives. Meetings are one file per partner: data/meetings/<PARTNER_ID>.json. */
export const DATA_FILES = {
  tiers: 'data/tiers.json',
  partners: 'data/partners.json',
  meetings: 'data/meetings',
  meta: 'data/meta.json',
} as const;

/** The file that holds a partner's meetings (an array sorted by date). */
export function meetingFile(partnerId: string): string {
  return `${DATA_FILES.meetings}/${partnerId}.json`;
}

/** A partner id that can name a file: the partner id pattern of the schema. */
export const PARTNER_FILE_ID = /^[A-Z][A-Z0-9-]{1,11}$/;

/** The file a raw meeting record belongs in, from its partner_id (the directory when it has none). */
function meetingFileOf(raw: unknown): string {
  const id = raw && typeof raw === 'object' ? (raw as { partner_id?: unknown }).partner_id : undefined;
  return typeof id === 'string' && PARTNER_FILE_ID.test(id) ? meetingFile(id) : `${DATA_FILES.meetings}/`;
}

export { DatasetError, formatProblem, type DatasetProblem } from './datasetError';

export type RawDataset = Record<keyof typeof DATA_FILES, unknown>;

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

/** Checks across records: ids, order, the tier chain, sources and the wording rules. */
export function checkIntegrity(
  tiers: TiersFile,
  partners: readonly Partner[],
  meetings: readonly (MeetingCore & { notes?: string | null })[],
  /** Partners with a meeting record that failed the schema: their chain is incomplete, so it is not checked. */
  incompleteChains: ReadonlySet<string> = new Set(),
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const pf = DATA_FILES.partners;

  const partnerIds = new Set<string>();
  const isoCodes = new Map<string, string>();
  for (const p of partners) {
    if (partnerIds.has(p.id))
      problems.push({ file: pf, record: p.id, field: 'id', reason: 'duplicate partner id' });
    partnerIds.add(p.id);
    if (p.kind === 'country' && !p.iso_numeric)
      problems.push({
        file: pf,
        record: p.id,
        field: 'iso_numeric',
        reason: 'a country needs its ISO numeric code',
      });
    if (p.iso_numeric) {
      const other = isoCodes.get(p.iso_numeric);
      if (other)
        problems.push({
          file: pf,
          record: p.id,
          field: 'iso_numeric',
          reason: `same code as partner ${other}`,
        });
      isoCodes.set(p.iso_numeric, p.id);
    }
    if (p.kind === 'country' && !p.relations)
      problems.push({
        file: pf,
        record: p.id,
        field: 'relations',
        reason: 'a country needs its diplomatic status',
      });
  }
  for (const p of partners)
    for (const member of p.members ?? [])
      if (!partnerIds.has(member))
        problems.push({
          file: pf,
          record: p.id,
          field: 'members',
          reason: `unknown member partner "${member}"`,
        });

  const meetingIds = new Set<string>();
  const mf = (m: { partner_id: string }) => meetingFile(m.partner_id);
  for (const m of meetings) {
    if (meetingIds.has(m.id))
      problems.push({ file: mf(m), record: m.id, field: 'id', reason: 'duplicate meeting id' });
    meetingIds.add(m.id);
  }
  const formerIds = new Map<string, string>();
  for (const m of meetings)
    for (const old of m.former_ids ?? []) {
      const clash = meetingIds.has(old) ? `the id of meeting ${old}` : formerIds.get(old);
      if (clash)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'former_ids',
          reason: `"${old}" is already ${meetingIds.has(old) ? clash : `a former id of meeting ${clash}`}`,
        });
      formerIds.set(old, m.id);
    }
  for (const m of meetings) {
    if (!partnerIds.has(m.partner_id))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'partner_id',
        reason: `no partner "${m.partner_id}" in ${pf}`,
      });
    const expectedId = `${m.partner_id.toLowerCase()}-${m.date}`;
    if (!m.id.startsWith(`${m.partner_id.toLowerCase()}-`) || !m.id.endsWith(m.date))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'id',
        reason: `should be "${expectedId}" (partner id and date)`,
      });
    if (m.date_precision === 'month' && !m.date.endsWith('-01'))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'date',
        reason: 'with month precision the day must be 01',
      });
    if (m.date_precision === 'year' && !m.date.endsWith('-01-01'))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'date',
        reason: 'with year precision the date must be YYYY-01-01',
      });
    if (m.tier_after) {
      const rule = findWordingRule(tiers.rules, m.wording_en, m.wording_zh);
      if (!rule)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'wording_en',
          reason: 'no rule in data/tiers.json maps this wording to a tier',
        });
      else if (rule.tier !== m.tier_after)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'tier_after',
          reason: `wording "${m.wording_en}" maps to "${rule.tier}" by rule "${rule.id}", not "${m.tier_after}"`,
        });
    }
    if (m.change === 'established' && m.tier_before !== null)
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_before',
        reason: 'an establishment has no tier before',
      });
    if (m.change === 'reaffirmed' && m.tier_before !== m.tier_after)
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_after',
        reason: 'a reaffirmation keeps the tier',
      });
    if (m.change === 'renamed' && m.tier_before !== m.tier_after)
      problems.push({ file: mf(m), record: m.id, field: 'tier_after', reason: 'a renaming keeps the tier' });
    if (
      m.change === 'upgraded' &&
      m.tier_before &&
      m.tier_after &&
      tierIndex(m.tier_after) <= tierIndex(m.tier_before)
    )
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_after',
        reason: 'an upgrade must raise the tier',
      });
    if (
      m.change === 'downgraded' &&
      m.tier_before &&
      m.tier_after &&
      tierIndex(m.tier_after) >= tierIndex(m.tier_before)
    )
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_after',
        reason: 'a downgrade must lower the tier',
      });
    // Checked where the details are at hand (the full file: tests, build, CLI).
    if (!m.verified && 'notes' in m && !m.notes)
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'notes',
        reason: 'an unverified record must say in notes what is unchecked',
      });
  }

  // Each partner's chain: tier_before equals the previous tier_after.
  const byPartner = new Map<string, MeetingCore[]>();
  for (const m of meetings) byPartner.set(m.partner_id, [...(byPartner.get(m.partner_id) ?? []), m]);
  for (const [partnerId, list] of byPartner) {
    if (incompleteChains.has(partnerId)) continue;
    const sorted = [...list].sort(compareMeetings);
    sorted.forEach((m, i) => {
      const prev = sorted[i - 1];
      const expected = prev ? prev.tier_after : null;
      // A first event may raise a partnership whose own date no source gives (the statement names what it
      // replaced): it keeps that rung as tier_before, and its note says so (tests/unit/data/citable.test.ts).
      const undatedEarlier = !prev && m.change !== 'established' && m.tier_before !== null;
      if (m.tier_before !== expected && !undatedEarlier)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'tier_before',
          reason: prev
            ? `is "${m.tier_before}" but the previous event ${prev.id} left the tier at "${expected}"`
            : `is "${m.tier_before}" but this is the partner's first event, an establishment (expected null)`,
        });
    });
  }
  return problems;
}

/**
 * Implausibly small data fails like invalid data: fewer partners or meetings than the floor in data/meta.json
 * (an emptied or truncated file would otherwise build into an empty atlas). Counts the raw records.
 */
function checkFloor(meta: Dataset['meta'], raw: RawDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const floor = meta.plausible_minimum;
  const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  const partners = count(raw.partners);
  const meetings = count(raw.meetings);
  if (partners < floor.partners)
    problems.push({
      file: DATA_FILES.partners,
      record: null,
      field: '',
      reason: `has ${partners} partner${partners === 1 ? '' : 's'}, fewer than the ${floor.partners} that ${DATA_FILES.meta} (plausible_minimum.partners) requires`,
    });
  if (meetings < floor.meetings)
    problems.push({
      file: `${DATA_FILES.meetings}/`,
      record: null,
      field: '',
      reason: `has ${meetings} meeting${meetings === 1 ? '' : 's'}, fewer than the ${floor.meetings} that ${DATA_FILES.meta} (plausible_minimum.meetings) requires`,
    });
  return problems;
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
 * (the bundle splits data/meetings/*.json into core and details; see build/meetingsSplit.ts). The same cross-record checks run.
 */
export function safeParseAtlasData(raw: RawDataset): AtlasParseResult {
  const result = parseFiles(raw, MeetingCoreSchema);
  return result.ok ? { ok: true, data: result.files } : result;
}

/** The file of a meeting, from its id (`blr-2022-09-15` is in data/meetings/BLR.json). */
function meetingFileOfId(id: string): string {
  const m = /^([a-z0-9-]+)-\d{4}-\d{2}-\d{2}$/.exec(id);
  return m ? meetingFile(m[1]!.toUpperCase()) : `${DATA_FILES.meetings}/`;
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
