/**
 * What changed between two versions of the dataset, record by record and field by field, as a CHANGELOG section
 * a researcher who cited the older version can read. Pure: the CLI (`npm run changelog`) reads the two versions.
 */
import type { Meeting, Partner } from './schema';

export interface VersionData {
  version: string;
  meetings: readonly Meeting[];
  partners: readonly Partner[];
}

export interface RecordChange {
  id: string;
  /** The id the record had in the older version, when a correction re-dated it. */
  formerId: string | null;
  fields: { field: string; before: unknown; after: unknown }[];
}

export interface DatasetDiff {
  from: string;
  to: string;
  /** Meeting fields the newer version has and the older one had on no record. */
  newFields: string[];
  meetings: { added: Meeting[]; removed: Meeting[]; changed: RecordChange[] };
  partners: { added: Partner[]; removed: Partner[]; changed: RecordChange[] };
}

function fieldChanges(before: object, after: object): RecordChange['fields'] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: RecordChange['fields'] = [];
  for (const k of keys) {
    const a = (before as Record<string, unknown>)[k];
    const b = (after as Record<string, unknown>)[k];
    if (k === 'id' || k === 'former_ids') continue;
    // A field the schema added, still empty: said once for the version (newFields), not on every record.
    if (a === undefined && (b === null || (Array.isArray(b) && b.length === 0))) continue;
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field: k, before: a, after: b });
  }
  return out;
}

function diffRecords<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
  formerIds: (r: T) => readonly string[] = () => [],
) {
  const oldById = new Map(older.map((r) => [r.id, r]));
  const matched = new Set<string>();
  const added: T[] = [];
  const changed: RecordChange[] = [];
  for (const r of newer) {
    const formerId = oldById.has(r.id) ? null : (formerIds(r).find((f) => oldById.has(f)) ?? null);
    const prev = oldById.get(formerId ?? r.id);
    if (!prev) {
      added.push(r);
      continue;
    }
    matched.add(prev.id);
    const fields = fieldChanges(prev, r);
    if (fields.length || formerId) changed.push({ id: r.id, formerId, fields });
  }
  const removed = older.filter((r) => !matched.has(r.id));
  return { added, removed, changed };
}

export function diffDatasets(older: VersionData, newer: VersionData): DatasetDiff {
  const had = new Set(older.meetings.flatMap((m) => Object.keys(m)));
  const newFields = [...new Set(newer.meetings.flatMap((m) => Object.keys(m)))].filter((k) => !had.has(k));
  return {
    from: older.version,
    to: newer.version,
    newFields,
    meetings: diffRecords(older.meetings, newer.meetings, (m) => m.former_ids ?? []),
    partners: diffRecords(older.partners, newer.partners),
  };
}

/** A value in a line of Markdown: lists of sources or evidence are counted, long text is cut. */
function show(field: string, v: unknown): string {
  if (v === undefined) return '(none)';
  if (v === null) return 'null';
  if (Array.isArray(v) && (field === 'sources' || field === 'evidence'))
    return `${v.length} ${field === 'sources' ? 'source' : 'quote'}${v.length === 1 ? '' : 's'}`;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

function listChange(field: string, before: unknown, after: unknown): string {
  if ((field === 'sources' || field === 'evidence') && Array.isArray(before) && Array.isArray(after)) {
    const key = (x: { url: string; quote?: string }) => x.quote ?? x.url;
    const b = new Set((before as { url: string }[]).map(key));
    const a = new Set((after as { url: string }[]).map(key));
    const plus = [...a].filter((x) => !b.has(x)).length;
    const minus = [...b].filter((x) => !a.has(x)).length;
    const edited = plus === 0 && minus === 0 ? ' (edited)' : '';
    return `${field}: +${plus} −${minus}${edited} (${show(field, before)} → ${show(field, after)})`;
  }
  return `${field}: ${show(field, before)} → ${show(field, after)}`;
}

/** The CHANGELOG section for a diff: counts, then every added, removed and changed record. */
export function changelogSection(diff: DatasetDiff, date: string): string {
  const { meetings: m, partners: p } = diff;
  const lines = [
    `## ${diff.to} — ${date}`,
    '',
    `Compared with ${diff.from}: meetings ${m.added.length} added, ${m.changed.length} changed, ${m.removed.length} removed; partners ${p.added.length} added, ${p.changed.length} changed, ${p.removed.length} removed.`,
    '',
  ];
  if (diff.newFields.length)
    lines.push(`New meeting fields: ${diff.newFields.map((f) => `\`${f}\``).join(', ')}.`, '');
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`### ${title}`, '', ...items, '');
  };
  section(
    'Meetings added',
    m.added.map((x) => `- \`${x.id}\`: ${x.change}, ${x.wording_en}`),
  );
  section(
    'Meetings removed',
    m.removed.map((x) => `- \`${x.id}\`: ${x.change}, ${x.wording_en}`),
  );
  section(
    'Meetings changed',
    m.changed.map(
      (c) =>
        `- \`${c.id}\`${c.formerId ? ` (was \`${c.formerId}\`)` : ''}: ${c.fields.map((f) => listChange(f.field, f.before, f.after)).join('; ')}`,
    ),
  );
  section(
    'Partners added',
    p.added.map((x) => `- \`${x.id}\`: ${x.name_en}`),
  );
  section(
    'Partners removed',
    p.removed.map((x) => `- \`${x.id}\`: ${x.name_en}`),
  );
  section(
    'Partners changed',
    p.changed.map(
      (c) => `- \`${c.id}\`: ${c.fields.map((f) => listChange(f.field, f.before, f.after)).join('; ')}`,
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
