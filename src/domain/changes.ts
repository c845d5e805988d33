/**
 * What changed between two dates: each partner's tier at the end of each, the class of the change, the
 * tier-setting meetings in between, the flows between rungs and the meetings' Chinese principals.
 * Pure: no React, no DOM.
 */
import { knownLeaders, leaderId } from './leaders';
import type { MeetingCore, Partner, Region, TierId } from './schema';
import { groupMeetingsByPartner, statusFromHistory, type PartnerStatus } from './status';
import { tierRank } from './tiers';

/** In legend order: new, up one, up two, up three or more, unchanged, lowered or lapsed, none at either date. */
export const CHANGE_CLASSES = ['new', 'up1', 'up2', 'up3', 'same', 'down', 'none'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

export interface ChangeFilters {
  regions: readonly Region[];
  /** A partner passes when its tier at either date is one of these (empty: all). */
  tiers: readonly TierId[];
  /** Leader id (see `leaderId`): only partners with a tier-setting meeting this principal held in the range. */
  leader: string | null;
}

export interface ChangeRow {
  partner: Partner;
  before: PartnerStatus | null;
  after: PartnerStatus | null;
  tierBefore: TierId | null;
  tierAfter: TierId | null;
  /** Rungs moved (positive: up) when the partner had a tier at both dates, else null. */
  rungs: number | null;
  cls: ChangeClass;
  /** Had a tier at the first date and none at the second. */
  lapsed: boolean;
  /** Same rung at both dates but a different wording (a renaming that keeps the rung). */
  renamed: boolean;
  /** The tier-setting meetings (established, upgraded, renamed, downgraded) after `from` and on or before `to`. */
  meetings: MeetingCore[];
}

export interface ChangeData {
  partners: readonly Partner[];
  meetings: readonly MeetingCore[];
}

/** A meeting moves or renames a tier unless it only reaffirmed it. */
export function isTierSetting(m: MeetingCore): boolean {
  return m.change !== 'reaffirmed';
}

export function meetingLeader(m: MeetingCore): string | null {
  return m.china_principal ? leaderId(m.china_principal.name) : null;
}

const grouped = new WeakMap<readonly MeetingCore[], Map<string, MeetingCore[]>>();
function byPartnerOf(meetings: readonly MeetingCore[]): Map<string, MeetingCore[]> {
  let g = grouped.get(meetings);
  if (!g) {
    g = groupMeetingsByPartner(meetings);
    grouped.set(meetings, g);
  }
  return g;
}

export function classify(before: TierId | null, after: TierId | null): ChangeClass {
  if (!before && !after) return 'none';
  if (!before) return 'new';
  if (!after) return 'down';
  const d = tierRank(after) - tierRank(before);
  if (d < 0) return 'down';
  if (d === 0) return 'same';
  return d === 1 ? 'up1' : d === 2 ? 'up2' : 'up3';
}

/**
 * Every partner that passes the filters, with its status at `from` and at `to` (ISO dates, status at the end of
 * each day) and what happened in between. A meeting dated to the month or the year only sits on its first day
 * (YYYY-MM-01, YYYY-01-01), as everywhere in the atlas.
 */
export function buildChanges(
  dataset: ChangeData,
  from: string,
  to: string,
  filters: ChangeFilters,
): ChangeRow[] {
  const byPartner = byPartnerOf(dataset.meetings);
  const out: ChangeRow[] = [];
  for (const partner of dataset.partners) {
    if (filters.regions.length > 0 && !filters.regions.includes(partner.region)) continue;
    const history = byPartner.get(partner.id) ?? [];
    const before = statusFromHistory(history, from);
    const after = statusFromHistory(history, to);
    const tierBefore = before?.tier ?? null;
    const tierAfter = after?.tier ?? null;
    if (
      filters.tiers.length > 0 &&
      !(tierBefore && filters.tiers.includes(tierBefore)) &&
      !(tierAfter && filters.tiers.includes(tierAfter))
    )
      continue;
    const meetings = history.filter((m) => m.date > from && m.date <= to && isTierSetting(m));
    if (filters.leader && !meetings.some((m) => meetingLeader(m) === filters.leader)) continue;
    const cls = classify(tierBefore, tierAfter);
    out.push({
      partner,
      before,
      after,
      tierBefore,
      tierAfter,
      rungs: tierBefore && tierAfter ? tierRank(tierAfter) - tierRank(tierBefore) : null,
      cls,
      lapsed: !!tierBefore && !tierAfter,
      renamed: cls === 'same' && before?.wordingEn !== after?.wordingEn,
      meetings,
    });
  }
  return out;
}

export type ChangeCounts = Record<ChangeClass, number>;

export function countChanges(rows: readonly ChangeRow[]): ChangeCounts {
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as ChangeCounts;
  for (const r of rows) counts[r.cls] += 1;
  return counts;
}

/** The numbers of the headline sentence. */
export interface ChangeSummary {
  established: number;
  upgrades: number;
  downgrades: number;
  lapses: number;
  renamings: number;
}

export function summarizeChanges(rows: readonly ChangeRow[]): ChangeSummary {
  const s: ChangeSummary = { established: 0, upgrades: 0, downgrades: 0, lapses: 0, renamings: 0 };
  for (const r of rows) {
    if (r.cls === 'new') s.established += 1;
    else if (r.cls === 'up1' || r.cls === 'up2' || r.cls === 'up3') s.upgrades += 1;
    else if (r.lapsed) s.lapses += 1;
    else if (r.cls === 'down') s.downgrades += 1;
    else if (r.renamed) s.renamings += 1;
  }
  return s;
}

export interface TierFlow {
  /** null: no partnership at that date. */
  from: TierId | null;
  to: TierId | null;
  rows: ChangeRow[];
}

/** Partners grouped by (tier at the first date, tier at the second); "no partnership at either" is left out. */
export function buildTierFlows(rows: readonly ChangeRow[]): TierFlow[] {
  const flows = new Map<string, TierFlow>();
  for (const r of rows) {
    if (r.cls === 'none') continue;
    const key = `${r.tierBefore ?? ''}>${r.tierAfter ?? ''}`;
    const flow = flows.get(key);
    if (flow) flow.rows.push(r);
    else flows.set(key, { from: r.tierBefore, to: r.tierAfter, rows: [r] });
  }
  const rank = (t: TierId | null) => (t ? tierRank(t) : 0);
  return [...flows.values()].sort((a, b) => rank(b.from) - rank(a.from) || rank(b.to) - rank(a.to));
}

export interface LeaderCount {
  id: string;
  name: string;
  /** Tier-setting meetings this principal held in the range. */
  count: number;
  established: number;
  upgraded: number;
  downgraded: number;
  renamed: number;
}

/** Tier-setting meetings in the rows' range by China's principal, most first; meetings with none named are left out. */
export function buildLeaderCounts(rows: readonly ChangeRow[]): LeaderCount[] {
  const by = new Map<string, LeaderCount>();
  for (const r of rows)
    for (const m of r.meetings) {
      if (!m.china_principal) continue;
      const id = leaderId(m.china_principal.name);
      let c = by.get(id);
      if (!c) {
        c = {
          id,
          name: m.china_principal.name,
          count: 0,
          established: 0,
          upgraded: 0,
          downgraded: 0,
          renamed: 0,
        };
        by.set(id, c);
      }
      c.count += 1;
      if (m.change !== 'reaffirmed') c[m.change] += 1;
    }
  return [...by.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The meetings on the time strip, in date order: all tier-setting meetings of the rows, or one principal's. */
export function stripMeetings(rows: readonly ChangeRow[], leader: string | null): MeetingCore[] {
  return rows
    .flatMap((r) => r.meetings)
    .filter((m) => !leader || meetingLeader(m) === leader)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

export { knownLeaders, leaderId };
