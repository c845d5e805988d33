/**
 * A partner's status on a date is set by its latest meeting on or before that date;
 * before its first one it has none. Every view derives from these functions.
 */
import type { MeetingCore, TierId } from './schema';

export interface PartnerStatus {
  partnerId: string;
  tier: TierId | null;
  wordingEn: string | null;
  wordingZh: string | null;
  /** Date the current wording took effect: the latest establishing, upgrading, renaming or downgrading meeting. */
  since: string | null;
  /** How much of `since` is known (day, month or year). */
  sincePrecision: MeetingCore['date_precision'];
  /** Date the partner reached its current rung (a renaming on the same rung or a reaffirmation does not move it). */
  tierSince: string | null;
  tierSincePrecision: MeetingCore['date_precision'];
  /** The latest meeting on or before the date (any change type). */
  lastMeeting: MeetingCore;
  /** A "community with a shared future" was declared on or before the date. */
  communityWithSharedFuture: boolean;
}

/** The last day of a year, as an ISO date: the map "as of" a year shows the status at its end. */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

export function compareMeetings(a: MeetingCore, b: MeetingCore): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Meetings grouped by partner, each list in date order. Build once per dataset. */
export function groupMeetingsByPartner<M extends MeetingCore>(meetings: readonly M[]): Map<string, M[]> {
  const byPartner = new Map<string, M[]>();
  for (const m of meetings) {
    const list = byPartner.get(m.partner_id);
    if (list) list.push(m);
    else byPartner.set(m.partner_id, [m]);
  }
  for (const list of byPartner.values()) list.sort(compareMeetings);
  return byPartner;
}

/** Status from one partner's meetings, already sorted by date. */
export function statusFromHistory(history: readonly MeetingCore[], date: string): PartnerStatus | null {
  let last: MeetingCore | null = null;
  let since: string | null = null;
  let sincePrecision: MeetingCore['date_precision'] = 'day';
  let tierSince: string | null = null;
  let tierSincePrecision: MeetingCore['date_precision'] = 'day';
  let community = false;
  for (const m of history) {
    if (m.date > date) break;
    if (m.change !== 'reaffirmed') {
      since = m.date;
      sincePrecision = m.date_precision;
      if (m.tier_after !== (last?.tier_after ?? null)) {
        tierSince = m.date;
        tierSincePrecision = m.date_precision;
      }
    }
    last = m;
    if (m.community_with_shared_future) community = true;
  }
  if (!last) return null;
  return {
    partnerId: last.partner_id,
    tier: last.tier_after,
    wordingEn: last.tier_after ? last.wording_en : null,
    wordingZh: last.tier_after ? last.wording_zh : null,
    since: last.tier_after ? since : null,
    sincePrecision,
    tierSince: last.tier_after ? tierSince : null,
    tierSincePrecision,
    lastMeeting: last,
    communityWithSharedFuture: community,
  };
}

/** A partner's status on `date` (YYYY-MM-DD). */
export function statusOn(
  meetings: readonly MeetingCore[],
  partnerId: string,
  date: string,
): PartnerStatus | null {
  const history = meetings.filter((m) => m.partner_id === partnerId).sort(compareMeetings);
  return statusFromHistory(history, date);
}

/** Every partner's status on `date`, keyed by partner id (partners with no meeting yet are absent). */
export function buildStatusIndex(byPartner: ReadonlyMap<string, readonly MeetingCore[]>, date: string) {
  const index = new Map<string, PartnerStatus>();
  for (const [id, history] of byPartner) {
    const status = statusFromHistory(history, date);
    if (status) index.set(id, status);
  }
  return index;
}
