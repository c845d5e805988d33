/**
 * What a view shows, derived from the dataset and the view state (the address) in one place, for the app and the
 * embeds alike: the as-of date, the partner rows, the ladder counts, the tier names, the open partner or meeting and
 * the parameters the address got wrong. Pure: no React, no DOM (tests/unit/view/viewModel.test.ts runs it in node).
 * `useAtlasView` composes these with memoisation; `frameText.ts` words the chart frames.
 */
import { resolveAsOf, type AsOf, type AtlasIndex } from '../domain/atlas';
import { applyFilters, buildPartnerRows, type PartnerRow, type RowFilter } from '../domain/filters';
import { buildClimb, buildLadderCounts, type ClimbPoint, type LadderCount } from '../domain/ladder';
import { knownLeaders } from '../domain/leaders';
import type { MeetingCore, Partner, Region, Tier, TierId } from '../domain/schema';
import type { InvalidParam, ViewState } from '../url/viewState';
import { tierName, tierShortName } from '../ui/format';

export type { AsOf };

/** The as-of date of the view state, and the last year the slider offers. */
export function buildAsOf(state: Pick<ViewState, 'asOf'>, today: string): { asOf: AsOf; maxYear: number } {
  return { asOf: resolveAsOf(state.asOf, today), maxYear: Number(today.slice(0, 4)) };
}

export interface Rows {
  /** Every partner's status on the as-of date. */
  rows: PartnerRow[];
  /** The row filter of the view state: tiers and regions. */
  filter: RowFilter;
  /** The partners in the chosen regions, whatever their tier: what the counts and the ladder are made of. */
  regionRows: PartnerRow[];
  /** Partners on each rung, in the chosen regions. */
  counts: LadderCount[];
  /** The rows the row filter lets through (tiers and regions): what the table lists and the exports hold. */
  shownRows: PartnerRow[];
}

export function buildRows(index: AtlasIndex, date: string): PartnerRow[] {
  return buildPartnerRows(index.dataset.partners, index.byPartner, date);
}

export function buildRegionRows(rows: readonly PartnerRow[], regions: readonly Region[]): PartnerRow[] {
  return applyFilters(rows, { tiers: [], regions });
}

export function buildShownRows(regionRows: readonly PartnerRow[], tiers: readonly TierId[]): PartnerRow[] {
  return applyFilters(regionRows, { tiers, regions: [] });
}

export function buildCounts(regionRows: readonly PartnerRow[]): LadderCount[] {
  return buildLadderCounts(regionRows);
}

export interface TierNames {
  /** "Comprehensive strategic partnership": legends, the map, panels. */
  tierNames: Map<TierId, string>;
  /** "Compr. strategic": chart axes. */
  shortNames: Map<TierId, string>;
}

export function buildTierNames(tiers: readonly Tier[], lang: ViewState['lang']): TierNames {
  return {
    tierNames: new Map(tiers.map((x) => [x.id, tierName(x, lang)])),
    shortNames: new Map(tiers.map((x) => [x.id, tierShortName(x, lang)])),
  };
}

export interface OpenItems {
  partner: Partner | null;
  meeting: MeetingCore | null;
  /** A meeting id from an earlier dataset version (its date was corrected since): its current id. */
  renamedTo: string | null;
}

/** The partner and the meeting the view state opens (a meeting's former id opens it under its new id). */
export function resolveOpen(index: AtlasIndex, state: Pick<ViewState, 'partner' | 'meeting'>): OpenItems {
  const renamedTo = state.meeting ? (index.formerMeetingIds.get(state.meeting) ?? null) : null;
  const meetingId = renamedTo ?? state.meeting;
  return {
    partner: state.partner ? (index.partnersById.get(state.partner) ?? null) : null,
    meeting: meetingId ? (index.meetingsById.get(meetingId) ?? null) : null,
    renamedTo,
  };
}

/** Well-formed ids the dataset does not have (partner=XYZ): the notice counts them as garbage too. */
export function findUnknownIds(
  index: AtlasIndex,
  state: Pick<ViewState, 'partner' | 'meeting' | 'leader'>,
  renamedTo: string | null,
): InvalidParam[] {
  return [
    ...(state.partner && !index.partnersById.has(state.partner)
      ? [{ param: 'partner', value: state.partner }]
      : []),
    ...(state.meeting && !index.meetingsById.has(state.meeting) && !renamedTo
      ? [{ param: 'meeting', value: state.meeting }]
      : []),
    ...(state.leader && !knownLeaders(index.dataset.meetings).has(state.leader)
      ? [{ param: 'leader', value: state.leader }]
      : []),
  ];
}

/** One partner as its panel and its embed show it: the row on the as-of date, its meetings and its climb. */
export interface PartnerView {
  partner: Partner;
  row: PartnerRow | null;
  history: readonly MeetingCore[];
  climb: ClimbPoint[];
  /** The climb chart's first year: the dataset's, or the partner's first meeting if earlier. */
  fromYear: number;
}

export function buildPartnerView(
  index: AtlasIndex,
  rows: readonly PartnerRow[],
  partner: Partner,
  asOf: AsOf,
): PartnerView {
  const history = index.byPartner.get(partner.id) ?? [];
  const climb = buildClimb(history, asOf.date);
  return {
    partner,
    row: rows.find((r) => r.partner.id === partner.id) ?? null,
    history,
    climb,
    fromYear: Math.min(index.firstYear, climb[0] ? Math.floor(climb[0].t) : index.firstYear),
  };
}
