/**
 * Search over everything on the map: partners (English and Chinese names, aliases such as "East Timor" or 东帝汶),
 * and the areas without a tier (Taiwan, Kosovo, Western Sahara, Hong Kong, Macao, China itself), with their status.
 * Tolerates typos and spelling variants ("Brasil", "Egipt") by edit distance.
 */
import type { Partner } from './schema';
import { DISPUTED_AREAS, HUB_ISO, SPECIAL_AREAS, TERRITORIES } from './countries';

export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An area on the map that is not a partner: its map key, names and status in both languages. */
export interface SearchArea {
  key: string;
  name_en: string;
  name_zh: string;
  status_en: string;
  status_zh: string;
  aliases: readonly string[];
}

export const SEARCH_AREAS: readonly SearchArea[] = [
  {
    key: HUB_ISO,
    name_en: 'China',
    name_zh: '中国',
    status_en: 'The hub of the atlas',
    status_zh: '图集的中心',
    aliases: ["People's Republic of China", 'PRC', '中华人民共和国'],
  },
  ...SPECIAL_AREAS.map((a) => ({
    key: a.key,
    name_en: a.name,
    name_zh: a.nameZh,
    status_en: a.note,
    status_zh: a.noteZh,
    aliases: a.key === 'HKG' ? ['Hongkong', 'HKSAR'] : ['Macau', 'MSAR'],
  })),
  ...Object.entries(DISPUTED_AREAS).map(([key, a]) => ({
    key,
    name_en: a.name,
    name_zh: a.nameZh,
    status_en: `Disputed status: ${a.reason}`,
    status_zh: `地位有争议：${a.reasonZh}`,
    aliases:
      key === '158'
        ? ['Republic of China', 'Chinese Taipei', '中华民国', '臺灣']
        : key === '238'
          ? ['Malvinas', 'Islas Malvinas']
          : key === '732'
            ? ['Sahrawi Arab Democratic Republic', 'SADR']
            : [],
  })),
  ...Object.entries(TERRITORIES)
    .filter(([key]) => key !== '010')
    .map(([key, a]) => ({
      key,
      name_en: a.name,
      name_zh: a.nameZh,
      status_en: a.note,
      status_zh: a.noteZh,
      aliases: [],
    })),
];

export type SearchTarget = { kind: 'partner'; partner: Partner } | { kind: 'area'; area: SearchArea };

export interface SearchHit {
  target: SearchTarget;
  /** The name that matched, for display ("East Timor → Timor-Leste"). */
  matched: string;
  score: number;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a query of this length may carry: none under 4 letters, one up to 7, two beyond. */
function allowedTypos(q: string): number {
  if (/\p{Script=Han}/u.test(q)) return 0;
  return q.length < 4 ? 0 : q.length <= 7 ? 1 : 2;
}

/** Score of one name for a query: exact 100, prefix 80, word prefix 60, substring 40, typo 30 or 20; 0 for none. */
function scoreName(n: string, q: string): number {
  if (n === q) return 100;
  if (n.startsWith(q)) return 80;
  const words = n.split(' ');
  if (words.some((w) => w.startsWith(q))) return 60;
  if (n.includes(q)) return 40;
  const max = allowedTypos(q);
  if (max === 0) return 0;
  // A typo anywhere in the whole name, or in the name's start as long as the query (a half-typed name).
  let best = Infinity;
  for (const candidate of [n, n.slice(0, q.length), ...words, ...words.map((w) => w.slice(0, q.length))])
    best = Math.min(best, editDistance(candidate, q, max));
  return best <= max ? (best === 1 ? 30 : 20) : 0;
}

function scoreTarget(names: readonly string[], primary: readonly string[], q: string) {
  let best: { matched: string; score: number } | null = null;
  for (const name of names) {
    let score = scoreName(normalizeName(name), q);
    if (score > 0 && !primary.includes(name)) score -= 5;
    if (score > (best?.score ?? 0)) best = { matched: name, score };
  }
  return best;
}

function targetName(t: SearchTarget): string {
  return t.kind === 'partner' ? t.partner.name_en : t.area.name_en;
}

/** Ranks partners and areas for a query, best first. */
export function searchAll(
  partners: readonly Partner[],
  query: string,
  limit = 8,
  areas: readonly SearchArea[] = SEARCH_AREAS,
): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const partner of partners) {
    const primary = [partner.name_en, partner.name_zh];
    const best = scoreTarget([...primary, partner.id, ...partner.aliases], primary, q);
    if (best) hits.push({ target: { kind: 'partner', partner }, ...best });
  }
  for (const area of areas) {
    const primary = [area.name_en, area.name_zh];
    const best = scoreTarget([...primary, ...area.aliases], primary, q);
    if (best) hits.push({ target: { kind: 'area', area }, ...best });
  }
  return hits
    .sort((a, b) => b.score - a.score || targetName(a.target).localeCompare(targetName(b.target)))
    .slice(0, limit);
}

/** Partners only (the CLI and older callers). */
export function searchPartners(
  partners: readonly Partner[],
  query: string,
  limit = 8,
): { partner: Partner; matched: string; score: number }[] {
  return searchAll(partners, query, limit, []).flatMap((h) =>
    h.target.kind === 'partner' ? [{ partner: h.target.partner, matched: h.matched, score: h.score }] : [],
  );
}
