/** Lookups built once per dataset; every view reads from them. */
import type { AtlasData, MeetingCore, Partner, Tier, TierId } from './schema';
import { groupMeetingsByPartner, yearEnd } from './status';
import { indexPartnersByIso } from './countries';
import { firstYear } from './ladder';

export interface AtlasIndex {
  dataset: AtlasData;
  partnersById: Map<string, Partner>;
  partnersByIso: Map<string, Partner>;
  byPartner: Map<string, MeetingCore[]>;
  meetingsById: Map<string, MeetingCore>;
  /** Ids meetings had in earlier dataset versions, to the current id (links cited before a date correction). */
  formerMeetingIds: Map<string, string>;
  tiersById: Map<TierId, Tier>;
  /** Year of the first partnership in the data. */
  firstYear: number;
}

export function buildAtlasIndex(dataset: AtlasData): AtlasIndex {
  return {
    dataset,
    partnersById: new Map(dataset.partners.map((p) => [p.id, p])),
    partnersByIso: indexPartnersByIso(dataset.partners),
    byPartner: groupMeetingsByPartner(dataset.meetings),
    meetingsById: new Map(dataset.meetings.map((m) => [m.id, m])),
    formerMeetingIds: new Map(
      dataset.meetings.flatMap((m) => (m.former_ids ?? []).map((old) => [old, m.id])),
    ),
    tiersById: new Map(dataset.tiers.tiers.map((t) => [t.id, t])),
    firstYear: firstYear(dataset.meetings) ?? 1993,
  };
}

/**
 * The as-of date every view shows, under one name. `chosen` is the year the address asks for (null: the latest
 * status); `date` is the end of that year (or today, for the latest status or the current year); `year` is the
 * year of the status shown (the chosen year, or this year).
 */
export interface AsOf {
  chosen: number | null;
  year: number;
  date: string;
}

export function resolveAsOf(chosen: number | null, today: string): AsOf {
  return { chosen, year: chosen ?? Number(today.slice(0, 4)), date: asOfDate(chosen, today) };
}

/** The date the views show: the end of the chosen year, or today for "latest". */
export function asOfDate(chosen: number | null, today: string): string {
  if (chosen === null) return today;
  const end = yearEnd(chosen);
  return end < today ? end : today;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
