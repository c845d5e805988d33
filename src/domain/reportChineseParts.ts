/** Wording, community, joint statement, people and place in Chinese reports. */
import type { Partner } from './schema';
import { shortFormCandidates } from './reportChinesePartner';
import { ZH_LEADERS } from './reportTables';
import { HAN } from './reportText';
import { ZH_CITIES, ZH_PARTNER_LEADERS, ZH_TITLES, ZH_VENUES, ZH_WORDING_PARTS } from './reportZhTables';

export interface ZhWordingHit {
  /** As written, without a 中X prefix: 全面战略合作伙伴关系. */
  wording: string;
  /** The sentence and where in it the wording starts. */
  sentence: string;
  at: number;
  /** The short form before it (中加 → 加), if any. */
  short: string | null;
}

/** Partnership wordings in a sentence; not trade agreements (…伙伴关系协定) nor bare 伙伴关系. */
export function zhWordings(sentence: string): ZhWordingHit[] {
  const out: ZhWordingHit[] = [];
  for (const m of sentence.matchAll(/伙伴关系/g)) {
    const end = (m.index ?? 0) + m[0].length;
    if (/^协定|^协议/.test(sentence.slice(end))) continue;
    let start = m.index ?? 0;
    for (;;) {
      const part = ZH_WORDING_PARTS.find((p) => sentence.slice(0, start).endsWith(p));
      if (!part) break;
      start -= part.length;
    }
    let wording = sentence.slice(start, end).replace(/^的+/, '');
    start = end - wording.length;
    if (wording === '伙伴关系') continue;
    const before = sentence.slice(Math.max(0, start - 4), start);
    const short = /中([\u3400-\u9fff]{1,2})(?:两国)?$/.exec(before)?.[1] ?? null;
    wording = wording.replace(/^的/, '');
    out.push({ wording, sentence, at: start, short });
  }
  return out;
}

/** A 中X (or X中) prefix that names another partner or a region, not this one. */
export function otherSide(short: string | null, partner: Partner | null, partners: readonly Partner[]) {
  if (!short || !partner) return false;
  const candidates = shortFormCandidates(short, partners);
  return !candidates.some((p) => p.id === partner.id);
}

const REGIONAL =
  /人类|中国[—－-]|中非|中拉|中欧|亚太|周边|网络空间|海洋|卫生健康|澜湄|全球|地区|非洲|阿拉伯|东盟|中亚/;

/** A bilateral community with a shared future: 中巴命运共同体, 两国命运共同体; not 人类命运共同体 nor a regional one. */
export function zhCommunity(sentences: string[], partner: Partner | null, partners: readonly Partner[]) {
  for (const s of sentences)
    for (const m of s.matchAll(/命运共同体/g)) {
      const before = s.slice(Math.max(0, (m.index ?? 0) - 14), m.index);
      const phrase = /[^，。；：“”]*$/.exec(before)?.[0] ?? '';
      if (REGIONAL.test(phrase.slice(-8)) || /、中[\u3400-\u9fff]$/.test(phrase)) continue;
      if (/中[\u3400-\u9fff]、$/.test(phrase.replace(/中[\u3400-\u9fff]{1,2}$/, ''))) continue;
      const short = /中([\u3400-\u9fff]{1,2})$/.exec(phrase)?.[1] ?? null;
      if (short) {
        if (!otherSide(short, partner, partners) || (partner && short.startsWith(partner.name_zh)))
          return true;
        continue;
      }
      if (/两国|双边|世代友好|休戚与共/.test(phrase)) return true;
      if (partner && phrase.includes(partner.name_zh)) return true;
    }
  return false;
}

/** The joint statement issued at the meeting: 《…联合声明》 after 发表/签署, not one from an earlier year. */
export function zhStatement(sentences: string[]): { title: string | null; mentioned: boolean } {
  let mentioned = false;
  for (const s of sentences) {
    if (!/联合(?:成果)?(?:声明|宣言|公报)/.test(s)) continue;
    if (/\d{4}年|此前|曾/.test(s.split('联合')[0] ?? '')) continue;
    mentioned = true;
    const m = /《([^》]*联合(?:成果)?(?:声明|宣言|公报)[^》]*)》/.exec(s);
    if (m?.[1] && !/将发表|将签署/.test(s.slice(0, m.index))) return { title: m[1], mentioned };
  }
  return { title: null, mentioned };
}

const ZH_LEADER_NAMES = Object.keys(ZH_LEADERS).sort((a, b) => b.length - a.length);

/** China's principal: the first Chinese leader the report names, with a title when written with one. */
export function zhChinaLeader(text: string): { name: string; title: string | null } | null {
  let best: { at: number; key: string } | null = null;
  for (const key of ZH_LEADER_NAMES) {
    if (key === '彭丽媛') continue;
    const at = text.indexOf(key);
    if (at >= 0 && (!best || at < best.at)) best = { at, key };
  }
  if (!best) return null;
  const before = text.slice(Math.max(0, best.at - 5), best.at);
  const after = text.slice(best.at + best.key.length, best.at + best.key.length + 2);
  const title =
    /国家主席$/.test(before) || /^主席/.test(after)
      ? 'President'
      : /总理$/.test(before) || /^总理/.test(after)
        ? 'Premier'
        : null;
  return { name: ZH_LEADERS[best.key] ?? best.key, title };
}

const TITLE_RE = ZH_TITLES.map(([zh]) => zh).join('|');
const titleEn = (zh: string) => ZH_TITLES.find(([z]) => z === zh)?.[1] ?? null;
const NOT_NAME = '举行|会谈|会见|会晤|共同|表示|时|并|在|出席|和|及|进行|一道|通电话';
const NAME_END = '(?=[，。、（(]|举行|会谈|会见|会晤|时|并|在|共同|出席|表示|说|邀请|举行)';

/** The partner's principal: 巴勒斯坦总统阿巴斯, 同热恩别科夫总统举行会谈, in English where the table knows the name. */
export function zhPartnerLeader(text: string, partner: Partner | null) {
  if (!partner) return null;
  const names = [partner.name_zh, ...partner.aliases.filter((a) => /[\u3400-\u9fff]/.test(a))];
  const side = names.sort((a, b) => b.length - a.length).join('|');
  let title: string | null = null;
  let name: string | null = null;
  const known = Object.keys(ZH_PARTNER_LEADERS).sort((a, b) => b.length - a.length);
  const a = new RegExp(`(?:${side})(${TITLE_RE})(?!${NOT_NAME})([${HAN}·－-]{2,14}?)${NAME_END}`).exec(text);
  if (a) {
    title = titleEn(a[1] ?? '');
    name = a[2] ?? null;
  } else {
    const b = new RegExp(`同(?!${NOT_NAME})([${HAN}·－-]{2,14}?)(${TITLE_RE})(?:举行)?(?:会谈|会晤)`).exec(
      text,
    );
    if (b && !ZH_LEADER_NAMES.includes(b[1] ?? '')) {
      name = b[1] ?? null;
      title = titleEn(b[2] ?? '');
    }
  }
  if (!name) return null;
  // A known name at the start of what was read ("阿巴斯举行" is cut at 举行; "约翰·基" is whole).
  const key = known.find((k) => name?.startsWith(k));
  return { zh: key ?? name, en: key ? (ZH_PARTNER_LEADERS[key] ?? null) : null, title };
}

/** Attendees from the closing line: 蔡奇、王毅等参加会谈, 外长王毅参加会见, …出席上述活动. */
export function zhAttendees(sentences: string[], principal: string | null) {
  const names: string[] = [];
  const unknown: string[] = [];
  for (const s of sentences) {
    const m = new RegExp(
      `^([${HAN}、·]{2,80}?)等?(?:参加|出席)(会谈|会见|会晤|上述活动|有关活动|活动)?。?$`,
    ).exec(s);
    if (!m?.[1] || /陪同/.test(m[1])) continue;
    for (const part of m[1].split('、')) {
      const key = ZH_LEADER_NAMES.find((k) => part.endsWith(k));
      const en = key ? (ZH_LEADERS[key] ?? key) : null;
      if (en === principal) continue;
      if (en) names.push(en);
      else {
        names.push(part);
        unknown.push(part);
      }
    }
    break;
  }
  return { names, unknown };
}

/** The city: named with the meeting (在达卡同…), else a venue (人民大会堂), else the arrival, else the dateline. */
export function zhPlace(sentences: string[], text: string) {
  const cities = Object.keys(ZH_CITIES).sort((a, b) => b.length - a.length);
  const venue = ZH_VENUES.find(([zh]) => text.includes(zh)) ?? null;
  const cityIn = (s: string, re: (c: string) => RegExp) => cities.find((c) => re(c).test(s));
  for (const s of sentences) {
    if (!/会谈|会见|会晤/.test(s)) continue;
    const c = cityIn(s, (c) => new RegExp(`在${c}`));
    if (c) return { city: ZH_CITIES[c] ?? c, venue: venue?.[1] ?? null, how: 'meeting' };
  }
  if (venue) return { city: venue[2], venue: venue[1], how: 'venue' };
  for (const s of sentences) {
    const c = cityIn(s, (c) => new RegExp(`抵达${c}|在${c}`));
    if (c && /抵达|访问/.test(s)) return { city: ZH_CITIES[c] ?? c, venue: null, how: 'arrival' };
  }
  const dl = /新华社([\u3400-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日电/.exec(text);
  if (dl?.[1] && ZH_CITIES[dl[1]]) return { city: ZH_CITIES[dl[1]] ?? null, venue: null, how: 'dateline' };
  const any = [...new Set(cities.filter((c) => text.includes(c)))];
  if (any.length === 1 && any[0]) return { city: ZH_CITIES[any[0]] ?? null, venue: null, how: 'guess' };
  return { city: null, venue: null, how: 'none' };
}
