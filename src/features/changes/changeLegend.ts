/** The change chart's SVG legend (exports and embeds) and its subtitle. */
import { CHANGE_CLASSES, type ChangeClass, type ChangeCounts } from '../../domain/changes';
import { CHANGE_COLORS } from '../../domain/changeColours';
import type { Region, TierId } from '../../domain/schema';
import { BASE_COLORS } from '../../domain/tiers';
import type { LegendItem } from '../../domain/legend';
import type { Lang, ViewState } from '../../url/viewState';
import type { ChangeModel } from '../../domain/changeModel';
import { translator } from '../../ui/i18n';
import { regionName } from '../../ui/format';
import { changeText, classLabel, leaderName, rangeEnd } from './changeText';

export function buildChangeLegend(
  counts: ChangeCounts,
  lang: Lang,
  selected: readonly ChangeClass[] = [],
): LegendItem[] {
  const k = translator(lang);
  return [
    ...CHANGE_CLASSES.filter((c) => selected.length === 0 || selected.includes(c)).map((c): LegendItem => ({
      label: `${classLabel(c, lang)} (${counts[c]})`,
      color: CHANGE_COLORS[c],
      ...(c === 'none' ? { shape: 'outline' as const } : {}),
    })),
    { label: k('legendDisputed'), color: BASE_COLORS.disputed, shape: 'hatch' },
    { label: k('hub'), color: BASE_COLORS.hub },
  ];
}

/** "The end of 2012 → the end of 2024 · All tiers · All regions · China’s principal: Xi Jinping". */
export function buildChangeSubtitle(opts: {
  from: number;
  to: number | null;
  asOf: string;
  tiers: readonly TierId[];
  regions: readonly Region[];
  tierNames: ReadonlyMap<TierId, string>;
  leaderName: string | null;
  lang: Lang;
}): string {
  const k = translator(opts.lang);
  const c = changeText(opts.lang);
  const zh = opts.lang === 'zh';
  const sep = zh ? '：' : ': ';
  const list = (xs: string[]) => xs.join(zh ? '、' : ', ');
  const a = rangeEnd(opts.from, opts.asOf, opts.lang);
  const b = rangeEnd(opts.to, opts.asOf, opts.lang);
  const parts = [`${a.charAt(0).toUpperCase()}${a.slice(1)} → ${b}`];
  parts.push(
    opts.tiers.length
      ? `${k('tiersLabel')}${sep}${list(opts.tiers.map((t) => opts.tierNames.get(t) ?? t))}`
      : k('allTiers'),
  );
  parts.push(
    opts.regions.length
      ? `${k('regionLabel')}${sep}${list(opts.regions.map((r) => regionName(r, opts.lang)))}`
      : k('allRegions'),
  );
  if (opts.leaderName) parts.push(`${c('leaderLabel')}${sep}${leaderName(opts.leaderName, opts.lang)}`);
  return parts.join(' · ');
}

/** The change frame's subtitle for a change model and the view state it came from (the view and its embed). */
export function changeSubtitleFor(
  model: Pick<ChangeModel, 'from' | 'toDate' | 'leaderName'>,
  state: Pick<ViewState, 'asOf' | 'tiers' | 'regions'>,
  tierNames: ReadonlyMap<TierId, string>,
  lang: Lang,
): string {
  return buildChangeSubtitle({
    from: model.from,
    to: state.asOf,
    asOf: model.toDate,
    tiers: state.tiers,
    regions: state.regions,
    tierNames,
    leaderName: model.leaderName,
    lang,
  });
}
