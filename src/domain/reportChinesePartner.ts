/**
 * The partner of a Chinese report: full names and aliases, and short forms (中巴, 巴方, 中新) settled from the
 * rest of the text. A short form is the first character(s) of several partners' names (巴 → 巴基斯坦, 巴勒斯坦,
 * 巴西, ...): it counts for the one the text also names in full, and for none when the text names none of them.
 */
import type { Partner } from './schema';
import { findPartnerHits } from './reportPartners';
import { hasHan } from './reportText';

/** Partners a short form can stand for: those whose Chinese name (or a Chinese alias) starts with it. */
export function shortFormCandidates(short: string, partners: readonly Partner[]): Partner[] {
  return partners.filter((p) => [p.name_zh, ...p.aliases].some((n) => hasHan(n) && n.startsWith(short)));
}

/** Which of the candidates for a short form the text means: the one it names most in full, or null. */
export function settleShortForm(
  short: string,
  partners: readonly Partner[],
  fullCounts: Map<string, number>,
) {
  const named = shortFormCandidates(short, partners)
    .map((p) => ({ p, n: fullCounts.get(p.id) ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  if (!named[0] || (named[1] && named[1].n === named[0].n)) return null;
  return named[0].p;
}

const SHORT_FORM =
  /(?<=中)([\u3400-\u9fff]{1,2}?)(?=两国|关系|双方|友好|友谊|建交|合作|全面|战略|全天候|新时代|命运|传统|[、—－-]|间|之间|各领域)/g;
const SIDE = /([\u3400-\u9fff])方(?![面式法案向针])/g;

export interface PartnerFind {
  partner: Partner | null;
  /** Why the partner could not be settled, if it could not. */
  problem: string | null;
  fullCounts: Map<string, number>;
}

export function chinesePartner(text: string, partners: readonly Partner[]): PartnerFind {
  const fullCounts = new Map<string, number>();
  for (const h of findPartnerHits(text, partners))
    if (hasHan(text.slice(h.index, h.index + h.length)))
      fullCounts.set(h.id, (fullCounts.get(h.id) ?? 0) + 1);
  const scores = new Map(fullCounts);
  const byId = new Map(partners.map((p) => [p.id, p]));
  // The partner whose leader is met: 巴勒斯坦总统阿巴斯, 新西兰总理约翰·基.
  for (const h of findPartnerHits(text, partners)) {
    const after = text.slice(h.index + h.length, h.index + h.length + 6);
    if (/^(?:总统|总理|首相|国王|苏丹|埃米尔|王储|副总统|联邦主席|最高元首|总督)/.test(after))
      scores.set(h.id, (scores.get(h.id) ?? 0) + 3);
  }
  const shortSeen = new Map<string, number>();
  for (const re of [SHORT_FORM, SIDE])
    for (const m of text.matchAll(re)) {
      const s = m[1] ?? '';
      if (s === '中' || s === '双' || s === '我' || s === '对' || s === '各' || s === '多' || s === '地')
        continue;
      shortSeen.set(s, (shortSeen.get(s) ?? 0) + 1);
    }
  for (const [short, n] of shortSeen) {
    const p = settleShortForm(short, partners, fullCounts);
    if (p) scores.set(p.id, (scores.get(p.id) ?? 0) + n);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return { partner: null, problem: 'no partner country or organization found', fullCounts };
  const second = ranked[1];
  const partner = byId.get(first[0]) ?? null;
  const problem =
    second && second[1] >= first[1] && !partner?.members?.includes(second[0])
      ? `both ${first[0]} and ${second[0]} are named`
      : null;
  return { partner, problem, fullCounts };
}
