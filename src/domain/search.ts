/** Country search: English and Chinese names, aliases such as "East Timor" or 东帝汶. */
import type { Partner } from './schema';

export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SearchHit {
  partner: Partner;
  /** The name that matched, for display ("East Timor → Timor-Leste"). */
  matched: string;
  score: number;
}

/** Ranks partners: exact name, then prefix, then word prefix, then substring. */
export function searchPartners(partners: readonly Partner[], query: string, limit = 8): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const partner of partners) {
    let best: SearchHit | null = null;
    for (const name of [partner.name_en, partner.name_zh, partner.id, ...partner.aliases]) {
      const n = normalizeName(name);
      let score = 0;
      if (n === q) score = 100;
      else if (n.startsWith(q)) score = 80;
      else if (n.split(' ').some((w) => w.startsWith(q))) score = 60;
      else if (n.includes(q)) score = 40;
      if (score > 0 && name !== partner.name_en && name !== partner.name_zh) score -= 5;
      if (score > (best?.score ?? 0)) best = { partner, matched: name, score };
    }
    if (best) hits.push(best);
  }
  return hits
    .sort((a, b) => b.score - a.score || a.partner.name_en.localeCompare(b.partner.name_en))
    .slice(0, limit);
}
