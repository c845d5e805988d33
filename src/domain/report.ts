/**
 * Report ingest: `extractMeeting(text)` reads a wire report (Xinhua, MFA) about a meeting between a Chinese
 * leader and a partner and returns a draft meeting record. Pure: no files, no DOM, no React. The ingest
 * CLI (src/cli/ingest.ts) and the in-app "Import a report" panel share it.
 *
 * What the extractor cannot settle it lists in `needs_review` instead of guessing. Decisions (docs/ingest.md):
 * - tier_before: the tier the report states ("from a strategic partnership to ..."); otherwise, when the
 *   dataset's meetings are passed in, the partner's status on the day before the meeting; otherwise null.
 *   A missing tier_before is not flagged.
 * - change: the report's verbs (elevate/upgrade → upgraded; establish → established) corrected by the tier
 *   before: an "establishment" on top of an existing lower tier is an upgrade; the same tier under a new
 *   wording is a renaming. A report that only restates the current partnership gives `none`, or `reaffirmed`
 *   when it issues a joint statement, declares a community with a shared future or says "reaffirm".
 * - joint_statement: the title as written (quoted or capitalised); a lower-case description such as
 *   "a joint statement on the establishment of ..." is kept as written and flagged for review.
 */
import type { Change, Meeting, MeetingCore, Partner, Source, TierId, TiersFile } from './schema';
import { tierForWording, tierRank } from './tiers';
import { statusOn } from './status';
import { CORE_FACT_FIELDS } from './ids';

export type DraftChange = Change | 'none';

/** The fields of a draft, in output order (the ingest CLI prints exactly these). */
export const DRAFT_FIELDS = [
  'partner_id',
  'date',
  'city',
  'china_leader',
  'partner_leader',
  'partner_leader_title',
  'tier_before',
  'tier_after',
  'wording_en',
  'change',
  'community_with_shared_future',
  'joint_statement',
  'attendees',
  'needs_review',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type ReviewField = Exclude<DraftField, 'needs_review'>;

export interface DraftRecord {
  partner_id: string | null;
  date: string | null;
  city: string | null;
  china_leader: string | null;
  partner_leader: string | null;
  partner_leader_title: string | null;
  tier_before: TierId | null;
  tier_after: TierId | null;
  wording_en: string | null;
  change: DraftChange | null;
  community_with_shared_future: boolean;
  joint_statement: string | null;
  attendees: string[];
  needs_review: ReviewField[];
}

/** The draft plus what the extractor found on the way (not printed by the CLI). */
export interface DraftMeeting extends DraftRecord {
  country: string | null;
  venue: string | null;
  china_leader_title: string | null;
  /** Why each field in needs_review is there, and where inferred values came from. */
  notes: string[];
  /** false when the text names no partnership wording and not both a partner and a Chinese leader. */
  related: boolean;
}

export interface ExtractOptions {
  year?: number;
  partners: readonly Partner[];
  tiers: TiersFile;
  meetings?: readonly MeetingCore[];
}

/** The printed form: exactly DRAFT_FIELDS, in order. */
export function toDraftRecord(draft: DraftRecord): DraftRecord {
  return {
    partner_id: draft.partner_id,
    date: draft.date,
    city: draft.city,
    china_leader: draft.china_leader,
    partner_leader: draft.partner_leader,
    partner_leader_title: draft.partner_leader_title,
    tier_before: draft.tier_before,
    tier_after: draft.tier_after,
    wording_en: draft.wording_en,
    change: draft.change,
    community_with_shared_future: draft.community_with_shared_future,
    joint_statement: draft.joint_statement,
    attendees: [...draft.attendees],
    needs_review: [...draft.needs_review],
  };
}

/** A reason the text cannot be read at all (empty or binary), or null. */
export function unreadableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'the file is binary (it contains NUL bytes)';
  if (text.trim().length === 0) return 'the file is empty';
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\uFFFD' || (c < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || (c >= 0x7f && c < 0xa0))
      bad++;
  }
  if (bad / text.length > 0.05) return 'the file is not text (too many control or undecodable characters)';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthNumber(word: string): number {
  return (
    MONTHS[
      word
        .toLowerCase()
        .replace('.', '')
        .slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/[\u2013\u2014](?=\w)/g, '-');
}

function splitSentences(text: string): string[] {
  return text
    .replace(/([a-z)\]"'])\.(?=[A-Z])/g, '$1.\n') // "meeting.Photo by" glued by copy-paste
    .split(/\n+|(?<=[.!?]["']?)\s+(?=["']?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const L = "\\p{L}\\p{M}'";
const wordReCache = new Map<string, RegExp>();
/** A whole-word pattern for a name (cached; callers must not rely on lastIndex). */
function wordRe(name: string, flags = 'gu'): RegExp {
  const key = `${flags}:${name}`;
  let re = wordReCache.get(key);
  if (!re) {
    re = new RegExp(`(?<![${L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{M}\\p{N}])`, flags);
    if (wordReCache.size < 2000) wordReCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

function isoDate(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s ? s : null;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------
// People

/** Chinese leaders a report may name, so that they are not taken for the partner's side. */
// prettier-ignore
const CHINESE_LEADERS = [
  'Xi Jinping', 'Li Qiang', 'Li Keqiang', 'Hu Jintao', 'Wen Jiabao', 'Jiang Zemin', 'Zhu Rongji', 'Li Peng',
  'Han Zheng', 'Wang Qishan', 'Li Yuanchao', 'Zeng Qinghong', 'Zhao Leji', 'Wang Huning', 'Li Zhanshu',
  'Cai Qi', 'Ding Xuexiang', 'Li Xi', 'Wang Yi', 'Yang Jiechi', 'He Lifeng', 'Shen Yiqin', "Chen Min'er",
  'Qin Gang', 'Wang Yang', 'Wu Bangguo', 'Jia Qinglin', 'Zhang Dejiang', 'Yu Zhengsheng', 'Liu Yunshan',
  'Zhang Gaoli', 'Hu Chunhua', 'Sun Chunlan', 'Liu He', 'Yang Jing', 'Dai Bingguo', 'Tang Jiaxuan',
  'Li Zhaoxing', 'Qian Qichen', 'Wu Yi', 'Huang Ju', 'Zhou Yongkang', 'Yin Li', 'Shi Taifeng',
  'Li Ganjie', 'Li Shulei', 'Chen Wenqing', 'Liu Guozhong', 'Wang Xiaohong', 'Wu Zhenglong', 'Zhang Guoqing',
  'Ma Xingrui', 'Yuan Jiajun', 'Huang Kunming', 'Chen Jining', 'Li Hongzhong', 'Zhang Youxia',
];
const CHINA_TITLES =
  'President|Vice President|Premier(?: of the State Council)?|Vice Premier|Chairman(?: of the [A-Z][\\w ]+?)?|State Councilor(?: and Foreign Minister)?|Foreign Minister|General Secretary(?: of the CPC Central Committee)?';

// prettier-ignore
const PARTNER_TITLES = [
  'Federal President', 'Vice President', 'President', 'Prime Minister', 'Deputy Prime Minister', 'Premier',
  'Crown Prince', 'King', 'Queen', 'Emir', 'Amir', 'Sultan', 'Chancellor', 'Taoiseach', 'General Secretary',
  'Secretary-General', 'Secretary General', 'Chairperson', 'Chairman', 'Supreme Leader', 'State Counsellor',
  'Foreign Minister', 'Grand Duke', 'Prince', 'Governor-General', 'Head of State',
].join('|');

const NAME_TOKEN = `(?:(?:al|el|bin|bint|ibn|da|de|dos|das|del|van|der|von|le|la)[ -])?[A-Z][${L}.-]*`;
const NAME = `${NAME_TOKEN}(?: ${NAME_TOKEN}){1,4}`;
/** After a partner's title and country ("Australian Prime Minister Albanese") one word is enough. */
const SHORT_NAME = `${NAME_TOKEN}(?: ${NAME_TOKEN}){0,4}`;

function cleanName(name: string): string {
  return name.replace(/[\s,.;:]+$/, '').replace(/'s$/, '');
}

// ---------------------------------------------------------------------------------------------------------
// Partners

interface PartnerHit {
  id: string;
  index: number;
  length: number;
}

function partnerNames(p: Partner, cjk: boolean): string[] {
  const names = [p.name_en, ...p.aliases, ...p.demonyms];
  const out = names.filter((n) => !/[\u3400-\u9fff]/.test(n) && n.length >= 2);
  if (cjk) out.push(...[p.name_zh, ...p.aliases].filter((n) => /[\u3400-\u9fff]/.test(n) && n.length >= 2));
  return out;
}

interface PartnerMatcher {
  latin: RegExp | null;
  cjk: RegExp | null;
  idByName: Map<string, string>;
}
const matcherCache = new WeakMap<readonly Partner[], PartnerMatcher>();

/** One alternation of every partner name, longest first, so "Guinea-Bissau" is not also read as "Guinea". */
function partnerMatcher(partners: readonly Partner[]): PartnerMatcher {
  const cached = matcherCache.get(partners);
  if (cached) return cached;
  const idByName = new Map<string, string>();
  for (const p of partners)
    for (const name of partnerNames(p, true)) if (!idByName.has(name)) idByName.set(name, p.id);
  const names = [...idByName.keys()].sort((a, b) => b.length - a.length);
  const latin = names.filter((n) => !/[\u3400-\u9fff]/.test(n)).map(escapeRe);
  const cjk = names.filter((n) => /[\u3400-\u9fff]/.test(n)).map(escapeRe);
  const matcher = {
    latin: latin.length
      ? new RegExp(`(?<![${L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu')
      : null,
    cjk: cjk.length ? new RegExp(cjk.join('|'), 'gu') : null,
    idByName,
  };
  matcherCache.set(partners, matcher);
  return matcher;
}

/** Every partner mention, in text order. */
function findPartnerHits(text: string, partners: readonly Partner[]): PartnerHit[] {
  const { latin, cjk, idByName } = partnerMatcher(partners);
  const hits: PartnerHit[] = [];
  for (const re of [latin, /[\u3400-\u9fff]/.test(text) ? cjk : null]) {
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const id = idByName.get(m[0]);
      if (id) hits.push({ id, index: m.index ?? 0, length: m[0].length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

const leaderCache = new WeakMap<
  readonly MeetingCore[],
  { index: Map<string, { partnerId: string; title: string }>; re: RegExp | null }
>();

/** Names of partners' leaders, from the dataset's meetings, for reports that name the leader only. */
function leaderIndex(meetings: readonly MeetingCore[]) {
  const cached = leaderCache.get(meetings);
  if (cached) return cached;
  const index = new Map<string, { partnerId: string; title: string }>();
  for (const m of meetings) {
    const p = m.partner_principal;
    if (!p) continue;
    const title = p.title.split(/[,(]/)[0]?.trim() ?? p.title;
    index.set(stripAccents(p.name), { partnerId: m.partner_id, title });
  }
  const names = [...index.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = names.length
    ? new RegExp(`(?<![${L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu')
    : null;
  const entry = { index, re };
  leaderCache.set(meetings, entry);
  return entry;
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

// ---------------------------------------------------------------------------------------------------------
// Wording

// prettier-ignore
const MODIFIERS = new Set([
  'comprehensive', 'strategic', 'cooperative', 'cooperation', 'all-weather', 'permanent', 'all-round',
  'all-dimensional', 'friendly', 'good-neighbourly', 'good-neighborly', 'innovative', 'global', 'close',
  'closer', 'lasting', 'high-quality', 'future-oriented', 'new-type', 'constructive', 'and', 'everlasting',
  'enduring', 'mutually-beneficial', 'pragmatic', 'traditional', 'new', 'type', 'all-round,', 'multi-tiered',
]);

const SUFFIX_RE = new RegExp(
  '^(?: of (?:coordination|cooperation)(?= |[,.;]|$))?' +
    '(?: (?:of|featuring) (?:mutual|equality|solidarity|good-neighbou?rly|friendship|common|win-win|long-term|sincere|ever-lasting|everlasting)[a-z ,-]*?(?=[,.;:)"]| between| with| and (?:the|to|signed|witnessed|issued)|$))?' +
    '(?: progressing with the times)?(?: for mutual benefit)?(?: for (?:a|the) new era| in the new era)?' +
    '(?: (?:for|toward|towards|oriented toward) the 21st century)?',
  'i',
);

interface WordingHit {
  wording: string;
  index: number;
}

/** Partnership phrases in a piece of text, lower-cased, without "China-X" prefixes. */
function findWordings(text: string): WordingHit[] {
  const out: WordingHit[] = [];
  for (const m of text.matchAll(/\bpartnership\b/gi)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 160), at);
    const words = before.split(/\s+/).filter(Boolean);
    const mods: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const raw = words[i] ?? '';
      const w = raw.toLowerCase().replace(/[–—]/g, '-');
      if (/[.;:!?,"()]$/.test(raw) && i !== words.length - 1) break;
      if (!MODIFIERS.has(w.replace(/,$/, ''))) break;
      mods.unshift(w.replace(/,$/, ''));
    }
    while (mods[0] === 'and' || mods[0] === 'new' || mods[0] === 'type') mods.shift();
    if (mods.length === 0) continue;
    const after = text.slice(at + 'partnership'.length, at + 'partnership'.length + 200);
    const suffix = (SUFFIX_RE.exec(after)?.[0] ?? '').replace(/[\s,]+$/, '');
    const wording = `${mods.join(' ')} partnership${suffix}`.toLowerCase().replace(/\s+/g, ' ').trim();
    out.push({ wording, index: at });
  }
  return out;
}

const UPGRADE_RE =
  /\b(elevat\w*|upgrad\w*|lift\w*|rais(?:e|ed|ing)|promot(?:e|ed|ing)|advanc(?:e|ed|ing))\b[^.;]*?\bto (?:a |an |the )?(?:new )?[^.;]*?\bpartnership\b/i;
const ESTABLISH_RE =
  /\b(decided to establish|agreed to establish|announced? (?:the )?(?:establishment|formation) of|jointly announced? (?:the )?establishment|established|establishing|establish|the establishment of|to form|formed|forge[sd]?)\b(?! diplomatic)[^.;]*?\bpartnership\b/i;

// ---------------------------------------------------------------------------------------------------------
// The extractor

interface Found<T> {
  value: T;
  sure: boolean;
}

export function extractMeeting(input: string, options: ExtractOptions): DraftMeeting {
  const text = normalize(input);
  if (isMostlyChinese(text)) return extractChineseMeeting(text, options);
  const sentences = splitSentences(text);
  const notes: string[] = [];
  const review = new Set<ReviewField>();
  const flag = (field: ReviewField, why: string) => {
    review.add(field);
    notes.push(`${field}: ${why}`);
  };
  const partnersById = new Map(options.partners.map((p) => [p.id, p]));
  const leaders = leaderIndex(options.meetings ?? []);

  // --- dateline (first lines): "HANGZHOU, Sept. 22 (Xinhua) --", "Xinhua News Agency, Samarkand, Uzbekistan, September 15"
  const head = text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/i, '').slice(0, 400);
  const datelineRe = new RegExp(
    `(?:^|\\n|\\))\\s*((?:[A-Z][${L} .-]*?, ){1,3})${MONTH_RE} (\\d{1,2})(?:, (\\d{4}))?\\b`,
    'u',
  );
  const dl = datelineRe.exec(head) ?? datelineRe.exec(`\n${head.split('\n').slice(0, 3).join('\n')}`);
  let datelineCity: string | null = null;
  let datelineCountry: string | null = null;
  let datelineMonth = 0;
  let datelineDay = 0;
  let datelineYear: number | null = null;
  let datelineEnd = 0;
  if (dl) {
    const places = (dl[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !/xinhua|news|agency|reuters|\bap\b|afp|daily|times|press|post|cgtn/i.test(s));
    const titleCase = (s: string) =>
      s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    datelineCity = places[0]
      ? places[0] === places[0].toUpperCase()
        ? titleCase(places[0])
        : places[0]
      : null;
    datelineCountry = places[1] ?? null;
    datelineMonth = monthNumber(dl[2] ?? '');
    datelineDay = Number(dl[3]);
    datelineYear = dl[4] ? Number(dl[4]) : null;
    datelineEnd =
      (dl.index ?? 0) +
      dl[0].length +
      (text.length - text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/i, '').length);
  }

  // --- partner
  const hits = findPartnerHits(text, options.partners);
  const scores = new Map<string, number>();
  const add = (id: string, s: number) => scores.set(id, (scores.get(id) ?? 0) + s);
  for (const h of hits) {
    const inDateline = dl && h.index < datelineEnd && h.index < 300;
    const around = text.slice(Math.max(0, h.index - 12), h.index + h.length + 12);
    let s = inDateline ? 0.3 : 1;
    if (
      /China[-\s]$|China and $|-China\b|^[^]*?\S+[-]China/.test(
        text.slice(Math.max(0, h.index - 10), h.index),
      ) ||
      /^[-]China\b/.test(text.slice(h.index + h.length, h.index + h.length + 7))
    )
      s += 1.5;
    if (
      /\b(?:of|from)\s*$/.test(around.slice(0, 12)) ||
      /^\s*(?:President|Prime Minister|King|Emir|Sultan)/.test(
        text.slice(h.index + h.length, h.index + h.length + 16),
      )
    )
      s += 0.5;
    add(h.id, s);
  }
  const plainText = stripAccents(text);
  const leadersNamed = new Set<string>();
  if (leaders.re) for (const m of plainText.matchAll(leaders.re)) leadersNamed.add(m[0]);
  for (const name of leadersNamed) {
    const info = leaders.index.get(name);
    if (info) add(info.partnerId, 2);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  let partnerId: string | null = null;
  if (ranked[0] && ranked[0][1] >= 1) {
    partnerId = ranked[0][0];
    const second = ranked[1];
    if (
      second &&
      second[1] >= ranked[0][1] * 0.8 &&
      !partnersById.get(partnerId)?.members?.includes(second[0])
    )
      flag('partner_id', `both ${partnerId} and ${second[0]} are named often`);
  } else flag('partner_id', 'no partner country or organization found');
  const partner = partnerId ? (partnersById.get(partnerId) ?? null) : null;
  const partnerRe = partner
    ? new RegExp(
        partnerNames(partner, false)
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|'),
      )
    : null;

  // --- wordings
  const statement = findJointStatement(text);
  const bodyText = statement.title ? text.replace(statement.title, ' ') : text;
  const bodySentences = splitSentences(bodyText);
  let changeVerb: 'upgraded' | 'established' | null = null;
  let wording: string | null = null;
  let statedBefore: string | null = null;
  for (const s of bodySentences) {
    if (/diplomatic (?:relations|ties)/i.test(s) && !/partnership/i.test(s)) continue;
    const up = UPGRADE_RE.exec(s);
    const est = ESTABLISH_RE.exec(s);
    const m = up ?? est;
    if (!m) continue;
    if (
      /\b(will|would|hope[sd]? to|expect|look(?:s|ed)? forward|willing|ready)\b/i.test(s.slice(0, m.index)) &&
      !/\b(announced?|decided|agreed)\b/i.test(s)
    )
      continue;
    // "this year marks the 10th anniversary of the establishment of the ... partnership" is history, not news.
    if (
      !up &&
      /\b(anniversary|years ago|since the establishment|back in)\b/i.test(s.slice(0, m.index + m[0].length))
    )
      continue;
    const from = s.slice(m.index);
    const found = findWordings(from);
    const toPart = /\bto (?:a |an |the )?/i.exec(from.slice(m[1]?.length ?? 0));
    let pick = found[0];
    if (up && toPart) {
      const toAt = (m[1]?.length ?? 0) + toPart.index;
      pick = found.find((f) => f.index > toAt) ?? pick;
      const fromM = /\bfrom (?:a |an |the )?([^.;]*?partnership)/i.exec(from);
      if (fromM) statedBefore = findWordings(fromM[1] ?? '')[0]?.wording ?? null;
    }
    if (!pick) continue;
    changeVerb = up ? 'upgraded' : 'established';
    wording = pick.wording;
    break;
  }
  if (!wording && statement.title) {
    const w = findWordings(statement.title)[0];
    if (w) {
      wording = w.wording;
      if (/elevat|upgrad/i.test(statement.title)) changeVerb = 'upgraded';
      else if (/establish/i.test(statement.title)) changeVerb = 'established';
      notes.push('wording_en: read from the joint statement title');
    }
  }
  if (!wording) {
    const all = findWordings(bodyText).filter((w) => !/^(?:strategic|cooperative)$/.test(w.wording));
    const counts = new Map<string, number>();
    for (const w of all) counts.set(w.wording, (counts.get(w.wording) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
    if (best) wording = best[0];
  }
  const tierAfter = wording ? tierForWording(options.tiers.rules, wording) : null;
  if (!wording) flag('wording_en', 'no partnership wording found');
  else if (!tierAfter) flag('tier_after', `no rule maps "${wording}" to a tier`);

  // --- community with a shared future (bilateral only, not "for mankind" or a regional one)
  let community = false;
  for (const s of sentences) {
    for (const m of s.matchAll(/communit(?:y|ies) with a shared future/gi)) {
      const at = m.index ?? 0;
      const prefix = s.slice(Math.max(0, at - 40), at);
      const rest = s.slice(at, at + 60);
      if (/for (?:all )?mankind|for humanity|of mankind/i.test(rest)) continue;
      if (
        /(Africa|Arab|Latin America|LAC|Central Asia|Asia-Pacific|Pacific|neighbou?rhood|Lancang|global|cyberspace)\b[^,.]*$/i.test(
          prefix,
        )
      )
        continue;
      if (/\b(ASEAN)\b/.test(prefix) && partnerId !== 'ASEAN') continue;
      if (
        /\b(?:bilateral|two countries|both countries|two sides)\b/i.test(s) ||
        (partnerRe && partnerRe.test(s))
      )
        community = true;
    }
  }

  // --- date
  const date = extractDate();
  function extractDate(): string | null {
    const header = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(text);
    if (
      header?.[1] &&
      isoDate(Number(header[1].slice(0, 4)), Number(header[1].slice(5, 7)), Number(header[1].slice(8, 10)))
    ) {
      notes.push('date: from the header line');
      return header[1];
    }
    const meetingVerb =
      /\b(met|meets|meeting|talks|held|announced|agreed|decided|summit|co-chaired|chaired|signed)\b/i;
    // A full or partial date in a sentence about the meeting: "on September 23, 2023", "24 January 2024", "on the afternoon of the 15th"
    let month = 0;
    let day = 0;
    let year: number | null = null;
    let weekday: number | null = null;
    const undated = dl ? text.replace(dl[0], (m) => ' '.repeat(m.length)) : text;
    for (const s of splitSentences(undated).slice(0, 6)) {
      if (!meetingVerb.test(s)) continue;
      const md = new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:, (\\d{4}))?`, 'i').exec(s);
      const dm = new RegExp(`\\b(\\d{1,2}) ${MONTH_RE}(?: (\\d{4}))?\\b`, 'i').exec(s);
      const otherEvent = (at: number) =>
        /\b(?:since|in|founded|established in|opens?|opened|runs?|running|until|begins?|began|starts?|started|ends?|ended|closes?|scheduled|set for|due)\s+(?:on\s+)?$/i.test(
          s.slice(0, at),
        );
      if (md && !otherEvent(md.index)) {
        month = monthNumber(md[1] ?? '');
        day = Number(md[2]);
        year = md[3] ? Number(md[3]) : null;
      } else if (dm && !otherEvent(dm.index)) {
        month = monthNumber(dm[2] ?? '');
        day = Number(dm[1]);
        year = dm[3] ? Number(dm[3]) : null;
      } else {
        const ord = /\bof the (\d{1,2})(?:st|nd|rd|th)\b/i.exec(s);
        if (ord && datelineMonth) {
          month = datelineMonth;
          day = Number(ord[1]);
        }
        const wd = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.exec(s);
        if (wd && weekday === null) weekday = WEEKDAYS.indexOf((wd[1] ?? '').toLowerCase());
      }
      // "on Wednesday" in the lead sentence is read against the dateline, not against later dates.
      if (month || (weekday !== null && datelineMonth)) break;
    }
    if (!month && datelineMonth) {
      month = datelineMonth;
      day = datelineDay;
    }
    if (!month) {
      const any = new RegExp(`\\b${MONTH_RE} (\\d{1,2})\\b(?:, (\\d{4}))?`, 'i').exec(text);
      if (any) {
        month = monthNumber(any[1] ?? '');
        day = Number(any[2]);
        year = any[3] ? Number(any[3]) : null;
        notes.push('date: the only date in the text');
      }
    }
    if (!month) {
      flag('date', 'no date in the text');
      return null;
    }
    const yearSource = year ? 'text' : options.year ? 'option' : datelineYear ? 'dateline' : null;
    year = year ?? options.year ?? datelineYear ?? contextYear(month);
    if (!year) {
      flag('date', 'the year is not in the text: pass --year');
      return null;
    }
    if (!yearSource) notes.push(`date: year ${year} inferred from context`);
    let iso = isoDate(year, month, day);
    if (!iso) {
      flag('date', `${year}-${month}-${day} is not a calendar date`);
      return null;
    }
    if (weekday !== null) {
      // "on Saturday" in a report datelined the 23rd: the latest such weekday on or before the dateline date.
      let back = 0;
      while (weekdayOf(iso) !== weekday && back < 7) {
        iso = addDays(iso, -1);
        back++;
      }
      if (back >= 7) flag('date', 'weekday does not fit');
      else if (back > 0) notes.push(`date: "on ${WEEKDAYS[weekday]}" is ${back} day(s) before the dateline`);
    }
    return iso;
  }

  function contextYear(month: number): number | null {
    const clues = new Set<number>();
    const since = partner?.relations?.since ? Number(partner.relations.since.slice(0, 4)) : null;
    if (since) {
      for (const s of sentences) {
        if (!/diplomatic (?:relations|ties)/i.test(s)) continue;
        const ago = /\b(\d{1,3}) years ago\b/i.exec(s);
        const anniv = /\b(\d{1,3})(?:st|nd|rd|th) anniversary\b/i.exec(s);
        const n = Number(ago?.[1] ?? anniv?.[1] ?? 0);
        if (n > 0) clues.add(since + n);
      }
    }
    const congress: Record<number, [number, number]> = {
      16: [2002, 11],
      17: [2007, 10],
      18: [2012, 11],
      19: [2017, 10],
      20: [2022, 10],
      21: [2027, 10],
    };
    for (const m of text.matchAll(
      /\b(1[6-9]|2[01])(?:st|nd|rd|th) (?:National )?Congress of the (?:Communist Party of China|CPC)|\b(1[6-9]|2[01])(?:st|nd|rd|th) CPC National Congress/gi,
    )) {
      const [y, cm] = congress[Number(m[1] ?? m[2])] ?? [0, 0];
      if (!y) continue;
      const around = text.slice(Math.max(0, (m.index ?? 0) - 120), (m.index ?? 0) + m[0].length + 40);
      if (/\b(wish|upcoming|ahead of|success|will be|to be held|convene)/i.test(around) && month <= cm + 1)
        clues.add(y);
      else if (/\b(after|since|following|conclu|closing|first)\b/i.test(around) && month >= cm) clues.add(y);
    }
    if (clues.size === 0) {
      // Other full dates in the report ("the forum opens on October 18, 2023"), when they agree on one year.
      const years = new Set<number>();
      for (const m of text.matchAll(
        new RegExp(`\\b${MONTH_RE} \\d{1,2}, (\\d{4})\\b|\\b\\d{1,2} ${MONTH_RE} (\\d{4})\\b`, 'gi'),
      ))
        years.add(Number(m[2] ?? m[4]));
      if (years.size === 1) return [...years][0] ?? null;
    }
    if (clues.size === 1) return [...clues][0] ?? null;
    if (clues.size > 1) notes.push(`date: context gives several years (${[...clues].join(', ')})`);
    return null;
  }

  // --- place
  const venueM =
    /\bat (?:the )?((?:[A-Z][\w'-]*|of|the) ?(?:[A-Z][\w'-]* ?|of |the )*?(?:House|Hall of the People|Hall|Palace|Guesthouse|Guest House|Center|Centre|Building|Office|Residence|Istana|Kremlin)\b)/.exec(
      text,
    );
  const venue = venueM?.[1]?.trim() ?? null;
  let city: string | null = null;
  for (const s of sentences) {
    if (!/\b(met|meet|meets|meeting|talks|summit|video link)\b/i.test(s)) continue;
    for (const m of s.matchAll(new RegExp(`\\bin ((?:[A-Z][${L}-]+)(?: [A-Z][${L}-]+)?)`, 'gu'))) {
      const cand = m[1] ?? '';
      if (
        /^(?:The|This|January|February|March|April|May|June|July|August|September|October|November|December|China|Chinese)$/.test(
          cand,
        )
      )
        continue;
      if (findPartnerHits(cand, options.partners).length > 0) continue;
      if (/^(?:Great|Hall|State|Palace|People)/.test(cand)) continue;
      city = cand;
      break;
    }
    if (city) break;
  }
  if (!city && venue) {
    if (/Great Hall of the People|Diaoyutai|Zhongnanhai/i.test(venue)) city = 'Beijing';
    else if (/West Lake State Guest ?House/i.test(venue)) city = 'Hangzhou';
    else {
      const v = /^([A-Z][a-z]+) State Guest ?House/.exec(venue);
      if (v?.[1]) city = v[1];
    }
  }
  if (!city && datelineCity) {
    city = datelineCity;
    notes.push('city: from the dateline');
  }
  if (!city) flag('city', 'no city found');

  // --- people
  const china = findChinaLeader();
  function findChinaLeader(): Found<{ name: string; title: string | null }> | null {
    const titled = new RegExp(`(?:Chinese |China's )?(${CHINA_TITLES}) (${NAME})`, 'gu');
    for (const m of text.matchAll(titled)) {
      const name = cleanName(m[2] ?? '');
      const known = CHINESE_LEADERS.find((k) => name.startsWith(k));
      if (known) return { value: { name: known, title: m[1] ?? null }, sure: true };
      if (/^Chinese /.test(m[0])) return { value: { name, title: m[1] ?? null }, sure: false };
    }
    for (const k of CHINESE_LEADERS)
      if (wordRe(k).test(text)) return { value: { name: k, title: null }, sure: false };
    return null;
  }
  if (!china) flag('china_leader', 'no Chinese leader found');

  const partnerLeader = findPartnerLeader();
  function findPartnerLeader(): { name: string; title: string | null } | null {
    const isChinese = (n: string) => CHINESE_LEADERS.some((k) => n.startsWith(k) || k.startsWith(n));
    const memberNames = partner?.members
      ? partner.members.flatMap((id) => {
          const p = partnersById.get(id);
          return p ? partnerNames(p, false) : [];
        })
      : [];
    const sideNames = partner ? [...partnerNames(partner, false), ...memberNames] : [];
    const side = sideNames.length
      ? `(?:${sideNames
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|')})`
      : null;
    const patterns: RegExp[] = [];
    if (side) {
      patterns.push(new RegExp(`(${PARTNER_TITLES}) (${SHORT_NAME}) of (?:the )?${side}(?![\\p{L}])`, 'gu'));
      patterns.push(new RegExp(`${side}(?:'s)? (${PARTNER_TITLES}) (${SHORT_NAME})`, 'gu'));
      patterns.push(
        new RegExp(`(${NAME}), (?:the )?(${PARTNER_TITLES}) of (?:the )?${side}(?![\\p{L}])`, 'gu'),
      );
    }
    for (const [i, re] of patterns.entries()) {
      for (const m of text.matchAll(re)) {
        const [title, name] = i === 2 ? [m[2], m[1]] : [m[1], m[2]];
        const n = cleanName((name ?? '').replace(/^(?:Haji|His Majesty|Her Majesty|H\.E\.) /, ''));
        if (!n || isChinese(n)) continue;
        return { name: n, title: title ?? null };
      }
    }
    // Known leaders of this partner (dataset), as spelled in the text.
    for (const name of leadersNamed) {
      const info = leaders.index.get(name);
      if (info?.partnerId !== partnerId) continue;
      // NFD accent stripping keeps positions only for unaccented text; find the name as written.
      const m = wordRe(name, 'u').exec(plainText);
      if (!m) continue;
      // Accent stripping keeps positions for NFC text, so the name can be copied as written.
      const written = plainText.length === text.length ? text.slice(m.index, m.index + name.length) : name;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const t = new RegExp(`(${PARTNER_TITLES})(?: of the [^,]*?)? $`).exec(before);
      return { name: written, title: t?.[1] ?? info.title };
    }
    // Any titled name that is not Chinese.
    for (const m of text.matchAll(new RegExp(`(?<!Chinese |Vice )(${PARTNER_TITLES}) (${NAME})`, 'gu'))) {
      const n = cleanName(m[2] ?? '');
      if (isChinese(n) || /^(?:Xi|Li)\b/.test(n)) continue;
      return { name: n, title: m[1] ?? null };
    }
    return null;
  }
  if (!partnerLeader) flag('partner_leader', 'no partner leader found');
  else if (!partnerLeader.title) flag('partner_leader_title', 'no title found');

  // --- attendees
  const attendees: string[] = [];
  for (const s of sentences) {
    const m = /^(.*?)\b(?:attended|were present at|also attended|were also present)\b/i.exec(s);
    if (
      !m ||
      !/\battended (?:the |both |these |)(?:meeting|talks|events?|ceremony|welcome|banquet|signing|above)|were (?:also )?present/i.test(
        s,
      )
    )
      continue;
    const clause = (m[1] ?? '').replace(/\band others\b/i, '');
    for (const n of clause.matchAll(
      new RegExp(`(?<![${L}])([A-Z][a-z]+ [A-Z][a-z'-]+(?:-[a-z]+)?)(?![${L}])`, 'gu'),
    )) {
      const name = n[1] ?? '';
      if (/^(?:Senior|Chinese|Other|Officials|Leaders|State|Foreign|Vice|Premier|President)\b/.test(name))
        continue;
      if (name === china?.value.name || name === partnerLeader?.name) continue;
      if (!attendees.includes(name)) attendees.push(name);
    }
    if (attendees.length) break;
  }

  // --- change and tier before
  const settled = settleChange({
    partnerId,
    date,
    options,
    statedBefore,
    changeVerb,
    wording,
    tierAfter,
    reaffirms:
      community || statement.title !== null || statement.described !== null || /\breaffirm/i.test(text),
    flag,
    notes,
  });
  const change = settled.change;
  const tierBefore = settled.tierBefore;

  let jointStatement = statement.title;
  if (!jointStatement && statement.described) {
    jointStatement = statement.described;
    flag('joint_statement', 'the report describes the joint statement but does not give its title');
  } else if (!jointStatement && statement.mentioned)
    flag('joint_statement', 'a joint statement is mentioned without a title');

  // A meeting report names a partnership, or at least a partner and a Chinese leader.
  const related = wording !== null || (partnerId !== null && china !== null);
  const ordered = DRAFT_FIELDS.filter(
    (f): f is ReviewField => f !== 'needs_review' && review.has(f as ReviewField),
  );
  return {
    partner_id: partnerId,
    date,
    city,
    china_leader: china?.value.name ?? null,
    partner_leader: partnerLeader?.name ?? null,
    partner_leader_title: partnerLeader?.title ?? null,
    tier_before: tierBefore,
    tier_after: tierAfter,
    wording_en: wording,
    change,
    community_with_shared_future: community,
    joint_statement: jointStatement,
    attendees,
    needs_review: ordered,
    country:
      datelineCountry ??
      (city && /^(?:Beijing|Hangzhou|Shanghai|Xi'an|Tianjin|Qingdao|Sanya|Chengdu|Xiamen)$/.test(city)
        ? 'China'
        : null),
    venue,
    china_leader_title: china?.value.title ?? null,
    notes,
    related,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Chinese-language reports (新华社 style): a smaller reader. Names of partner leaders stay in Chinese and are
// flagged; a wording is given in English only when it is one of the tiers' standard examples.

// prettier-ignore
const ZH_LEADERS: Record<string, string> = {
  习近平: 'Xi Jinping', 李强: 'Li Qiang', 李克强: 'Li Keqiang', 胡锦涛: 'Hu Jintao', 温家宝: 'Wen Jiabao',
  江泽民: 'Jiang Zemin', 韩正: 'Han Zheng', 王岐山: 'Wang Qishan', 赵乐际: 'Zhao Leji', 王沪宁: 'Wang Huning',
  栗战书: 'Li Zhanshu', 蔡奇: 'Cai Qi', 丁薛祥: 'Ding Xuexiang', 李希: 'Li Xi', 王毅: 'Wang Yi', 杨洁篪: 'Yang Jiechi',
  何立峰: 'He Lifeng', 谌贻琴: 'Shen Yiqin', 陈敏尔: "Chen Min'er", 汪洋: 'Wang Yang', 张德江: 'Zhang Dejiang',
  俞正声: 'Yu Zhengsheng', 刘云山: 'Liu Yunshan', 张高丽: 'Zhang Gaoli', 吴邦国: 'Wu Bangguo', 贾庆林: 'Jia Qinglin',
  秦刚: 'Qin Gang', 尹力: 'Yin Li', 石泰峰: 'Shi Taifeng',
};
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
const HAN = '\\u3400-\\u9fff';

function isMostlyChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 20 && han > latin;
}

function extractChineseMeeting(text: string, options: ExtractOptions): DraftMeeting {
  const notes: string[] = [];
  const review = new Set<ReviewField>();
  const flag = (field: ReviewField, why: string) => {
    review.add(field);
    notes.push(`${field}: ${why}`);
  };
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
    change,
    community_with_shared_future: community,
    joint_statement: statementTitle,
    attendees,
    needs_review: DRAFT_FIELDS.filter(
      (f): f is ReviewField => f !== 'needs_review' && review.has(f as ReviewField),
    ),
    country: city && ['Beijing', 'Hangzhou', 'Shanghai', "Xi'an", 'Tianjin'].includes(city) ? 'China' : null,
    venue: null,
    china_leader_title: chinaTitle,
    notes,
    related: wordingZh !== null || (partnerId !== null && chinaLeader !== null),
  };
}

interface SettleInput {
  partnerId: string | null;
  date: string | null;
  options: ExtractOptions;
  /** A wording the report gives for the relationship before the meeting ("from a ... to ..."). */
  statedBefore: string | null;
  changeVerb: 'upgraded' | 'established' | null;
  wording: string | null;
  tierAfter: TierId | null;
  /** The report issues a joint statement, declares a community with a shared future or says "reaffirm". */
  reaffirms: boolean;
  flag: (field: ReviewField, why: string) => void;
  notes: string[];
}

/** The change and the tier before: the report's verbs, corrected by the tier before (stated, or from the dataset). */
function settleChange(input: SettleInput): { change: DraftChange | null; tierBefore: TierId | null } {
  const { partnerId, date, options, statedBefore, changeVerb, wording, tierAfter, flag, notes } = input;
  const prior =
    partnerId && date && options.meetings ? statusOn(options.meetings, partnerId, addDays(date, -1)) : null;
  let tierBefore: TierId | null = statedBefore ? tierForWording(options.tiers.rules, statedBefore) : null;
  if (!tierBefore && prior?.tier) {
    tierBefore = prior.tier;
    notes.push(`tier_before: from the dataset (${prior.lastMeeting.id})`);
  }
  if (changeVerb && tierAfter) {
    if (!tierBefore) {
      if (changeVerb === 'upgraded' && options.meetings && partnerId)
        flag(
          'change',
          'an elevation, but the dataset has no earlier tier for this partner: is it an establishment?',
        );
      return { change: changeVerb, tierBefore };
    }
    const d = tierRank(tierAfter) - tierRank(tierBefore);
    const priorWording = statedBefore ?? prior?.wordingEn ?? null;
    if (d > 0) return { change: 'upgraded', tierBefore };
    if (d < 0) {
      flag(
        'change',
        `the report speaks of ${changeVerb === 'upgraded' ? 'an upgrade' : 'an establishment'} but ${tierAfter} is below ${tierBefore}`,
      );
      return { change: 'downgraded', tierBefore };
    }
    const same = priorWording && priorWording.split(';')[0]?.trim().toLowerCase() === wording;
    return { change: same ? 'reaffirmed' : 'renamed', tierBefore };
  }
  if (wording && tierAfter) {
    if (tierBefore && tierBefore !== tierAfter)
      flag('change', `the dataset has ${tierBefore} before this meeting, the report reads ${tierAfter}`);
    return { change: input.reaffirms ? 'reaffirmed' : 'none', tierBefore: tierAfter };
  }
  if (wording || changeVerb) flag('change', 'cannot tell what the meeting changed');
  return { change: null, tierBefore };
}

interface StatementFind {
  title: string | null;
  described: string | null;
  mentioned: boolean;
}

function findJointStatement(text: string): StatementFind {
  const quoted =
    /"((?:[^"]*?)\bJoint (?:Statement|Declaration|Communiqu[eé]|Press Communiqu[eé])\b[^"]*?)"/.exec(text);
  if (quoted?.[1]) return { title: quoted[1].trim(), described: null, mentioned: true };
  const cap =
    /\b((?:China-[A-Z][\w-]* )?Joint (?:Statement|Declaration|Communiqu[eé]|Press Communiqu[eé])(?: (?:[Oo]f|[Bb]etween|[Oo]n|[Bb]y|[Ff]or) [^.;]*?)?)(?=\.\s|\.$|;|, (?:and |which )| and (?:signed|witnessed|issued|released)\b|$)/m.exec(
      text,
    );
  if (cap?.[1] && /[A-Z]/.test(cap[1].replace(/^.*?Joint \w+/, '')))
    return { title: cap[1].trim(), described: null, mentioned: true };
  if (cap?.[1] && cap[1].split(' ').length <= 3) return { title: null, described: null, mentioned: true };
  const lower =
    /\b(?:issued|released|signed|adopted) (?:a|the) (joint (?:statement|declaration|communiqu[eé]) (?:on|about) [^.;]*?)(?=[.;]|, | and |$)/i.exec(
      text,
    );
  if (lower?.[1]) return { title: null, described: lower[1].trim(), mentioned: true };
  return {
    title: null,
    described: null,
    mentioned: /\bjoint (?:statement|declaration|communiqu[eé])\b/i.test(text),
  };
}

// ---------------------------------------------------------------------------------------------------------
// From draft to record

export interface RecordSource {
  url: string;
  publisher: string;
  title: string;
  date?: string | null;
  lang?: Source['lang'];
}

export class DraftIncompleteError extends Error {
  constructor(readonly missing: string[]) {
    super(`the draft cannot become a record: ${missing.join(', ')}`);
    this.name = 'DraftIncompleteError';
  }
}

/** A full meeting record from a (reviewed) draft. Throws DraftIncompleteError when a required field is missing. */
export function toMeetingRecord(
  draft: DraftRecord & Partial<Pick<DraftMeeting, 'venue' | 'country' | 'china_leader_title'>>,
  source: RecordSource,
): Meeting {
  const missing: string[] = [];
  if (!draft.partner_id) missing.push('partner_id is unknown');
  if (!draft.date) missing.push('date is unknown');
  if (!draft.wording_en) missing.push('wording_en is unknown');
  if (!draft.change) missing.push('change is unknown');
  if (draft.change === 'none')
    missing.push('the report changes nothing (change "none"): there is no event to record');
  if (
    missing.length ||
    !draft.partner_id ||
    !draft.date ||
    !draft.wording_en ||
    !draft.change ||
    draft.change === 'none'
  )
    throw new DraftIncompleteError(missing);
  const primary =
    /xinhua|ministry|mfa|fmprc|government|presidency|state council|people's daily|cgtn|cctv|china daily/i.test(
      source.publisher,
    );
  const review = draft.needs_review.length
    ? ` Fields flagged for review: ${draft.needs_review.join(', ')}.`
    : '';
  return {
    id: `${draft.partner_id.toLowerCase()}-${draft.date}`,
    partner_id: draft.partner_id,
    date: draft.date,
    date_precision: 'day',
    place: { city: draft.city, country: draft.country ?? null, venue: draft.venue ?? null },
    china_principal: draft.china_leader
      ? { name: draft.china_leader, title: draft.china_leader_title ?? 'President' }
      : null,
    partner_principal: draft.partner_leader
      ? { name: draft.partner_leader, title: draft.partner_leader_title ?? 'unknown' }
      : null,
    change: draft.change,
    tier_before: draft.change === 'established' ? null : draft.tier_before,
    tier_after: draft.tier_after,
    wording_en: draft.wording_en,
    wording_zh: null,
    community_with_shared_future: draft.community_with_shared_future,
    joint_statement: draft.joint_statement
      ? { title_en: draft.joint_statement, title_zh: null, url: null }
      : null,
    attendees: [...draft.attendees],
    summary: null,
    key_points: [],
    sources: [
      {
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        date: source.date ?? null,
        lang: source.lang ?? 'en',
        kind: primary ? 'primary' : 'secondary',
      },
    ],
    verified: false,
    // Nothing is checked until a curator reads the sources and quotes the evidence.
    unverified: [...CORE_FACT_FIELDS],
    evidence: [],
    notes: `Drafted from a wire report by ingest; review.${review}`,
  };
}
