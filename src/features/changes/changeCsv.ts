/** The table of changes as CSV: ids for machines, names for people, one row per partner. */
import type { ChangeRow } from '../../domain/changes';
import { toCsv, type CsvValue } from '../../export/toCsv';

export function buildChangesCsv(rows: readonly ChangeRow[], fromYear: number, toLabel: string): string {
  const a = `tier_end_${fromYear}`;
  const b = `tier_${toLabel}`;
  const columns = [
    'partner_id',
    'partner',
    'partner_zh',
    'region',
    a,
    b,
    'rungs_moved',
    'change',
    'lapsed',
    'renamed',
    'meetings',
    'meeting_dates',
    'china_principals',
  ] as const;
  const out = rows.map((r) => {
    const row: Record<(typeof columns)[number], CsvValue> = {
      partner_id: r.partner.id,
      partner: r.partner.name_en,
      partner_zh: r.partner.name_zh,
      region: r.partner.region,
      [a]: r.tierBefore ?? '',
      [b]: r.tierAfter ?? '',
      rungs_moved: r.rungs,
      change: r.cls,
      lapsed: r.lapsed,
      renamed: r.renamed,
      meetings: r.meetings.map((m) => m.id).join(';'),
      meeting_dates: r.meetings
        .map((m) => m.date.slice(0, m.date_precision === 'day' ? 10 : m.date_precision === 'month' ? 7 : 4))
        .join(';'),
      china_principals: r.meetings.map((m) => m.china_principal?.name ?? '').join(';'),
    } as Record<(typeof columns)[number], CsvValue>;
    return row;
  });
  return toCsv(out, columns, { bom: true });
}
