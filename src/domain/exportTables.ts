/** The rows of partners.csv and meetings.csv (columns exactly as in docs/design.md), for the CLI and the app alike. */
import type { Dataset, Meeting, MeetingCore, MeetingDetails } from './schema';
import type { PartnerRow } from './filters';
import { tierRank } from './tiers';
import { issuedStatement } from './jointStatement';
import { MEETING_CSV_COLUMNS, PARTNER_CSV_COLUMNS, type MeetingCsvRow, type PartnerCsvRow } from './codebook';

/** The columns, in file order, as the codebook defines them (docs/design.md lists the same). */
export const PARTNER_COLUMNS = PARTNER_CSV_COLUMNS;
export const MEETING_COLUMNS = MEETING_CSV_COLUMNS;

export type PartnerRecordRow = PartnerCsvRow;
export type MeetingRecordRow = MeetingCsvRow;

/** A date written as precisely as it is known: YYYY-MM-DD, YYYY-MM or YYYY (never padded to a day). */
export function datePrecise(date: string | null, precision: MeetingCore['date_precision']): string | null {
  if (!date) return null;
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/** The partner's base status towards the PRC: relations, none, or empty for an organisation. */
function relationsOf(row: PartnerRow): 'diplomatic' | 'none' | null {
  if (row.partner.kind === 'organization') return null;
  return row.base === 'none' ? 'none' : 'diplomatic';
}

export function toPartnerRecords(rows: readonly PartnerRow[], asOf: string): PartnerRecordRow[] {
  return rows.map((row) => {
    const { partner, status } = row;
    const relations = relationsOf(row);
    return {
      partner_id: partner.id,
      name_en: partner.name_en,
      name_zh: partner.name_zh,
      kind: partner.kind,
      region: partner.region,
      as_of: asOf,
      relations,
      relations_since: relations === 'diplomatic' ? (partner.relations?.since ?? null) : null,
      tier_id: status?.tier ?? null,
      tier_rank: status?.tier ? tierRank(status.tier) : null,
      tier_since: status ? datePrecise(status.tierSince, status.tierSincePrecision) : null,
      wording_en: status?.wordingEn ?? null,
      wording_zh: status?.wordingZh ?? null,
      since: status ? datePrecise(status.since, status.sincePrecision) : null,
      community_with_shared_future: status?.communityWithSharedFuture ?? false,
    };
  });
}

export function toMeetingRecords(meetings: readonly Meeting[]): MeetingRecordRow[] {
  return meetings.map((m) => ({
    meeting_id: m.id,
    date: datePrecise(m.date, m.date_precision),
    date_precision: m.date_precision,
    partner_id: m.partner_id,
    city: m.place.city,
    country: m.place.country,
    china_leader: m.china_principal?.name ?? null,
    partner_leader: m.partner_principal?.name ?? null,
    change: m.change,
    tier_before: m.tier_before,
    tier_after: m.tier_after,
    wording_en: m.wording_en,
    wording_zh: m.wording_zh,
    joint_statement: issuedStatement(m.joint_statement)?.title_en ?? null,
    attendees: m.attendees.join('; '),
    verified: m.verified,
    unverified: m.unverified.join('; '),
    note: m.notes,
    source_urls: m.sources.map((s) => s.url).join('; '),
  }));
}

/** Meetings of the given partners on or before the date, in date order. */
export function meetingsForExport(
  dataset: Pick<Dataset, 'meetings'>,
  partnerIds: ReadonlySet<string>,
  asOf: string,
): Meeting[] {
  return dataset.meetings
    .filter((m) => partnerIds.has(m.partner_id) && m.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}

/** File names carry the status date, so two downloads of different dates never overwrite each other. */
export function exportFileNames(asOf: string) {
  return { partners: `partners-${asOf}.csv`, meetings: `meetings-${asOf}.csv`, json: `atlas-${asOf}.json` };
}

export interface ExportBundle {
  partnersCsv: string;
  meetingsCsv: string;
  json: string;
}

/** Full meetings from the app's cores and the details loaded on demand (a missing entry is an error, never a blank). */
export function withDetails(
  cores: readonly MeetingCore[],
  details: ReadonlyMap<string, MeetingDetails>,
): Meeting[] {
  return cores.map((core) => {
    const d = details.get(core.id);
    if (!d)
      throw new Error(
        `data/meetings/${core.partner_id}.json: record "${core.id}" has no details in the bundle`,
      );
    return { ...core, ...d };
  });
}
