/**
 * Words a reader meets in tooltips, the table and the Methodology, in English and Chinese, and the helpers
 * that put a status into words. Kept apart from i18n.ts (the interface chrome) so each stays short.
 */
import type { BaseStatus } from '../domain/filters';
import type { MeetingCore } from '../domain/schema';
import type { Lang } from '../url/viewState';
import { formatDate } from './format';

const en = {
  noPartnership: 'Relations, no partnership',
  noRelations: 'No diplomatic relations',
  disputed: 'Disputed status',
  hub: 'China, the hub of every partnership',
  onRungSince: 'on this rung since',
  wordingSince: 'current wording since',
  since: 'Since',
  officialWording: 'Official wording',
  total: 'Total',
  showing: 'Showing',
  removeFilter: 'Remove filter',
  clearAll: 'Clear all',
  allPartners: 'All partners, all regions',
  ofPartners: 'of',
  partnersShown: 'partners shown',
  tableCsv: 'Download these rows (CSV)',
  tableShare: 'Copy a link to this table',
  linkCopied: 'Link copied',
  copyFailed: 'Copy the address from the address bar',
  tiersChip: 'Tier',
  regionChip: 'Region',
  yearChip: 'As of the end of',
  climbYear: 'Compare with',
  rulesTitle: 'How a wording finds its rung',
  rulesIntro:
    'Each rule below reads the official wording, the Chinese original first where it is recorded. The rules are tried from the top rung down, and the first that fits decides.',
  example: 'Example',
  relationshipTitle: 'A relationship is not a partnership',
  flagsTitle: 'Designations on top of a rung',
  curatorTitle: 'For curators',
  curatorText:
    'A wire report or a ministry press release can be turned into a draft meeting record, previewed on the map and saved as data for review.',
  importReport: 'Import a report',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  noPartnership: '已建交，未建立伙伴关系',
  noRelations: '未建交',
  disputed: '地位有争议',
  hub: '中国：所有伙伴关系的中心',
  onRungSince: '处于该层级始于',
  wordingSince: '现行表述始于',
  since: '始于',
  officialWording: '官方表述',
  total: '合计',
  showing: '当前显示',
  removeFilter: '移除筛选',
  clearAll: '全部清除',
  allPartners: '全部伙伴，全部地区',
  ofPartners: '/',
  partnersShown: '个伙伴',
  tableCsv: '下载这些行（CSV）',
  tableShare: '复制此表格的链接',
  linkCopied: '链接已复制',
  copyFailed: '请从地址栏复制网址',
  tiersChip: '层级',
  regionChip: '地区',
  yearChip: '截至',
  climbYear: '对比年份',
  rulesTitle: '表述如何归入层级',
  rulesIntro:
    '以下每条规则读取官方表述，有中文原文的先读中文。规则从最高层级往下依次尝试，第一条符合的规则决定层级。',
  example: '示例',
  relationshipTitle: '“关系”不等于“伙伴关系”',
  flagsTitle: '层级之上的定位',
  curatorTitle: '供编辑使用',
  curatorText: '可将通讯社报道或外交部新闻稿转为会晤记录草稿，在地图上预览，并保存为数据以供审核。',
  importReport: '导入报道',
};

export type ReaderTextKey = Key;
export function readerText(lang: Lang): (key: Key) => string {
  const dict = lang === 'zh' ? zh : en;
  return (key) => dict[key];
}

/** The one wording for a partner without a tier, everywhere (table, tooltips, legends). */
export function noTierLabel(base: BaseStatus | 'disputed', lang: Lang): string {
  const r = readerText(lang);
  return base === 'none' ? r('noRelations') : base === 'disputed' ? r('disputed') : r('noPartnership');
}

/** The dates of a status. `tierSince` (when the rung was reached) is optional until every status carries it. */
export interface StatusDates {
  since: string | null;
  sincePrecision: MeetingCore['date_precision'];
  tierSince?: string | null;
  tierSincePrecision?: MeetingCore['date_precision'];
}

/**
 * "On this rung since 2004; current wording since 2015" when the rung was reached before the current wording,
 * otherwise "Since 2015". The rung date comes first (DESIGN.md).
 */
export function describeStatusDates(status: StatusDates, lang: Lang): string | null {
  const r = readerText(lang);
  if (!status.since) return null;
  const since = formatDate(status.since, status.sincePrecision, lang);
  if (status.tierSince && status.tierSince < status.since) {
    const rung = formatDate(status.tierSince, status.tierSincePrecision ?? 'day', lang);
    const sep = lang === 'zh' ? '；' : '; ';
    const word = lang === 'zh' ? '' : ' ';
    const first = r('onRungSince');
    return `${first.charAt(0).toUpperCase()}${first.slice(1)}${word}${rung}${sep}${r('wordingSince')}${word}${since}`;
  }
  return `${r('since')}${lang === 'zh' ? '' : ' '}${since}`;
}

/** True when an official wording says no more than the rung's name (so a tooltip shows it once). */
export function sameWording(wording: string, tierName: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s\u3000]+/g, ' ')
      .trim();
  return norm(wording) === norm(tierName);
}
