/** The change view's words in English and Chinese, and the sentences computed from its numbers. */
import type { ChangeClass, ChangeRow, ChangeSummary } from '../../domain/changes';
import type { MeetingCore, Tier, TierId } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { formatDate } from '../../ui/format';

const en = {
  viewChanges: 'Changes',
  title: 'What changed between two dates',
  from: 'From the end of',
  to: 'to the end of',
  latest: 'today (latest)',
  legendTitle: 'What happened',
  legendHint: 'Click a class to show only those partners',
  allClasses: 'Show all',
  partners: 'partners',
  flowsTitle: 'How partners moved between rungs',
  flowsHint: 'Rows: tier at the first date; columns: tier at the second. Click a cell to list its partners.',
  noPartnership: 'No partnership',
  flowPartners: 'Partners in this cell',
  stripTitle: 'Who set each change',
  stripHint:
    'Each mark is a meeting that set or changed a tier, coloured by the new tier. Click one to open it.',
  allLeaders: 'All principals',
  leaderLabel: 'China’s principal',
  meetingsHeld: 'meetings',
  tableTitle: 'Changes in the range',
  partner: 'Partner',
  region: 'Region',
  tierAt: 'Tier at the end of',
  rungs: 'Rungs moved',
  change: 'Change',
  meetingsBetween: 'Meetings in between',
  downloadCsv: 'Download changes.csv',
  showAll: 'Show all partners',
  showing: 'Showing',
  of: 'of',
  noneShown: 'No partner matches these filters.',
  onlyLeader: 'Only changes set in meetings held by',
  via: 'via',
  open: 'Open',
  closeCard: 'Close',
  notOnMap: 'Not on the map (regional organisations):',
  mapLabel:
    'World map of what changed in China’s partnerships between the two dates. Use the arrow keys to move between countries and Enter to open one.',
  new: 'New partnership',
  up1: 'Up one rung',
  up2: 'Up two rungs',
  up3: 'Up three rungs or more',
  same: 'Unchanged',
  down: 'Lowered or lapsed',
  none: 'No partnership at either date',
  lapsed: 'lapsed',
  renamed: 'renamed on the same rung',
  filteredOut: 'Outside the filters',
  hub: 'China',
  endOf: 'the end of',
};
type Key = keyof typeof en;
const zh: Record<Key, string> = {
  viewChanges: '变化',
  title: '两个时间点之间的变化',
  from: '起点：',
  to: '终点：',
  latest: '今天（最新）',
  legendTitle: '变化类型',
  legendHint: '点击类型，只显示这些伙伴',
  allClasses: '显示全部',
  partners: '个伙伴',
  flowsTitle: '伙伴在各层级之间的流动',
  flowsHint: '行：起点时的层级；列：终点时的层级。点击单元格列出其中的伙伴。',
  noPartnership: '无伙伴关系',
  flowPartners: '此单元格中的伙伴',
  stripTitle: '每次变化由谁确定',
  stripHint: '每个标记是一次确定或改变层级的会晤，颜色表示新层级。点击可打开。',
  allLeaders: '全部中方主要领导人',
  leaderLabel: '中方主要领导人',
  meetingsHeld: '次会晤',
  tableTitle: '期间的变化',
  partner: '伙伴',
  region: '地区',
  tierAt: '层级：',
  rungs: '变化层级数',
  change: '变化',
  meetingsBetween: '期间的会晤',
  downloadCsv: '下载 changes.csv',
  showAll: '显示全部伙伴',
  showing: '显示',
  of: '/',
  noneShown: '没有符合筛选条件的伙伴。',
  onlyLeader: '仅限以下领导人会晤确定的变化：',
  via: '经',
  open: '打开',
  closeCard: '关闭',
  notOnMap: '地图上未显示（地区组织）：',
  mapLabel: '中国伙伴关系在两个时间点之间变化的世界地图。用方向键在国家之间移动，按回车键打开。',
  new: '新建伙伴关系',
  up1: '提升一级',
  up2: '提升两级',
  up3: '提升三级或以上',
  same: '未变',
  down: '降级或失效',
  none: '两个时间点均无伙伴关系',
  lapsed: '失效',
  renamed: '同一层级内更名',
  filteredOut: '不在筛选范围内',
  hub: '中国',
  endOf: '',
};

export type ChangeTextKey = Key;
export function changeText(lang: Lang): (key: Key) => string {
  const dict = lang === 'zh' ? zh : en;
  return (key) => dict[key];
}

export function classLabel(cls: ChangeClass, lang: Lang): string {
  return changeText(lang)(cls);
}

const LEADERS_ZH: Record<string, string> = {
  'Xi Jinping': '习近平',
  'Li Qiang': '李强',
  'Li Keqiang': '李克强',
  'Hu Jintao': '胡锦涛',
  'Wen Jiabao': '温家宝',
  'Jiang Zemin': '江泽民',
  'Zhu Rongji': '朱镕基',
  'Li Peng': '李鹏',
  'Wang Yi': '王毅',
  'Yang Jiechi': '杨洁篪',
  'Li Zhaoxing': '李肇星',
  'Zeng Qinghong': '曾庆红',
};

export function leaderName(name: string, lang: Lang): string {
  return lang === 'zh' ? (LEADERS_ZH[name] ?? name) : name;
}

/** "the end of 2012", "2012年底", or today's date for the latest status. */
export function rangeEnd(year: number | null, asOf: string, lang: Lang): string {
  if (year === null) return formatDate(asOf, 'day', lang);
  return lang === 'zh' ? `${year}年底` : `the end of ${year}`;
}

/**
 * "Between the end of 2012 and the end of 2024: 12 new partnerships, 30 upgrades, 1 downgrade, 0 lapses." and
 * "2012年底至2024年底：新建伙伴关系12个，升级30个，降级1个，失效0个。", plus the principal when one is chosen.
 */
export function buildHeadline(opts: {
  summary: ChangeSummary;
  from: number;
  to: number | null;
  asOf: string;
  lang: Lang;
  leader: string | null;
}): string {
  const { summary: s, lang } = opts;
  const a = rangeEnd(opts.from, opts.asOf, lang);
  const b = rangeEnd(opts.to, opts.asOf, lang);
  if (lang === 'zh') {
    const who = opts.leader ? `（${leaderName(opts.leader, 'zh')}主持的会晤）` : '';
    return `${a}至${b}${who}：新建伙伴关系${s.established}个，升级${s.upgrades}个，降级${s.downgrades}个，失效${s.lapses}个。`;
  }
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const who = opts.leader ? ` (meetings held by ${opts.leader})` : '';
  return `Between ${a} and ${b}${who}: ${n(s.established, 'new partnership', 'new partnerships')}, ${n(s.upgrades, 'upgrade', 'upgrades')}, ${n(s.downgrades, 'downgrade', 'downgrades')}, ${n(s.lapses, 'lapse', 'lapses')}.`;
}

/** "2019 Beijing" or "March 2019, Beijing" for a meeting dated to the month. */
export function meetingShort(m: MeetingCore, lang: Lang): string {
  const when = m.date_precision === 'day' ? m.date.slice(0, 4) : formatDate(m.date, m.date_precision, lang);
  const where = m.place.city ?? m.place.country;
  if (!where) return when;
  return lang === 'zh' ? `${when}${where}` : `${when}${m.date_precision === 'day' ? '' : ','} ${where}`;
}

/** "Strategic (2013) → Comprehensive strategic (2024), via 2019 Beijing". */
export function describeChange(
  row: ChangeRow,
  fromLabel: string,
  toLabel: string,
  names: ReadonlyMap<TierId, string>,
  lang: Lang,
): string {
  const c = changeText(lang);
  const tier = (t: TierId | null) => (t ? (names.get(t) ?? t) : c('noPartnership'));
  const main = `${tier(row.tierBefore)} (${fromLabel}) → ${tier(row.tierAfter)} (${toLabel})`;
  if (row.meetings.length === 0) return main;
  const via = row.meetings.map((m) => meetingShort(m, lang)).join(lang === 'zh' ? '、' : '; ');
  return lang === 'zh' ? `${main}，${c('via')}${via}` : `${main}, ${c('via')} ${via}`;
}

export function tierLabelMap(tiers: readonly Tier[], lang: Lang): Map<TierId, string> {
  return new Map(tiers.map((t) => [t.id, lang === 'zh' ? t.short_zh : t.short_en]));
}
