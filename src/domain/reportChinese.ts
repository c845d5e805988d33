/** The Chinese reader: a 新华社/CCTV/MFA report in Chinese → a draft meeting record. */
import { tierForWording } from './tiers';
import { findPartnerHits } from './reportPartners';
import { settleChange } from './reportSettle';
import { ZH_LEADERS } from './reportTables';
import { escapeRe, HAN, isoDate } from './reportText';
import { Review, type DraftMeeting, type ExtractOptions } from './reportTypes';

// prettier-ignore
const ZH_CITIES: Record<string, string> = {
  北京: 'Beijing', 杭州: 'Hangzhou', 上海: 'Shanghai', 西安: "Xi'an", 天津: 'Tianjin', 青岛: 'Qingdao', 成都: 'Chengdu',
  三亚: 'Sanya', 厦门: 'Xiamen', 广州: 'Guangzhou', 深圳: 'Shenzhen', 武汉: 'Wuhan', 南宁: 'Nanning', 昆明: 'Kunming',
  撒马尔罕: 'Samarkand', 阿斯塔纳: 'Astana', 河内: 'Hanoi', 莫斯科: 'Moscow', 明斯克: 'Minsk', 布达佩斯: 'Budapest',
  贝尔格莱德: 'Belgrade', 巴黎: 'Paris', 柏林: 'Berlin', 伦敦: 'London', 金边: 'Phnom Penh', 万象: 'Vientiane',
  雅加达: 'Jakarta', 曼谷: 'Bangkok', 杜尚别: 'Dushanbe', 比什凯克: 'Bishkek',
};
const ZH_TITLES: [string, string][] = [
  ['国家副主席', 'Vice President'],
  ['国家主席', 'President'],
  ['国务院总理', 'Premier'],
  ['总书记', 'General Secretary'],
  ['总统', 'President'],
  ['总理', 'Prime Minister'],
  ['首相', 'Prime Minister'],
  ['国王', 'King'],
  ['苏丹', 'Sultan'],
  ['埃米尔', 'Emir'],
  ['王储', 'Crown Prince'],
];

export function readChinese(text: string, options: ExtractOptions): DraftMeeting {
  const review = new Review();
  const { flag, notes } = review;
  const sentences = text
    .split(/(?<=[。！？\n])/)
    .map((x) => x.trim())
    .filter(Boolean);

  // Partner: the most often named, by Chinese name or alias.
  const counts = new Map<string, number>();
  for (const h of findPartnerHits(text, options.partners)) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const partnerId = ranked[0]?.[0] ?? null;
  if (!partnerId) flag('partner_id', 'no partner country or organization found');
  else if (ranked[1] && ranked[1][1] >= (ranked[0]?.[1] ?? 0))
    flag('partner_id', `both ${partnerId} and ${ranked[1][0]} are named`);
  const partner = options.partners.find((p) => p.id === partnerId) ?? null;
  const zhNames = partner
    ? [partner.name_zh, ...partner.aliases.filter((a) => /[\u3400-\u9fff]/.test(a))]
    : [];

  // Date: header, a full 年月日 date, or the dateline (新华社杭州9月22日电) with --year.
  const dateline = new RegExp(`新华社([${HAN}]{2,6}?)(\\d{1,2})月(\\d{1,2})日电`).exec(text);
  let date: string | null = null;
  const header = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/i.exec(text);
  const full = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (header) date = isoDate(Number(header[1]), Number(header[2]), Number(header[3]));
  else if (full) date = isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  else if (dateline) {
    const year = options.year ?? null;
    date = year ? isoDate(year, Number(dateline[2]), Number(dateline[3])) : null;
    if (!year) flag('date', 'the year is not in the text: pass --year');
  }
  if (!date && !review.has('date')) flag('date', 'no date in the text');

  // City: 在杭州会见, else the dateline.
  let city: string | null = null;
  for (const [zh, en] of Object.entries(ZH_CITIES)) if (new RegExp(`在${zh}`).test(text)) city = city ?? en;
  if (!city && dateline?.[1]) city = ZH_CITIES[dateline[1]] ?? dateline[1];
  if (!city) flag('city', 'no city found');
  else if (!/^[A-Za-z]/.test(city)) flag('city', 'the city is given in Chinese only');

  // China's principal.
  let chinaLeader: string | null = null;
  let chinaTitle: string | null = null;
  const titled = new RegExp(`(国家主席|国务院总理|国家副主席|总书记)([${HAN}]{2,3})`).exec(text);
  const titledName = titled ? Object.keys(ZH_LEADERS).find((k) => titled[2]?.startsWith(k)) : undefined;
  if (titled && titledName) {
    chinaLeader = ZH_LEADERS[titledName] ?? null;
    chinaTitle = ZH_TITLES.find(([zh]) => zh === titled[1])?.[1] ?? null;
  } else {
    const first = Object.keys(ZH_LEADERS)
      .map((k) => ({ k, at: text.indexOf(k) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (first) chinaLeader = ZH_LEADERS[first.k] ?? null;
  }
  if (!chinaLeader) flag('china_leader', 'no Chinese leader found');

  // Partner's principal: 叙利亚总统巴沙尔 (kept in Chinese, flagged).
  let partnerLeader: string | null = null;
  let partnerTitle: string | null = null;
  if (zhNames.length) {
    const re = new RegExp(
      `(?:${zhNames.map(escapeRe).join('|')})(${ZH_TITLES.map(([zh]) => zh).join('|')})([${HAN}·]{2,12}?)(?=[，。、（(]|举行|会谈|会见|时|并|在|共同|出席|表示|说)`,
    );
    const m = re.exec(text);
    if (m) {
      partnerTitle = ZH_TITLES.find(([zh]) => zh === m[1])?.[1] ?? null;
      partnerLeader = m[2] ?? null;
      flag('partner_leader', 'the name is in Chinese; give it as the partner writes it in English');
    }
  }
  if (!partnerLeader) flag('partner_leader', 'no partner leader found');
  if (!partnerTitle) flag('partner_leader_title', 'no title found');

  // Wording and change: 提升为/升级为 … 伙伴关系, 建立 … 伙伴关系.
  let changeVerb: 'upgraded' | 'established' | null = null;
  let wordingZh: string | null = null;
  for (const s of sentences) {
    const m = new RegExp(`(提升为|升级为|提升至|提升到|建立)([${HAN}]{0,20}?伙伴关系)`).exec(s);
    if (!m || /建交|周年/.test(s.slice(0, m.index))) continue;
    changeVerb = m[1] === '建立' ? 'established' : 'upgraded';
    wordingZh = m[2] ?? null;
    break;
  }
  if (!wordingZh) wordingZh = new RegExp(`([${HAN}]{2,20}?伙伴关系)`).exec(text)?.[1] ?? null;
  if (wordingZh)
    wordingZh = wordingZh.replace(/^(?:两国|双方|中国同[^战全新友合永]{1,8}|中[^全战新友合永国])/, '');
  const tierAfter = wordingZh ? tierForWording(options.tiers.rules, '', wordingZh) : null;
  let wording: string | null = null;
  for (const t of options.tiers.tiers) {
    const i = wordingZh ? t.examples_zh.indexOf(wordingZh) : -1;
    if (i >= 0) wording = t.examples_en[i] ?? null;
  }
  if (!wordingZh) flag('wording_en', 'no partnership wording found');
  else if (!wording) flag('wording_en', `no standard English wording for "${wordingZh}"`);
  if (wordingZh && !tierAfter) flag('tier_after', `no rule maps "${wordingZh}" to a tier`);

  const community = sentences.some(
    (s) =>
      /命运共同体/.test(s) &&
      !/人类命运共同体/.test(s) &&
      (/两国|双边/.test(s) || zhNames.some((n) => s.includes(n))),
  );
  const statementTitle = /《([^》]*联合(?:声明|宣言|公报)[^》]*)》/.exec(text)?.[1] ?? null;
  if (statementTitle) flag('joint_statement', 'the title is in Chinese; give the English title');
  else if (/联合(?:声明|宣言|公报)/.test(text))
    flag('joint_statement', 'a joint statement is mentioned without a title');

  const attendees: string[] = [];
  const att = new RegExp(`([${HAN}、]{2,60}?)等?(?:参加|出席)(?:会见|会谈|上述活动|活动)`).exec(text);
  if (att?.[1])
    for (const n of att[1].split('、')) {
      const key = Object.keys(ZH_LEADERS).find((k) => n.endsWith(k));
      if (key && ZH_LEADERS[key] !== chinaLeader) attendees.push(ZH_LEADERS[key] ?? key);
    }

  const { change, tierBefore } = settleChange({
    partnerId,
    date,
    options,
    statedBefore: null,
    changeVerb,
    wording: wording ?? wordingZh,
    tierAfter,
    reaffirms: community || statementTitle !== null || /重申/.test(text),
    flag,
    notes,
  });
  return {
    partner_id: partnerId,
    date,
    city,
    china_leader: chinaLeader,
    partner_leader: partnerLeader,
    partner_leader_title: partnerTitle,
    tier_before: tierBefore,
    tier_after: tierAfter,
    wording_en: wording,
    wording_zh: wordingZh,
    change,
    community_with_shared_future: community,
    joint_statement: statementTitle,
    joint_statement_zh: statementTitle,
    attendees,
    needs_review: review.ordered(),
    country: city && ['Beijing', 'Hangzhou', 'Shanghai', "Xi'an", 'Tianjin'].includes(city) ? 'China' : null,
    venue: null,
    china_leader_title: chinaTitle,
    notes,
    related: wordingZh !== null || (partnerId !== null && chinaLeader !== null),
  };
}
