/**
 * The words around a chart, shared by the screen, the exports and the embeds: subtitles naming the filters,
 * source lines with the dataset version, legends, and the links (full view, embed). Kept apart from
 * ui/i18n.ts so the export and share strings live in one place.
 */
import type { Meta, Partner, Region, Tier, TierId } from '../domain/schema';
import { DATASET_TITLE_ZH } from '../ui/namesZh';
import type { LadderCount } from '../domain/ladder';
import type { PartnerRow } from '../domain/filters';
import type { AsOf } from '../domain/atlas';
import { BASE_COLORS, tierColor, tierRank } from '../domain/tiers';
import type { LegendItem } from '../domain/legend';
import {
  DEFAULT_VIEW_STATE,
  serializeViewState,
  toSearchString,
  type EmbedKind,
  type ViewState,
  type Lang,
} from '../url/viewState';
import { formatDate, partnerName, regionName, tierName, tierShortName, translator } from '../ui/i18n';

const en = {
  menu: 'Share or export',
  share: 'Share, embed or cite…',
  downloadPng: 'Download PNG image',
  downloadSvg: 'Download SVG image',
  downloadPartners: 'Download partners.csv',
  downloadMeetings: 'Download meetings.csv',
  downloadJson: 'Download JSON',
  codebookLink: 'Codebook and the full dataset',
  imageGroup: 'Image',
  dataGroup: 'Data of this view',
  working: 'Preparing…',
  failed: 'The export failed:',
  allTiers: 'All tiers',
  tiersLabel: 'Tiers',
  allRegions: 'All regions',
  regionLabel: 'Region',
  asOfYear: 'As of the end of',
  asOfDate: 'As of',
  latest: 'latest',
  source: 'Source',
  datasetVersion: 'dataset version',
  updated: 'updated',
  exported: 'Exported',
  statusOn: 'Status on',
  fullView: 'Open the full atlas',
  opensNewTab: '(opens in a new tab)',
  shareTitle: 'Share this chart',
  link: 'Link to this view',
  embed: 'Embed in a web page',
  embedHint:
    'Paste into your page’s HTML. The frame adapts to any width from 320 px; the script lets it grow to the chart’s height.',
  embedNote: 'Embeds the ladder (partners on each rung) with the same filters.',
  cite: 'Cite',
  apa: 'APA',
  bibtex: 'BibTeX',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Select the text and copy it with Ctrl+C / ⌘C',
  close: 'Close',
  citeNote: 'Cite the dataset version you used. What changed between versions is in data/CHANGELOG.md.',
  mapTitle: 'China’s partnerships around the world',
  ladderTitle: 'Partners on each rung of the ladder',
  ladderTimeTitle: 'The ladder over time',
  ladderTimeSubtitle: 'Partners on each rung at the end of each year',
  climbTitle: 'climb up the ladder',
  noPartner: 'Choose a partner with ?partner=ISO3, for example ?embed=partner&partner=BLR.',
  diplomatic: 'Relations, no partnership',
  otherOrNone: 'Other tiers, or no partnership',
  noRelations: 'No diplomatic relations',
  disputed: 'Disputed status',
  hub: 'China',
  rungs: 'Rungs: 1 = lowest, 7 = highest',
  legend: 'legend',
};
type Key = keyof typeof en;
const zh: Record<Key, string> = {
  menu: '分享或导出',
  share: '分享、嵌入或引用…',
  downloadPng: '下载 PNG 图片',
  downloadSvg: '下载 SVG 图片',
  downloadPartners: '下载 partners.csv',
  downloadMeetings: '下载 meetings.csv',
  downloadJson: '下载 JSON',
  codebookLink: '数据字典与完整数据集',
  imageGroup: '图片',
  dataGroup: '当前视图的数据',
  working: '正在准备…',
  failed: '导出失败：',
  allTiers: '全部层级',
  tiersLabel: '层级',
  allRegions: '全部地区',
  regionLabel: '地区',
  asOfYear: '截至',
  asOfDate: '截至',
  latest: '最新',
  source: '来源',
  datasetVersion: '数据集版本',
  updated: '更新于',
  exported: '导出于',
  statusOn: '状态日期',
  fullView: '打开完整图集',
  opensNewTab: '（在新标签页打开）',
  shareTitle: '分享此图表',
  link: '此视图的链接',
  embed: '嵌入网页',
  embedHint: '粘贴到网页的 HTML 中。框架可适应 320 像素以上的任何宽度；脚本让它随图表高度调整。',
  embedNote: '嵌入相同筛选条件下的层级图（各层级伙伴数量）。',
  cite: '引用',
  apa: 'APA',
  bibtex: 'BibTeX',
  copy: '复制',
  copied: '已复制到剪贴板',
  copyFailed: '请选中文本后按 Ctrl+C / ⌘C 复制',
  close: '关闭',
  citeNote: '请注明所用的数据集版本。各版本的变化见 data/CHANGELOG.md。',
  mapTitle: '中国伙伴关系世界分布',
  ladderTitle: '各层级伙伴数量',
  ladderTimeTitle: '层级随时间变化',
  ladderTimeSubtitle: '每年年末各层级的伙伴数量',
  climbTitle: '伙伴关系层级变化',
  noPartner: '请用 ?partner=ISO3 选择伙伴，例如 ?embed=partner&partner=BLR。',
  diplomatic: '已建交，未建立伙伴关系',
  otherOrNone: '其他层级或未建立伙伴关系',
  noRelations: '未建交',
  disputed: '地位有争议',
  hub: '中国',
  rungs: '层级：1 最低，7 最高',
  legend: '图例',
};

export type ChartTextKey = Key;
export function chartText(lang: Lang): (key: Key) => string {
  const dict = lang === 'zh' ? zh : en;
  return (key) => dict[key];
}

/** "As of the end of 2020 · Tiers: Strategic partnership · Region: Africa" (or "All tiers · All regions"). */
export function buildSubtitle(opts: {
  asOf: AsOf;
  tiers: readonly TierId[];
  regions: readonly Region[];
  tierNames: ReadonlyMap<TierId, string>;
  lang: Lang;
  showTiers?: boolean;
}): string {
  const c = chartText(opts.lang);
  const zhLang = opts.lang === 'zh';
  const when =
    opts.asOf.chosen !== null
      ? zhLang
        ? `${c('asOfYear')}${opts.asOf.chosen}年底`
        : `${c('asOfYear')} ${opts.asOf.chosen}`
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
  const c = chartText(lang);
  const zhLang = lang === 'zh';
  const status = row?.status;
  const when =
    asOf.chosen !== null
      ? zhLang
        ? `${c('asOfYear')}${asOf.chosen}年底`
        : `${c('asOfYear')} ${asOf.chosen}`
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
  const c = chartText(lang);
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
  const c = chartText(lang);
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
  const c = chartText(lang);
  return [
    ...buildTierLegend(tiers, lang, { selected, counts }),
    // With a tier filter on, partners on other rungs are greyed out like countries with no partnership.
    {
      label: c(selected.length > 0 ? 'otherOrNone' : 'diplomatic'),
      color: BASE_COLORS.diplomatic,
      shape: 'outline',
    },
    { label: c('noRelations'), color: BASE_COLORS.none, shape: 'dots' },
    { label: c('disputed'), color: BASE_COLORS.disputed, shape: 'hatch' },
    { label: c('hub'), color: BASE_COLORS.hub },
  ];
}

/** The parts of the view state that shape a chart of a kind; everything else is dropped from its links. */
export function viewStateFor(kind: EmbedKind, state: ViewState): ViewState {
  const base = { ...DEFAULT_VIEW_STATE, asOf: state.asOf, lang: state.lang };
  if (kind === 'partner') return { ...base, partner: state.partner };
  if (kind === 'changes')
    return {
      ...base,
      tiers: state.tiers,
      regions: state.regions,
      from: state.from,
      leader: state.leader,
      view: 'changes',
    };
  return {
    ...base,
    tiers: state.tiers,
    regions: state.regions,
    view: kind === 'ladder' ? 'ladder' : 'map',
  };
}

/** Absolute link to the full view (keeps the current path, so a sub-path such as /atlas/ survives). */
export function buildViewUrl(location: Pick<Location, 'origin' | 'pathname'>, state: ViewState): string {
  return `${location.origin}${location.pathname}${toSearchString(serializeViewState({ ...state, embed: null }))}`;
}

export function buildEmbedUrl(
  location: Pick<Location, 'origin' | 'pathname'>,
  kind: EmbedKind,
  state: ViewState,
): string {
  const f = viewStateFor(kind, state);
  return `${location.origin}${location.pathname}${toSearchString(serializeViewState({ ...f, view: DEFAULT_VIEW_STATE.view, embed: kind }))}`;
}

/** Relative link from an embed to the full view: works at any sub-path and on any host. */
export function buildRelativeViewUrl(kind: EmbedKind, state: ViewState): string {
  return `./${toSearchString(serializeViewState({ ...viewStateFor(kind, state), embed: null }))}`;
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
