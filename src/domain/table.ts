/** Rows for the table view: one per partner, sortable. */
import type { PartnerRow } from './filters';
import { rungsClimbed } from './filters';
import type { PartnerStatus } from './status';
import { tierRank } from './tiers';

export type SortKey = 'name' | 'region' | 'tier' | 'since' | 'last' | 'climb';

export interface TableRow {
  row: PartnerRow;
  rank: number;
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
    since: row.status?.since ?? null,
    last: row.status?.lastMeeting.date ?? null,
    climb: rungsClimbed(earlier.get(row.partner.id)?.tier ?? null, row.tier),
  }));
}

export function sortTableRows(
  rows: readonly TableRow[],
  key: SortKey,
  dir: 'asc' | 'desc',
  nameOf: (r: TableRow) => string,
) {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (r: TableRow): string | number => {
    switch (key) {
      case 'name':
        return nameOf(r);
      case 'region':
        return r.row.partner.region;
      case 'tier':
        return r.rank;
      case 'since':
        return r.since ?? '';
      case 'last':
        return r.last ?? '';
      case 'climb':
        return r.climb ?? -99;
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? c * sign : nameOf(a).localeCompare(nameOf(b));
  });
}
