/** Everything the change view and its embed draw, from the dataset and the view state (the view model calls it). */
import type { AtlasIndex } from './atlas';
import { resolveAsOf } from './atlas';
import {
  buildChanges,
  buildLeaderCounts,
  buildTierFlows,
  countChanges,
  knownLeaders,
  stripMeetings,
  summarizeChanges,
  type ChangeRow,
} from './changes';
import { yearEnd } from './status';
import type { Region, TierId } from './schema';

/** The parts of the view state the change view reads. */
export interface ChangeQuery {
  /** The first date: the end of this year (null: the default, see defaultFrom). */
  from: number | null;
  /** The second date: the as-of year (null: the latest status). */
  asOf: number | null;
  regions: readonly Region[];
  tiers: readonly TierId[];
  leader: string | null;
}

/** With no `from` in the link, compare with the end of 2012 (Xi Jinping took office), or the year before `year`. */
export function defaultFrom(toYear: number, firstYear: number): number {
  if (toYear > 2012) return 2012;
  return Math.max(firstYear - 1, toYear - 1);
}

const leaderCache = new WeakMap<AtlasIndex, Map<string, string>>();
export function leadersOf(index: AtlasIndex): Map<string, string> {
  let m = leaderCache.get(index);
  if (!m) {
    m = knownLeaders(index.dataset.meetings);
    leaderCache.set(index, m);
  }
  return m;
}

export function buildChangeModel(index: AtlasIndex, state: ChangeQuery, today: string) {
  // The second date is the view's as-of date.
  const asOf = resolveAsOf(state.asOf, today);
  const toYear = asOf.year;
  const from = state.from ?? defaultFrom(toYear, index.firstYear);
  const fromDate = yearEnd(from);
  const toDate = asOf.date;
  const leaders = leadersOf(index);
  const leader = state.leader && leaders.has(state.leader) ? state.leader : null;
  const base = { regions: state.regions, tiers: state.tiers };
  const allRows = buildChanges(index.dataset, fromDate, toDate, { ...base, leader: null });
  const rows: ChangeRow[] = leader
    ? buildChanges(index.dataset, fromDate, toDate, { ...base, leader })
    : allRows;
  return {
    from,
    asOf,
    toYear,
    /** "2024", or today's date for the latest status. */
    toLabel: state.asOf === null ? toDate : String(state.asOf),
    fromDate,
    toDate,
    leader,
    leaderName: leader ? (leaders.get(leader) ?? leader) : null,
    rows,
    counts: countChanges(rows),
    summary: summarizeChanges(rows),
    flows: buildTierFlows(rows),
    /** Counts by principal ignore the principal filter, so every principal stays on offer. */
    leaderCounts: buildLeaderCounts(allRows),
    strip: stripMeetings(rows, leader),
  };
}
export type ChangeModel = ReturnType<typeof buildChangeModel>;
