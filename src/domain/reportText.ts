/** Text helpers shared by the report readers: normalising, sentences, whole-word patterns and calendar dates. */

// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS[w.slice(0, w.startsWith('sept') ? 4 : 3)] ?? 0;
}

export function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/[\u2013\u2014](?=\w)/g, '-');
}

export function splitSentences(text: string): string[] {
  return text
    .replace(/([a-z)\]"'])\.(?=[A-Z])/g, '$1.\n') // "meeting.Photo by" glued by copy-paste
    .split(/\n+|(?<=[.!?]["']?)\s+(?=["']?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters, marks and the apostrophe: what a Latin-script name is made of. */
export const L = "\\p{L}\\p{M}'";
export const HAN = '\\u3400-\\u9fff';
export const hasHan = (s: string) => /[\u3400-\u9fff]/.test(s);

const wordReCache = new Map<string, RegExp>();
/** A whole-word pattern for a name (cached; callers must not rely on lastIndex). */
export function wordRe(name: string, flags = 'gu'): RegExp {
  const key = `${flags}:${name}`;
  let re = wordReCache.get(key);
  if (!re) {
    re = new RegExp(`(?<![${L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{M}\\p{N}])`, flags);
    if (wordReCache.size < 2000) wordReCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

export function isoDate(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s ? s : null;
}

export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
