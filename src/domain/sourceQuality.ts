/**
 * What makes a source citable, as rules the tests apply to every record: no hosts no one should cite, and evidence
 * that states the recorded wording.
 */
import type { MeetingCore } from './schema';

/** Kinds of host a researcher should never be sent to, each with a reason a reader understands. */
export const BAD_SOURCE_PATTERNS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^https?:\/\/\d{1,3}(\.\d{1,3}){3}([:/]|$)/, reason: 'a bare IP address' },
  {
    pattern: /\.blogspot\.|\.wordpress\.com|blog\.org\b|thesafiablog|oracleblog/,
    reason: 'a blog mirror of copied text',
  },
  {
    pattern: /wikipedia|wikisource|wiki-gateway|wiwiki|kiwix|wikicn|zwbk2009|baike/,
    reason: 'a wiki or a wiki mirror',
  },
  {
    pattern: /\/\/(staging|preprod|test|dev)[.-]|-staging\.|\.pages\.dev|\.workers\.dev|azurewebsites\.net/,
    reason: 'a staging, test or hosting-preview host',
  },
  { pattern: /cctvcontent\.com|cctvpioneer\.cn|kfd\.me/, reason: 'a look-alike domain' },
  {
    pattern:
      /rssing\.com|exbulletin|tellerreport|breakinglatest|socialnews\.xyz|freewechat|aoweibang|newsbreak/,
    reason: 'an aggregator',
  },
  {
    pattern:
      /markspestcontrol|johnnytowncar|spamchronicles|baogaosu|haolvshi|gaozhaiedu|vzufida|axyjyo|xingmingjy|folksfolks|haosuyi|shiyibao|bobomg|yibada|jingcity|dcwnkz|58z\.net|shuoxu|suiniann|elibrary\.tips|huqiu\.com|ejdz\.cn|opst\.cn|digest-daily|wendadaohang|szzxlqgc|277762\.cc|ehehner|cnenc\.net/,
    reason: 'a content farm or a hijacked site carrying copied text',
  },
  {
    pattern: /qbook\.qq\.com|qnote\.qq\.com|ibooks\.qq\.com|dushu\.com|hujiang\.com/,
    reason: 'a book or study site',
  },
  { pattern: /dailymail\.co\.uk/, reason: 'a tabloid' },
];

/** Why a URL must not be cited, or null when its host is acceptable. */
export function badSourceReason(url: string): string | null {
  const lower = url.toLowerCase();
  return BAD_SOURCE_PATTERNS.find((p) => p.pattern.test(lower))?.reason ?? null;
}

/** Events that set a tier: an establishment, upgrade, renaming or downgrade (a reaffirmation sets nothing new). */
export function isTierSetting(m: Pick<MeetingCore, 'change'>): boolean {
  return m.change !== 'reaffirmed';
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[‘’]/g, "'");

/** Whether an evidence quote names the recorded wording, in Chinese or (case-insensitively) in English. */
export function quoteNamesWording(quote: string, m: Pick<MeetingCore, 'wording_en' | 'wording_zh'>): boolean {
  if (m.wording_zh && chineseWordingPattern(m.wording_zh).test(quote.replace(/\s+/g, ''))) return true;
  return fold(quote).includes(fold(m.wording_en));
}

/**
 * The Chinese wording as written, allowing the two-country abbreviation that Chinese texts insert inside it
 * ("新时代中乌全面战略伙伴关系" for 新时代全面战略伙伴关系), at one place only.
 */
function chineseWordingPattern(wording: string): RegExp {
  const chars = [...wording.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const options = chars.map((_, i) =>
    [...chars.slice(0, i), '(?:中[\\u4e00-\\u9fff])', ...chars.slice(i)].join(''),
  );
  return new RegExp(`${chars.join('')}|${options.join('|')}`);
}
