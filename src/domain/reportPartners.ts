/** Finding the partner a report is about: every partner name in the text, and the leaders the dataset knows. */
import type { MeetingCore, Partner } from './schema';
import { escapeRe, L, stripAccents } from './reportText';

export interface PartnerHit {
  id: string;
  index: number;
  length: number;
}

export function partnerNames(p: Partner, cjk: boolean): string[] {
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
export function findPartnerHits(text: string, partners: readonly Partner[]): PartnerHit[] {
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
export function leaderIndex(meetings: readonly MeetingCore[]) {
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
