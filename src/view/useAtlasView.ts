/**
 * The view model: the one place that turns the view state (read from the address once, by the root) and the
 * dataset into what every view shows. The app (app/Atlas.tsx) and the embeds (embed/EmbedApp.tsx) both use it;
 * features and charts get its parts as props. Each part is memoised on what it depends on, so a year change
 * rebuilds the rows and the counts but not the names, and opening a partner rebuilds neither.
 */
import { useMemo } from 'react';
import { buildAtlasIndex, todayIso, type AtlasIndex } from '../domain/atlas';
import type { AtlasData, MeetingCore } from '../domain/schema';
import { buildChangeModel, type ChangeModel } from '../domain/changeModel';
import type { InvalidParam, ViewState } from '../url/viewState';
import type { ChartLinks } from '../charts/ChartFrame';
import {
  buildAsOf,
  buildCounts,
  buildPartnerView,
  buildRegionRows,
  buildShownRows,
  buildRows,
  buildTierNames,
  findUnknownIds,
  resolveOpen,
  type AsOf,
  type OpenItems,
  type PartnerView,
  type Rows,
  type TierNames,
} from './viewModel';
import {
  buildLinks,
  buildSourceLine,
  fullViewHref,
  ladderFrame,
  ladderTimeFrame,
  mapFrame,
  partnerFrame,
  type FrameInput,
  type FrameText,
} from './frameText';
import type { EmbedKind } from '../url/viewState';

export interface AtlasView extends Rows, TierNames, OpenItems {
  index: AtlasIndex;
  state: ViewState;
  today: string;
  asOf: AsOf;
  maxYear: number;
  /** The map tooltip's sparkline: each partner's history up to the as-of date. */
  climbs: { byPartner: ReadonlyMap<string, readonly MeetingCore[]>; asOf: string; firstYear: number };
  unknownIds: InvalidParam[];
  /** The open partner (state.partner), as its panel or embed shows it. */
  partnerView: PartnerView | null;
  frames: { map: FrameText; ladder: FrameText; ladderTime: FrameText; partner: FrameText | null };
  /** The change view's model (from= … year=), when the change view or its embed is on screen. */
  changes: ChangeModel | null;
  sourceLine: string;
  links: (kind: EmbedKind) => ChartLinks;
  /** From an embed to the full view. */
  fullViewHref: (kind: EmbedKind) => string;
}

export function useAtlasView(
  data: AtlasData | null,
  state: ViewState,
  where: 'app' | 'embed' = 'app',
): AtlasView | null {
  const index = useMemo(() => (data ? buildAtlasIndex(data) : null), [data]);
  const today = todayIso();
  const chosen = state.asOf;
  const { asOf, maxYear } = useMemo(() => buildAsOf({ asOf: chosen }, today), [chosen, today]);
  const { lang, tiers: selectedTiers, regions, partner: partnerId, meeting: meetingId, leader } = state;
  const rows = useMemo(() => (index ? buildRows(index, asOf.date) : []), [index, asOf.date]);
  // The view state is parsed once per address, so these arrays keep their identity until the address changes.
  const filter = useMemo(() => ({ tiers: selectedTiers, regions }), [selectedTiers, regions]);
  const regionRows = useMemo(() => buildRegionRows(rows, regions), [rows, regions]);
  const counts = useMemo(() => buildCounts(regionRows), [regionRows]);
  const shownRows = useMemo(() => buildShownRows(regionRows, selectedTiers), [regionRows, selectedTiers]);
  const names = useMemo(() => buildTierNames(data?.tiers.tiers ?? [], lang), [data, lang]);
  const climbs = useMemo(
    () => ({ byPartner: index?.byPartner ?? new Map(), asOf: asOf.date, firstYear: index?.firstYear ?? 0 }),
    [index, asOf.date],
  );
  const open = useMemo(
    () =>
      index
        ? resolveOpen(index, { partner: partnerId, meeting: meetingId })
        : { partner: null, meeting: null, renamedTo: null },
    [index, partnerId, meetingId],
  );
  const unknownIds = useMemo(
    () =>
      index ? findUnknownIds(index, { partner: partnerId, meeting: meetingId, leader }, open.renamedTo) : [],
    [index, partnerId, meetingId, leader, open.renamedTo],
  );
  const partnerView = useMemo(
    () => (index && open.partner ? buildPartnerView(index, rows, open.partner, asOf) : null),
    [index, rows, open.partner, asOf],
  );
  const frames = useMemo(() => {
    const f: FrameInput = {
      asOf,
      tiers: data?.tiers.tiers ?? [],
      selectedTiers,
      regions,
      tierNames: names.tierNames,
      counts,
      lang,
    };
    return {
      map: mapFrame(f),
      ladder: ladderFrame(f),
      ladderTime: ladderTimeFrame(f, index?.firstYear ?? maxYear, maxYear),
      partner: partnerView ? partnerFrame(f, partnerView, where === 'embed' ? 'embed' : 'panel') : null,
    };
  }, [asOf, data, selectedTiers, regions, names, counts, lang, index, maxYear, partnerView, where]);
  const showsChanges = where === 'embed' ? state.embed === 'changes' : state.view === 'changes';
  const { from } = state;
  const changes = useMemo(
    () =>
      index && showsChanges
        ? buildChangeModel(index, { from, asOf: chosen, regions, tiers: selectedTiers, leader }, today)
        : null,
    [index, showsChanges, from, chosen, regions, selectedTiers, leader, today],
  );
  const sourceLine = useMemo(() => (data ? buildSourceLine(data.meta, lang) : ''), [data, lang]);
  const links = useMemo(
    () => buildLinks(typeof window === 'undefined' ? { origin: '', pathname: '/' } : window.location, state),
    [state],
  );
  const fullView = useMemo(() => (kind: EmbedKind) => fullViewHref(kind, state), [state]);

  if (!index) return null;
  return {
    index,
    state,
    today,
    asOf,
    maxYear,
    rows,
    filter,
    regionRows,
    counts,
    shownRows,
    ...names,
    climbs,
    ...open,
    unknownIds,
    partnerView,
    frames,
    changes,
    sourceLine,
    links,
    fullViewHref: fullView,
  };
}
