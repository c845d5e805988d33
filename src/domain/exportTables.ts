/** The rows of partners.csv and meetings.csv (columns exactly as in DESIGN.md), for the CLI and the app alike. */
import type { Dataset, Meeting, MeetingCore, MeetingDetails } from './schema';
import type { PartnerRow } from './filters';
import { tierRank } from './tiers';
import { issuedStatement } from './jointStatement';

export const PARTNER_COLUMNS = [
  'partner_id',
  'name_en',
  'name_zh',
  'kind',
  'region',
  'tier_id',
  'tier_rank',
  'wording_en',
  'wording_zh',
  'since',
  'community_with_shared_future',
] as const;

export const MEETING_COLUMNS = [
  'meeting_id',
  'date',
  'partner_id',
  'city',
  'country',
  'china_leader',
  'partner_leader',
  'change',
  'tier_before',
  'tier_after',
  'wording_en',
  'wording_zh',
  'joint_statement',
  'attendees',
  'source_urls',
] as const;

export type PartnerRecordRow = Record<(typeof PARTNER_COLUMNS)[number], string | number | boolean | null>;
export type MeetingRecordRow = Record<(typeof MEETING_COLUMNS)[number], string | null>;

export function toPartnerRecords(rows: readonly PartnerRow[]): PartnerRecordRow[] {
  return rows.map(({ partner, status }) => ({
    partner_id: partner.id,
    name_en: partner.name_en,
    name_zh: partner.name_zh,
    kind: partner.kind,
    region: partner.region,
    tier_id: status?.tier ?? null,
    tier_rank: status?.tier ? tierRank(status.tier) : null,
    wording_en: status?.wordingEn ?? null,
    wording_zh: status?.wordingZh ?? null,
    since: status?.since ?? null,
    community_with_shared_future: status?.communityWithSharedFuture ?? false,
  }));
}

export function toMeetingRecords(meetings: readonly Meeting[]): MeetingRecordRow[] {
  return meetings.map((m) => ({
    meeting_id: m.id,
    date: m.date,
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
