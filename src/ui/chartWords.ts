/**
 * The words around a chart, shared by the screen, the exports and the embeds: subtitles naming the as-of date and
 * the row filter, source lines with the dataset version, legends, titles and file names. Built from the one
 * dictionary (./i18n.ts); the links are in ./links.ts.
 */
import type { Meta, Partner, Region, Tier, TierId } from '../domain/schema';
import { DATASET_TITLE_ZH } from './namesZh';
import type { LadderCount } from '../domain/ladder';
import type { PartnerRow } from '../domain/filters';
import type { AsOf } from '../domain/atlas';
import { BASE_COLORS, tierColor, tierRank } from '../domain/tiers';
import type { LegendItem } from '../domain/legend';
import type { Lang } from '../url/viewState';
import { translator } from './i18n';
import { formatDate, partnerName, regionName, tierName, tierShortName } from './format';

/** "As of the end of 2020 · Tiers: Strategic partnership · Region: Africa" (or "All tiers · All regions"). */
export function buildSubtitle(opts: {
  asOf: AsOf;
  tiers: readonly TierId[];
  regions: readonly Region[];
  tierNames: ReadonlyMap<TierId, string>;
  lang: Lang;
  showTiers?: boolean;
}): string {
  const c = translator(opts.lang);
  const zhLang = opts.lang === 'zh';
  const when =
    opts.asOf.chosen !== null
      ? zhLang
        ? `${c('asOf')}${opts.asOf.chosen}年底`
        : `${c('asOf')} ${opts.asOf.chosen}`
      : `${c('asOfDate')} ${formatDate(opts.asOf.date, 'day', opts.lang)} (${c('latest')})`;
  const sep = zhLang ? '：' : ': ';
  const list = (xs: string[]) => xs.join(zhLang ? '、' : ', ');
  const parts = [when];
  if (opts.showTiers !== false)
    parts.push(
      opts.tiers.length
        ? `${c('tiersLabel')}${sep}${list(opts.tiers.map((t) => opts.tierNames.get(t) ?? t))}`
        : c('allTiers'),
    );
  parts.push(
    opts.regions.length
      ? `${c('regionLabel')}${sep}${list(opts.regions.map((r) => regionName(r, opts.lang)))}`
      : c('allRegions'),
  );
  return parts.join(' · ');
}

/** "Belarus · all-weather comprehensive strategic partnership (全天候全面战略伙伴关系), since 15 September 2022 · As of …". */
export function buildPartnerSubtitle(
  partner: Partner,
  row: PartnerRow | null,
  tierNames: ReadonlyMap<TierId, string>,
  asOf: AsOf,
  lang: Lang,
  short = false,
): string {
  const t = translator(lang);
  const c = translator(lang);
  const zhLang = lang === 'zh';
  const status = row?.status;
  const when =
    asOf.chosen !== null
      ? zhLang
        ? `${c('asOf')}${asOf.chosen}年底`
        : `${c('asOf')} ${asOf.chosen}`
      : `${c('asOfDate')} ${formatDate(asOf.date, 'day', lang)}`;
  const name = `${partnerName(partner, lang)} (${zhLang ? partner.name_en : partner.name_zh})`;
  if (short) return [name, when].join(' · ');
  if (!status?.tier) return [name, t('noTier'), when].join(' · ');
  const main = zhLang ? (status.wordingZh ?? status.wordingEn) : status.wordingEn;
  const alt = zhLang ? status.wordingEn : status.wordingZh;
  const rung = `${t('rank')} ${tierRank(status.tier)}/7: ${tierNames.get(status.tier) ?? status.tier}`;
  const since = status.since ? `, ${t('since')} ${formatDate(status.since, 'day', lang)}` : '';
  return [name, `${main}${alt && alt !== main ? ` (${alt})` : ''}${since}`, rung, when].join(' · ');
}

/** The line under every chart: "Source: <dataset>, dataset version <v> (updated <date>), <licence>." */
export function buildSourceLine(meta: Meta, lang: Lang): string {
  const c = translator(lang);
  return `${c('source')}: ${lang === 'zh' ? DATASET_TITLE_ZH : meta.title}, ${c('datasetVersion')} ${meta.version} (${c('updated')} ${meta.last_updated}), ${meta.license}.`;
}

/** The source paragraphs under every chart and in every file: dataset, version, licence, date, link. */
export function buildSourceLines(
  meta: Meta,
  lang: Lang,
  asOf: string,
  exportedOn: string,
  url: string | null,
): string[] {
  const c = translator(lang);
  const first = buildSourceLine(meta, lang);
  const second = `${c('statusOn')} ${asOf}. ${c('exported')} ${exportedOn}.${url ? ` ${url}` : ''}`;
  return [first, second];
}

/** Tier legend, highest rung first; only the chosen tiers when a tier filter is on. */
export function buildTierLegend(
  tiers: readonly Tier[],
  lang: Lang,
  opts: { selected?: readonly TierId[]; counts?: readonly LadderCount[]; numbered?: boolean } = {},
): LegendItem[] {
  const selected = opts.selected ?? [];
  return [...tiers]
    .sort((a, b) => b.rank - a.rank)
    .filter((t) => selected.length === 0 || selected.includes(t.id))
    .map((t) => {
      const count = opts.counts?.find((c) => c.tier === t.id)?.count;
      const name = `${opts.numbered ? `${t.rank}. ` : ''}${tierName(t, lang)}`;
      return { label: count === undefined ? name : `${name} (${count})`, color: tierColor(t.id) };
    });
}

/** The partner climb chart's legend: only the rungs the partner has stood on, highest first, numbered. */
export function buildClimbLegend(
  tiers: readonly Tier[],
  lang: Lang,
  climbed: readonly TierId[],
): LegendItem[] {
  return climbed.length === 0 ? [] : buildTierLegend(tiers, lang, { numbered: true, selected: climbed });
}

/** Short rung names for chart axes. */
export function buildShortNames(tiers: readonly Tier[], lang: Lang): Map<TierId, string> {
  return new Map(tiers.map((t) => [t.id, tierShortName(t, lang)]));
}

/** The map's legend: the tiers, then the base colours a reader meets on the map. */
export function buildMapLegend(
  tiers: readonly Tier[],
  lang: Lang,
  selected: readonly TierId[],
  counts: readonly LadderCount[],
): LegendItem[] {
  const c = translator(lang);
  return [
    ...buildTierLegend(tiers, lang, { selected, counts }),
    // With a tier filter on, partners on other rungs are greyed out like countries with no partnership.
    {
      label: c(selected.length > 0 ? 'otherOrNone' : 'legendDiplomatic'),
      color: BASE_COLORS.diplomatic,
      shape: 'outline',
    },
    { label: c('legendNoRelations'), color: BASE_COLORS.none, shape: 'dots' },
    { label: c('legendDisputed'), color: BASE_COLORS.disputed, shape: 'hatch' },
    { label: c('hub'), color: BASE_COLORS.hub },
  ];
}

/** The main title: app name and the chart, e.g. "Partnership Atlas: China’s partnerships around the world". */
export function buildTitle(lang: Lang, chart: string): string {
  return `${translator(lang)('title')}${lang === 'zh' ? '：' : ': '}${chart}`;
}

/** File names that say what and when: partnership-atlas-map-2020.png. */
export function buildFileStem(kind: string, asOf: AsOf, extra?: string | null): string {
  return ['partnership-atlas', kind, extra?.toLowerCase(), asOf.chosen ?? asOf.date]
    .filter(Boolean)
    .join('-');
}
