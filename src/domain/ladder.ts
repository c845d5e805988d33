/** Rows for the ladder charts: counts per rung, counts per rung by year, one partner's climb. */
import type { MeetingCore, TierId } from './schema';
import type { PartnerRow } from './filters';
import { yearEnd } from './status';
import { TIER_IDS, tierRank } from './tiers';

export interface LadderCount {
  tier: TierId;
  rank: number;
  count: number;
}

/** Partners on each rung, lowest rung first. */
export function buildLadderCounts(rows: readonly PartnerRow[]): LadderCount[] {
  const counts = new Map<TierId, number>(TIER_IDS.map((t) => [t, 0]));
  for (const row of rows) if (row.tier) counts.set(row.tier, (counts.get(row.tier) ?? 0) + 1);
  return TIER_IDS.map((tier) => ({ tier, rank: tierRank(tier), count: counts.get(tier) ?? 0 }));
}

export type LadderYearRow = { year: number; total: number } & Record<TierId, number>;

/** Counts per rung at the end of each year, for the partners in `histories` (already filtered by the caller). */
export function buildLadderSeries(
  histories: Iterable<readonly MeetingCore[]>,
  fromYear: number,
  toYear: number,
): LadderYearRow[] {
  const rows: LadderYearRow[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const row = { year, total: 0 } as LadderYearRow;
    for (const t of TIER_IDS) row[t] = 0;
    rows.push(row);
  }
  for (const history of histories) {
    // Walk the history once per partner instead of re-scanning it for every year.
    let i = 0;
    let tier: TierId | null = null;
    for (const row of rows) {
      const end = yearEnd(row.year);
      while (i < history.length && history[i]!.date <= end) {
        tier = history[i]!.tier_after;
        i++;
      }
      if (tier) {
        row[tier] += 1;
        row.total += 1;
      }
    }
  }
  return rows;
}

export interface ClimbPoint {
  /** Decimal year, for a continuous time axis. */
  t: number;
  date: string;
  rank: number | null;
  tier: TierId | null;
  meetingId: string | null;
}

function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** A partner's climb as a step line: one point per meeting, plus one at `untilDate` to carry the last step. */
export function buildClimb(history: readonly MeetingCore[], untilDate: string): ClimbPoint[] {
  const points: ClimbPoint[] = history
    .filter((m) => m.date <= untilDate)
    .map((m) => ({
      t: decimalYear(m.date),
      date: m.date,
      rank: m.tier_after ? tierRank(m.tier_after) : null,
      tier: m.tier_after,
      meetingId: m.id,
    }));
  const last = points[points.length - 1];
  if (last && last.date < untilDate)
    points.push({ ...last, t: decimalYear(untilDate), date: untilDate, meetingId: null });
  return points;
}

/** First year any partnership in the data took effect. */
export function firstYear(meetings: readonly MeetingCore[]): number | null {
  let min: string | null = null;
  for (const m of meetings) if (!min || m.date < min) min = m.date;
  return min ? Number(min.slice(0, 4)) : null;
}

/** The latest meetings that set or changed a relationship (not reaffirmations), on or before a date, newest first. */
export function recentChanges(meetings: readonly MeetingCore[], asOf: string, limit: number): MeetingCore[] {
  return meetings
    .filter((m) => m.change !== 'reaffirmed' && m.date <= asOf)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)))
    .slice(0, limit);
}

/** Round-year ticks for a time axis from `from` to `to` (inclusive): every 1, 2, 5, 10 or 20 years, at most `max`. */
export function yearTicks(from: number, to: number, max = 7): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20].find((s) => span / s <= Math.max(1, max)) ?? 50;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
}

export interface ClimbSegment {
  /** Decimal years: the step runs from `from` to `to` on its rung. */
  from: number;
  to: number;
  tier: TierId;
  rank: number;
}

/** The steps of a climb, each on one rung (a lapse leaves a gap), for charts that colour each step by its tier. */
export function buildClimbSegments(points: readonly ClimbPoint[]): ClimbSegment[] {
  const out: ClimbSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p = points[i]!;
    const next = points[i + 1]!;
    if (!p.tier || !p.rank || next.t <= p.t) continue;
    const prev = out[out.length - 1];
    if (prev && prev.tier === p.tier && prev.to === p.t) prev.to = next.t;
    else out.push({ from: p.t, to: next.t, tier: p.tier, rank: p.rank });
  }
  return out;
}

/** The rungs a partner has stood on, lowest first. */
export function climbTiers(points: readonly ClimbPoint[]): TierId[] {
  const seen = new Set(points.map((p) => p.tier).filter((t): t is TierId => !!t));
  return TIER_IDS.filter((t) => seen.has(t));
}
