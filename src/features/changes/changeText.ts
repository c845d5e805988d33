/** The change view's sentences computed from its numbers (its words are in the one dictionary, ui/i18n.ts). */
import type { ChangeClass, ChangeRow, ChangeSummary } from '../../domain/changes';
import type { MeetingCore, Tier, TierId } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { formatDate } from '../../ui/format';
import { changeText } from '../../ui/text/changes';

export { changeText };

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

/** The tiers' full names in the interface's language (the subtitle and exports name them in full). */
export function tierFullNameMap(tiers: readonly Tier[], lang: Lang): Map<TierId, string> {
  return new Map(tiers.map((t) => [t.id, lang === 'zh' ? t.name_zh : t.name_en]));
}
