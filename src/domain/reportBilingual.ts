/**
 * Wordings and joint-statement titles in both languages: the tiers' standard examples first, then the pairs the
 * dataset's meetings record, then (Chinese → English only) a word-by-word reading of the standard parts.
 */
import type { MeetingCore, TiersFile } from './schema';

interface Pairs {
  zhToEn: Map<string, string>;
  enToZh: Map<string, string>;
  statementZhToEn: Map<string, string>;
  statementEnToZh: Map<string, string>;
  /** partner id and date → the statement's English title. */
  statementByMeeting: Map<string, string>;
}
const cache = new WeakMap<TiersFile, WeakMap<readonly MeetingCore[], Pairs>>();
const NO_MEETINGS: readonly MeetingCore[] = [];

function pairs(tiers: TiersFile, meetings: readonly MeetingCore[] = NO_MEETINGS): Pairs {
  let byMeetings = cache.get(tiers);
  if (!byMeetings) cache.set(tiers, (byMeetings = new WeakMap()));
  const hit = byMeetings.get(meetings);
  if (hit) return hit;
  const p: Pairs = {
    zhToEn: new Map(),
    enToZh: new Map(),
    statementZhToEn: new Map(),
    statementEnToZh: new Map(),
    statementByMeeting: new Map(),
  };
  for (const t of tiers.tiers)
    t.examples_zh.forEach((zh, i) => {
      const en = t.examples_en[i];
      if (!en) return;
      if (!p.zhToEn.has(zh)) p.zhToEn.set(zh, en);
      if (!p.enToZh.has(en)) p.enToZh.set(en, zh);
    });
  for (const m of meetings) {
    const en = m.wording_en.split(';')[0]?.trim().toLowerCase();
    const zh = m.wording_zh?.split(/[;；]/)[0]?.trim();
    if (en && zh) {
      if (!p.zhToEn.has(zh)) p.zhToEn.set(zh, en);
      if (!p.enToZh.has(en)) p.enToZh.set(en, zh);
    }
    // Whole records (the CLI) carry their joint statement; the app's meeting cores do not.
    const js = (m as { joint_statement?: { title_en?: string; title_zh?: string | null } | null })
      .joint_statement;
    if (js?.title_en) p.statementByMeeting.set(`${m.partner_id} ${m.date}`, js.title_en);
    if (js?.title_zh && js.title_en) {
      p.statementZhToEn.set(js.title_zh, js.title_en);
      p.statementEnToZh.set(js.title_en.toLowerCase(), js.title_zh);
    }
  }
  byMeetings.set(meetings, p);
  return p;
}

/** The Chinese of a standard (or recorded) English wording. */
export function zhForWording(en: string, tiers: TiersFile, meetings?: readonly MeetingCore[]): string | null {
  return pairs(tiers, meetings).enToZh.get(en.toLowerCase()) ?? null;
}

// The order English puts the qualifiers in: "all-weather comprehensive strategic cooperative partnership".
const PARTS: [RegExp, string][] = [
  [/全天候/, 'all-weather'],
  [/永久/, 'permanent'],
  [/创新/, 'innovative'],
  [/全面/, 'comprehensive'],
  [/全方位/, 'all-round'],
  [/友好/, 'friendly'],
  [/战略/, 'strategic'],
  [/合作/, 'cooperative'],
];

/** The English of a Chinese wording: a recorded pair, else a reading of its standard parts, else null. */
export function enForWording(
  zh: string,
  tiers: TiersFile,
  meetings?: readonly MeetingCore[],
): { en: string; exact: boolean } | null {
  const known = pairs(tiers, meetings).zhToEn.get(zh);
  if (known) return { en: known, exact: true };
  let rest = zh.replace(/伙伴关系$/, '');
  const newEra = /^新时代/.test(rest);
  rest = rest.replace(/^新时代/, '');
  const coordination = /协作$/.test(rest);
  rest = rest.replace(/协作$/, '');
  const words: string[] = [];
  for (const [re, en] of PARTS) {
    if (!re.test(rest)) continue;
    if (en === 'comprehensive' && /全方位/.test(rest) && !/全面/.test(rest.replace('全方位', ''))) continue;
    words.push(en);
    rest = rest.replace(re, '');
  }
  if (rest.length > 0 || words.length === 0) return null;
  const base = `${words.join(' ')} partnership${coordination ? ' of coordination' : ''}`;
  return { en: newEra ? `${base} for a new era` : base, exact: false };
}

/** The English title of a joint statement the dataset records under this Chinese title, or the reverse. */
export function statementTitle(
  title: string,
  lang: 'zh' | 'en',
  tiers: TiersFile,
  meetings?: readonly MeetingCore[],
): string | null {
  const p = pairs(tiers, meetings);
  return (lang === 'zh' ? p.statementZhToEn.get(title) : p.statementEnToZh.get(title.toLowerCase())) ?? null;
}

/** The English title of the statement the dataset records for this partner's meeting on this date. */
export function statementOfMeeting(
  partnerId: string | null,
  date: string | null,
  tiers: TiersFile,
  meetings?: readonly MeetingCore[],
): string | null {
  if (!partnerId || !date) return null;
  return pairs(tiers, meetings).statementByMeeting.get(`${partnerId} ${date}`) ?? null;
}
