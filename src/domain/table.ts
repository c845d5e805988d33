/** Rows for the table view: one per partner, sortable, and the CSV of exactly the rows shown. */
import type { PartnerRow } from './filters';
import { rungsClimbed } from './filters';
import type { Tier, TierId } from './schema';
import type { PartnerStatus } from './status';
import { tierRank } from './tiers';

export type SortKey = 'name' | 'region' | 'tier' | 'tierSince' | 'since' | 'last' | 'climb';

export interface TableRow {
  row: PartnerRow;
  rank: number;
  /** When the partner reached its current rung; `since` is when its current wording took effect. */
  tierSince: string | null;
  since: string | null;
  last: string | null;
  climb: number | null;
}

export function buildTableRows(
  rows: readonly PartnerRow[],
  earlier: ReadonlyMap<string, PartnerStatus>,
): TableRow[] {
  return rows.map((row) => ({
    row,
    rank: row.tier ? tierRank(row.tier) : 0,
    tierSince: row.status?.tierSince ?? null,
    since: row.status?.since ?? null,
    last: row.status?.lastMeeting.date ?? null,
    climb: rungsClimbed(earlier.get(row.partner.id)?.tier ?? null, row.tier),
  }));
}

/** Sorts by a column; rows with nothing in it (no tier, no date, no climb) come last in both directions. */
export function sortTableRows(
  rows: readonly TableRow[],
  key: SortKey,
  dir: 'asc' | 'desc',
  nameOf: (r: TableRow) => string,
) {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (r: TableRow): string | number | null => {
    switch (key) {
      case 'name':
        return nameOf(r);
      case 'region':
        return r.row.partner.region;
      case 'tier':
        return r.rank || null;
      case 'tierSince':
        return r.tierSince;
      case 'since':
        return r.since;
      case 'last':
        return r.last;
      case 'climb':
        return r.climb;
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
      return nameOf(a).localeCompare(nameOf(b));
    }
    const c =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? c * sign : nameOf(a).localeCompare(nameOf(b));
  });
}

export const TABLE_CSV_COLUMNS = [
  'partner_id',
  'name_en',
  'name_zh',
  'region',
  'as_of',
  'tier_rank',
  'tier_en',
  'tier_zh',
  'status',
  'wording_en',
  'wording_zh',
  'tier_since',
  'since',
  'last_meeting',
  'rungs_climbed',
  'compared_with',
] as const;
export type TableCsvColumn = (typeof TABLE_CSV_COLUMNS)[number];

/**
 * The table as CSV rows, in the order shown. `status` is the one wording for a partner without a tier
 * ("Relations, no partnership", "No diplomatic relations"), given by the caller in the reader's language.
 */
export function buildTableCsvRows(
  rows: readonly TableRow[],
  tiers: ReadonlyMap<TierId, Tier>,
  asOf: string,
  compareYear: number,
  statusOf: (r: TableRow) => string,
): Record<TableCsvColumn, string | number | null>[] {
  return rows.map((r) => {
    const tier = r.row.tier ? tiers.get(r.row.tier) : undefined;
    const s = r.row.status;
    return {
      partner_id: r.row.partner.id,
      name_en: r.row.partner.name_en,
      name_zh: r.row.partner.name_zh,
      region: r.row.partner.region,
      as_of: asOf,
      tier_rank: tier?.rank ?? null,
      tier_en: tier?.name_en ?? null,
      tier_zh: tier?.name_zh ?? null,
      status: statusOf(r),
      wording_en: s?.tier ? s.wordingEn : null,
      wording_zh: s?.tier ? s.wordingZh : null,
      tier_since: r.tierSince,
      since: r.since,
      last_meeting: r.last,
      rungs_climbed: r.climb,
      compared_with: `${compareYear}-12-31`,
    };
  });
}
