/**
 * `ingest --write`: turns drafts into full records, refuses what cannot be added (incomplete, a duplicate of the
 * dataset or of another report in the batch, a conflict with the partner's history), and writes the rest in one
 * atomic step. All writing goes through `addMeetings`, one transaction of the data store.
 */
import {
  DraftIncompleteError,
  toMeetingRecord,
  type DraftMeeting,
  type RecordSource,
} from '../domain/report.ts';
import { MeetingSchema, type Meeting } from '../domain/schema.ts';
import { formatProblem, meetingFile, safeParseDataset, type RawDataset } from '../domain/validate.ts';
import { DataWriteError, updateDataset } from './dataStore.ts';

export interface WriteItem {
  file: string;
  draft: DraftMeeting;
  source: RecordSource;
}

export interface WritePlan {
  added: Meeting[];
  refused: { file: string; reason: string }[];
  next: unknown[];
}

const idOf = (x: unknown) =>
  x && typeof x === 'object' && 'id' in x ? String((x as { id: unknown }).id) : '';

/** Inserts a record keeping the file's order (meetings are sorted by id). */
function insertSorted(list: unknown[], record: Meeting): unknown[] {
  const sorted = list.every((x, i) => i === 0 || idOf(list[i - 1]) <= idOf(x));
  if (!sorted) return [...list, record];
  const at = list.findIndex((x) => idOf(x) > record.id);
  return at < 0 ? [...list, record] : [...list.slice(0, at), record, ...list.slice(at)];
}

/** What each draft would add, checked one after the other against the dataset and the batch so far. */
export function planWrite(items: WriteItem[], raw: RawDataset): WritePlan {
  let next = [...(raw.meetings as unknown[])];
  const added: Meeting[] = [];
  const refused: WritePlan['refused'] = [];
  for (const { file, draft, source } of items) {
    let record: Meeting;
    try {
      record = toMeetingRecord(draft, source);
    } catch (e) {
      if (!(e instanceof DraftIncompleteError)) throw e;
      refused.push({ file, reason: e.missing.join('; ') });
      continue;
    }
    const check = MeetingSchema.safeParse(record);
    if (!check.success) {
      const why = check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      refused.push({ file, reason: `the record fails the schema: ${why}` });
      continue;
    }
    const duplicate = next.find((m) => {
      const x = m as Partial<Meeting>;
      return x.id === record.id || (x.partner_id === record.partner_id && x.date === record.date);
    }) as Meeting | undefined;
    if (duplicate) {
      const where = added.includes(duplicate)
        ? 'another report in this batch'
        : meetingFile(duplicate.partner_id);
      refused.push({ file, reason: `${where} already has ${duplicate.id} (same partner and date)` });
      continue;
    }
    const candidate = insertSorted(next, record);
    const after = safeParseDataset({ ...raw, meetings: candidate });
    if (!after.ok) {
      const problems = after.problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
      refused.push({ file, reason: `${record.id} conflicts with the dataset:\n${problems.join('\n')}` });
      continue;
    }
    next = candidate;
    added.push(record);
  }
  return { added, refused, next };
}

/**
 * The one place ingest writes: a transaction of the data store (src/cli/dataStore.ts). Under its lock it re-reads
 * the dataset, plans the records against what is there now, and writes the changed partner files atomically.
 */
export function addMeetings(cwd: string, items: WriteItem[]): { plan: WritePlan; error: string | null } {
  try {
    const { result } = updateDataset(cwd, (snapshot) => {
      const plan = planWrite(items, snapshot.raw);
      return { next: plan.added.length ? { ...snapshot.raw, meetings: plan.next } : null, result: plan };
    });
    return { plan: result, error: null };
  } catch (e) {
    if (e instanceof DataWriteError) return { plan: { added: [], refused: [], next: [] }, error: e.message };
    throw e;
  }
}

/** The publisher of a source, from its address when not given. */
export function publisherFor(url: string, given?: string): string {
  if (given) return given;
  const host = /^https:\/\/([^/]+)/.exec(url)?.[1] ?? '';
  if (/fmprc\.gov\.cn|mfa\.gov\.cn/.test(host)) return 'Ministry of Foreign Affairs of the PRC';
  if (/news\.cn|xinhuanet\.com/.test(host)) return 'Xinhua';
  if (/cctv\.com|cctv\.cn/.test(host)) return 'CCTV';
  if (/gov\.cn/.test(host)) return 'Government of the PRC';
  return host || 'unknown';
}
