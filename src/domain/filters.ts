/** Partner rows as of a date, and the tier / region filters over them. */
import type { Partner, Region, TierId } from './schema';
import { buildStatusIndex, type PartnerStatus } from './status';
import type { MeetingCore } from './schema';
import { tierRank } from './tiers';

/** partner: has a tier; diplomatic: relations but no (current) partnership; none: no relations; organization: no tier yet. */
export type BaseStatus = 'partner' | 'diplomatic' | 'none' | 'organization';

export interface PartnerRow {
  partner: Partner;
  status: PartnerStatus | null;
  tier: TierId | null;
  base: BaseStatus;
}

export interface RowFilter {
  tiers: readonly TierId[];
  regions: readonly Region[];
}

function baseStatus(partner: Partner, status: PartnerStatus | null, date: string): BaseStatus {
  if (status?.tier) return 'partner';
  if (partner.kind === 'organization') return 'organization';
  const rel = partner.relations;
  if (!rel || rel.status === 'none') return 'none';
  // Relations established after the date did not exist yet.
  if (rel.since && rel.since.slice(0, 4) > date.slice(0, 4)) return 'none';
  return 'diplomatic';
}

export function buildPartnerRows(
  partners: readonly Partner[],
  byPartner: ReadonlyMap<string, readonly MeetingCore[]>,
  date: string,
): PartnerRow[] {
  const index = buildStatusIndex(byPartner, date);
  return partners.map((partner) => {
    const status = index.get(partner.id) ?? null;
    return { partner, status, tier: status?.tier ?? null, base: baseStatus(partner, status, date) };
  });
}

/** Whether a row passes the filters. An empty list means "all". Rows without a tier pass only when no tier is chosen. */
export function matchesFilter(row: PartnerRow, filter: RowFilter): boolean {
  if (filter.regions.length > 0 && !filter.regions.includes(row.partner.region)) return false;
  if (filter.tiers.length > 0 && (!row.tier || !filter.tiers.includes(row.tier))) return false;
  return true;
}

export function applyFilters(rows: readonly PartnerRow[], filter: RowFilter): PartnerRow[] {
  return rows.filter((row) => matchesFilter(row, filter));
}

/** Rung difference between two dates (positive: climbed). Null when the partner had no tier at the end date. */
export function rungsClimbed(before: TierId | null, after: TierId | null): number | null {
  if (!after) return null;
  return tierRank(after) - (before ? tierRank(before) : 0);
}
