/** Interface text in English and Chinese. Data text (names, tier names) comes from the dataset. */
import type { Lang } from '../url/viewState';
import type { Partner, Region, Tier } from '../domain/schema';
import { MONTHS_EN } from '../domain/dates';

const en = {
  title: 'Partnership Atlas',
  subtitle: "How the People's Republic of China grades its relations with other countries",
  loading: 'Loading the dataset…',
  loadingMap: 'Loading the map…',
  mapError: 'The map could not be loaded',
  datasetError: 'The dataset could not be loaded',
  retry: 'Try again',
  viewMap: 'Map',
  viewLadder: 'Ladder',
  viewTable: 'Table',
  viewChanges: 'Changes',
  mainView: 'Main view',
  year: 'Year',
  asOf: 'As of the end of',
  latest: 'latest',
  play: 'Play',
  pause: 'Pause',
  prevYear: 'Previous year',
  nextYear: 'Next year',
  tiers: 'Tiers',
  allTiers: 'All tiers',
  region: 'Region',
  allRegions: 'All regions',
  search: 'Find a country',
  searchPlaceholder: 'Country or organisation, e.g. East Timor, 东帝汶',
  noMatch: 'No match',
  legendTitle: 'Tier of the relationship',
  legendHint: 'Click a rung to filter',
  filtersLabel: 'Filters',
  diplomatic: 'Diplomatic relations, no partnership',
  noRelations: 'No diplomatic relations with the PRC',
  disputed: 'Disputed status (no tier)',
  hub: 'China (incl. Hong Kong and Macao)',
  territory: 'Territory',
  partners: 'partners',
  organizations: 'Regional organisations',
  showAll: 'Show all',
  showFewer: 'Show fewer',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  zoomGroup: 'Zoom',
  filteredOut: 'Outside the current filter',
  mapLabel:
    'World map of China’s partnerships. Use the arrow keys to move between countries and Enter to open one.',
  since: 'since',
  close: 'Close',
  closePanel: 'Close the panel (or swipe it down)',
  currentTier: 'Current tier',
  noTier: 'No declared partnership',
  history: 'History',
  meetings: 'Meetings',
  climb: 'Climb up the ladder',
  date: 'Date',
  place: 'Place',
  chinaSide: 'China',
  partnerSide: 'Partner',
  tierBefore: 'Tier before',
  tierAfter: 'Tier after',
  wording: 'Wording',
  jointStatement: 'Joint statement',
  attendees: 'Attendees',
  attendeesNotListed: 'Not listed in the sources consulted',
  noJointStatement: 'None reported',
  jointStatementUnknown: 'Not found in the sources consulted',
  summary: 'Summary',
  keyPoints: 'Key points',
  sources: 'Sources',
  notes: 'Notes',
  unverified: 'Not fully verified',
  unverifiedFields: 'Not supported by a cited source:',
  evidence: 'In the source’s words',
  codebook: 'Codebook',
  codebookOpen: 'Codebook: every column of the published data files',
  codebookIntro:
    'The full dataset is published next to this page at stable paths. Each column below, with its type and meaning, is also described in datapackage.json (a Frictionless Data Package) for R, Python or a spreadsheet. Empty cells mean none or not known; a date known only to the month or year is written YYYY-MM or YYYY.',
  codebookPartners: 'one row per partner, with its status on the as_of date',
  codebookMeetings: 'one row per meeting that set or reaffirmed a relationship',
  codebookColumn: 'Column',
  codebookType: 'Type',
  codebookMeaning: 'Meaning',
  codebookOptional: 'may be empty',
  codebookValues: 'Values:',
  evidenceNone: 'No sentence from a cited source is quoted for this record yet.',
  field_date: 'date',
  field_place: 'place',
  field_china_principal: 'Chinese principal',
  field_partner_principal: 'partner’s principal',
  field_wording_en: 'English wording',
  field_wording_zh: 'Chinese wording',
  field_change: 'type of change',
  field_tier_before: 'tier before',
  field_tier_after: 'tier after',
  opensNewTab: '(opens in a new tab)',
  none: 'none',
  backToPartner: 'Back to partner',
  ladderNow: 'Partners on each rung',
  ladderOverTime: 'The ladder over time',
  ladderOverTimeHint: 'Partners on each rung at the end of each year',
  tablePartner: 'Partner',
  tableRegion: 'Region',
  tableTier: 'Tier',
  tableWording: 'Wording',
  tableTierSince: 'On this rung since',
  tableSince: 'Wording since',
  tableLastMeeting: 'Last meeting',
  tableClimb: 'Rungs climbed since',
  tableCaption: 'Partners of China and their tier',
  rows: 'rows',
  methodology: 'Methodology',
  importReport: 'Import a report',
  source: 'Source',
  dataset: 'Dataset',
  version: 'version',
  invalidParams: 'Some link parameters were not understood and were ignored:',
  invalidParamsShort: 'Ignored in the link:',
  framedExplain: 'The atlas opens in its own window, not inside another site.',
  framedOpen: 'Open the Partnership Atlas in a new tab',
  framedEmbed: 'To show a chart on your site, embed it with the embed parameter:',
  change_established: 'established',
  change_upgraded: 'upgraded',
  change_renamed: 'renamed',
  change_reaffirmed: 'reaffirmed',
  change_downgraded: 'downgraded',
  communityFlag: 'Community with a shared future',
  rank: 'Rung',
  of: 'of',
  signals: 'What it usually signals',
  skipToContent: 'Skip to content',
  yearAnnounce: 'Showing the status at the end of',
  count: 'Count',
  lapsed: 'lapsed',
  relationsSince: 'Diplomatic relations since',
  recognisesTaipei: 'No diplomatic relations',
  members: 'Members',
  shareOrExport: 'Share or export',
  language: '中文',
  languageLabel: 'Switch the interface to Chinese',
  precision_month: 'month known, day unknown',
  precision_year: 'year known only',
  overview: 'Overview',
  overviewTitle: 'China’s partnership ladder',
  overviewIntro:
    'Beijing grades its relations on a ladder of seven rungs, from a plain partnership to Russia’s “coordination for a new era”. Colour shows each partner’s rung at the end of the chosen year. Click a country or an organisation to read its history meeting by meeting; click a rung to filter; move the year to go back in time.',
  latestChanges: 'Latest changes',
  noChangesForFilter: 'No change matches the filters up to this year.',
  loadingDetails: 'Loading the statement, attendees and sources…',
};

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  title: '伙伴关系图集',
  subtitle: '中华人民共和国如何为同各国的关系定位',
  loading: '正在加载数据…',
  loadingMap: '正在加载地图…',
  mapError: '地图无法加载',
  datasetError: '数据无法加载',
  retry: '重试',
  viewMap: '地图',
  viewLadder: '层级',
  viewTable: '表格',
  viewChanges: '变化',
  mainView: '主视图',
  year: '年份',
  asOf: '截至',
  latest: '最新',
  play: '播放',
  pause: '暂停',
  prevYear: '上一年',
  nextYear: '下一年',
  tiers: '层级',
  allTiers: '全部层级',
  region: '地区',
  allRegions: '全部地区',
  search: '查找国家',
  searchPlaceholder: '国家或组织，如 东帝汶、East Timor',
  noMatch: '无匹配',
  legendTitle: '关系定位层级',
  legendHint: '点击层级进行筛选',
  filtersLabel: '筛选',
  diplomatic: '已建交，未建立伙伴关系',
  noRelations: '未与中华人民共和国建交',
  disputed: '地位有争议（不定层级）',
  hub: '中国（含香港、澳门）',
  territory: '属地',
  partners: '个伙伴',
  organizations: '地区组织',
  showAll: '全部显示',
  showFewer: '收起',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '还原',
  zoomGroup: '缩放',
  filteredOut: '不在当前筛选范围内',
  mapLabel: '中国伙伴关系世界地图。用方向键在国家间移动，按回车键打开。',
  since: '始于',
  close: '关闭',
  closePanel: '关闭面板（或向下滑动）',
  currentTier: '当前层级',
  noTier: '未宣布伙伴关系',
  history: '历程',
  meetings: '会晤',
  climb: '层级变化',
  date: '日期',
  place: '地点',
  chinaSide: '中方',
  partnerSide: '对方',
  tierBefore: '此前层级',
  tierAfter: '此后层级',
  wording: '表述',
  jointStatement: '联合声明',
  attendees: '出席者',
  attendeesNotListed: '所查来源未列出',
  noJointStatement: '未见发表',
  jointStatementUnknown: '所查来源未见',
  summary: '概要',
  keyPoints: '要点',
  sources: '来源',
  notes: '说明',
  unverified: '未完全核实',
  unverifiedFields: '以下内容未见于所引来源：',
  evidence: '来源原文',
  codebook: '数据字典',
  codebookOpen: '数据字典：所发布数据文件的每一列',
  codebookIntro:
    '完整数据集以固定路径与本页一同发布。下表列出每一列的类型和含义（列说明为英文），datapackage.json（Frictionless 数据包）中亦有相同说明，可供 R、Python 或电子表格使用。空白表示无或未知；仅知年月或年份的日期写作 YYYY-MM 或 YYYY。',
  codebookPartners: '每个伙伴一行，列出其在 as_of 日期的状态',
  codebookMeetings: '每次确立或重申关系的会晤一行',
  codebookColumn: '列',
  codebookType: '类型',
  codebookMeaning: '含义',
  codebookOptional: '可为空',
  codebookValues: '取值：',
  evidenceNone: '本条记录尚未摘引来源原句。',
  field_date: '日期',
  field_place: '地点',
  field_china_principal: '中方主要领导人',
  field_partner_principal: '对方主要领导人',
  field_wording_en: '英文表述',
  field_wording_zh: '中文表述',
  field_change: '变化类型',
  field_tier_before: '此前层级',
  field_tier_after: '此后层级',
  opensNewTab: '（在新标签页打开）',
  none: '无',
  backToPartner: '返回伙伴',
  ladderNow: '各层级伙伴数量',
  ladderOverTime: '层级随时间变化',
  ladderOverTimeHint: '每年年末各层级的伙伴数量',
  tablePartner: '伙伴',
  tableRegion: '地区',
  tableTier: '层级',
  tableWording: '表述',
  tableTierSince: '处于该层级始于',
  tableSince: '现行表述始于',
  tableLastMeeting: '最近会晤',
  tableClimb: '层级提升，自',
  tableCaption: '中国的伙伴及其层级',
  rows: '行',
  methodology: '方法说明',
  importReport: '导入报道',
  source: '来源',
  dataset: '数据集',
  version: '版本',
  invalidParams: '链接中有些参数无法识别，已忽略：',
  invalidParamsShort: '链接中已忽略：',
  framedExplain: '本图集在独立窗口中打开，不在其他网站的框架内运行。',
  framedOpen: '在新标签页中打开伙伴关系图集',
  framedEmbed: '如需在您的网站上展示图表，请使用 embed 参数嵌入：',
  change_established: '建立',
  change_upgraded: '提升',
  change_renamed: '更名',
  change_reaffirmed: '重申',
  change_downgraded: '降级',
  communityFlag: '命运共同体',
  rank: '层级',
  of: '/',
  signals: '通常含义',
  skipToContent: '跳到正文',
  yearAnnounce: '显示截至该年年末的定位：',
  count: '数量',
  lapsed: '中断',
  relationsSince: '建交时间',
  recognisesTaipei: '未建交',
  members: '成员',
  shareOrExport: '分享或导出',
  language: 'English',
  languageLabel: 'Switch the interface to English',
  precision_month: '仅知月份',
  precision_year: '仅知年份',
  overview: '概览',
  overviewTitle: '中国的伙伴关系层级',
  overviewIntro:
    '中国把双边关系分为七个层级，从一般伙伴关系到中俄“新时代全面战略协作伙伴关系”。颜色表示各伙伴在所选年份年末所处的层级。点击国家或组织可逐次查看会晤历程；点击层级进行筛选；拖动年份回看历史。',
  latestChanges: '最新变化',
  noChangesForFilter: '截至该年，没有符合筛选条件的变化。',
  loadingDetails: '正在加载联合声明、出席者和来源…',
};

const REGION_ZH: Record<Region, string> = {
  Africa: '非洲',
  Americas: '美洲',
  Asia: '亚洲',
  Europe: '欧洲',
  'Middle East': '中东',
  Oceania: '大洋洲',
  Multiregional: '跨地区',
};

export type Translate = (key: MessageKey) => string;

export function translator(lang: Lang): Translate {
  const dict = lang === 'zh' ? zh : en;
  return (key) => dict[key];
}

/**
 * The Han characters the English interface itself shows (the language button, the search example). The build ships a
 * tiny font with just these (vite.config.ts, cjkUiFont) so they never render as empty boxes on systems without a
 * Chinese font; everything else Chinese loads Noto Sans SC on demand (src/ui/cjkFont.ts).
 */
export function englishInterfaceHan(): string[] {
  const chars = new Set<string>();
  for (const text of Object.values(en)) for (const c of text) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  return [...chars].sort();
}

export function partnerName(partner: Pick<Partner, 'name_en' | 'name_zh'>, lang: Lang): string {
  return lang === 'zh' ? partner.name_zh : partner.name_en;
}

export function tierName(tier: Pick<Tier, 'name_en' | 'name_zh'>, lang: Lang): string {
  return lang === 'zh' ? tier.name_zh : tier.name_en;
}

export function tierShortName(tier: Pick<Tier, 'short_en' | 'short_zh'>, lang: Lang): string {
  return lang === 'zh' ? tier.short_zh : tier.short_en;
}

export function regionName(region: Region, lang: Lang): string {
  return lang === 'zh' ? REGION_ZH[region] : region;
}

// formatDate runs for every shape on every repaint: month names come from a fixed table, not Intl.

/** U+2060 WORD JOINER and U+00A0 NO-BREAK SPACE: a date never breaks across lines (年 月 日 allow breaks in Chinese). */
const WJ = '\u2060';
const NBSP = '\u00a0';

export function formatDate(date: string, precision: 'day' | 'month' | 'year', lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') {
    if (precision === 'year') return `${y}${WJ}年`;
    if (precision === 'month') return `${y}${WJ}年${WJ}${m}${WJ}月`;
    return `${y}${WJ}年${WJ}${m}${WJ}月${WJ}${d}${WJ}日`;
  }
  const month = MONTHS_EN[m - 1] ?? '';
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${month}${NBSP}${y}`;
  return `${d}${NBSP}${month}${NBSP}${y}`;
}
