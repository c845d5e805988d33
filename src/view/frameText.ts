/**
 * The words around each chart of a view, worked out once: title, subtitle (the as-of date and the row filter),
 * legend, file name, source line and links. Pure; the chart frames only draw them.
 */
import type { AsOf } from '../domain/atlas';
import { climbTiers, type LadderCount } from '../domain/ladder';
import type { Region, Tier, TierId } from '../domain/schema';
import type { EmbedKind, Lang, ViewState } from '../url/viewState';
import { translator } from '../ui/i18n';
import { partnerName } from '../ui/format';
import type { ChartLinks, FrameText } from '../charts/ChartFrame';
import {
  buildClimbLegend,
  buildFileStem,
  buildMapLegend,
  buildPartnerSubtitle,
  buildSourceLine,
  buildSubtitle,
  buildTierLegend,
  buildTitle,
} from '../ui/chartWords';
import { buildEmbedUrl, buildRelativeViewUrl, buildViewUrl, viewStateFor } from '../ui/links';
import type { PartnerView } from './viewModel';

export type { FrameText };

export interface FrameInput {
  asOf: AsOf;
  tiers: readonly Tier[];
  selectedTiers: readonly TierId[];
  regions: readonly Region[];
  tierNames: ReadonlyMap<TierId, string>;
  counts: readonly LadderCount[];
  lang: Lang;
}

const subtitleOf = (f: FrameInput) =>
  buildSubtitle({
    asOf: f.asOf,
    tiers: f.selectedTiers,
    regions: f.regions,
    tierNames: f.tierNames,
    lang: f.lang,
  });

export function mapFrame(f: FrameInput): FrameText {
  const title = translator(f.lang)('mapTitle');
  return {
    title,
    exportTitle: buildTitle(f.lang, title),
    subtitle: subtitleOf(f),
    legend: buildMapLegend(f.tiers, f.lang, f.selectedTiers, f.counts),
    fileStem: buildFileStem('map', f.asOf),
  };
}

export function ladderFrame(f: FrameInput): FrameText {
  const title = translator(f.lang)('ladderTitle');
  return {
    title,
    exportTitle: buildTitle(f.lang, title),
    subtitle: subtitleOf(f),
    legend: buildTierLegend(f.tiers, f.lang, { selected: f.selectedTiers, counts: f.counts }),
    fileStem: buildFileStem('ladder', f.asOf),
  };
}

/** The ladder over time: the whole period, from the first partnership to this year. */
export function ladderTimeFrame(f: FrameInput, firstYear: number, maxYear: number): FrameText {
  const c = translator(f.lang);
  const title = c('ladderTimeTitle');
  return {
    title,
    exportTitle: buildTitle(f.lang, title),
    subtitle: `${c('ladderTimeSubtitle')}, ${firstYear}–${maxYear} · ${subtitleOf(f)}`,
    legend: buildTierLegend(f.tiers, f.lang, { selected: f.selectedTiers }),
    fileStem: buildFileStem('ladder-over-time', f.asOf),
  };
}

/**
 * A partner's climb. In the app's panel the heading is short ("Climb up the ladder") under the partner's name; the
 * embed's heading names the partner, and its subtitle leaves the wording to the line above the chart.
 */
export function partnerFrame(f: FrameInput, p: PartnerView, where: 'panel' | 'embed'): FrameText {
  const c = translator(f.lang);
  const named =
    where === 'embed'
      ? `${f.lang === 'zh' ? p.partner.name_zh : p.partner.name_en}: ${c('climbTitle')}`
      : `${partnerName(p.partner, f.lang)}: ${c('climbTitle')}`;
  return {
    title: where === 'embed' ? named : translator(f.lang)('climb'),
    exportTitle: where === 'embed' ? buildTitle(f.lang, named) : named,
    subtitle: buildPartnerSubtitle(p.partner, p.row, f.tierNames, f.asOf, f.lang, where === 'embed'),
    legend: buildClimbLegend(f.tiers, f.lang, climbTiers(p.climb)),
    fileStem: buildFileStem('partner', f.asOf, p.partner.id),
  };
}

export { buildSourceLine };

/** A chart's links for the view on screen: the full view and its embed, absolute (for sharing). */
export function buildLinks(location: Pick<Location, 'origin' | 'pathname'>, state: ViewState) {
  return (kind: EmbedKind): ChartLinks => ({
    viewUrl: buildViewUrl(location, viewStateFor(kind, state)),
    embedUrl: buildEmbedUrl(location, kind, state),
  });
}

/** From an embed to the full view, relative (works at any sub-path, on any host). */
export function fullViewHref(kind: EmbedKind, state: ViewState): string {
  return buildRelativeViewUrl(kind, state);
}
