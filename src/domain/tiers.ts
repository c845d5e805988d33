/** Tier order, colours and the wording -> tier rules. Plain TypeScript, no React. */
import type { TierId, TiersFile, WordingRule } from './schema';
import { TIER_IDS } from './ids';

export { TIER_IDS };
export type { TierId };

/** Rank 1 (lowest) to 7 (highest). */
export function tierRank(id: TierId): number {
  return TIER_IDS.indexOf(id) + 1;
}

export function isTierId(value: string): value is TierId {
  return (TIER_IDS as readonly string[]).includes(value);
}

/**
 * Sequential palette, light (lowest) to dark (highest): yellow-green to deep blue-purple.
 * It is ordinal, keeps its order in greyscale and print, and avoids red/green contrasts.
 */
const TIER_COLORS: Record<TierId, string> = {
  cooperative: '#f3e79b',
  'comprehensive-cooperative': '#c7e3a0',
  strategic: '#7fcdbb',
  'comprehensive-strategic': '#41b6c4',
  'comprehensive-strategic-cooperative': '#1d91c0',
  'all-weather': '#225ea8',
  'coordination-new-era': '#2b1f70',
};

/** Text colour that reads on each tier colour. */
const TIER_INK: Record<TierId, string> = {
  cooperative: '#2d2a1a',
  'comprehensive-cooperative': '#1f2a14',
  strategic: '#10302b',
  'comprehensive-strategic': '#0b2730',
  'comprehensive-strategic-cooperative': '#ffffff',
  'all-weather': '#ffffff',
  'coordination-new-era': '#ffffff',
};

export const BASE_COLORS = {
  /** Diplomatic relations, no declared partnership. */
  diplomatic: '#e4e1da',
  /** No diplomatic relations with the PRC. */
  none: '#ffffff',
  /** Disputed areas: never given a tier. */
  disputed: '#d4d0c8',
  /** China, Hong Kong and Macao: the hub. */
  hub: '#b8322a',
  /** Not in the dataset (territories, Antarctica). */
  other: '#f2f0eb',
} as const;

export function tierColor(id: TierId): string {
  return TIER_COLORS[id];
}

export function tierInk(id: TierId): string {
  return TIER_INK[id];
}

function compile(pattern: string): RegExp {
  return new RegExp(pattern, 'i');
}

/**
 * The rule that gives a wording its tier. The Chinese wording, where recorded, is the official original and is
 * matched first (first rule whose `match_zh` matches); otherwise the English wording (first rule whose `match_en` matches).
 */
export function findWordingRule(
  rules: readonly WordingRule[],
  wordingEn: string,
  wordingZh: string | null = null,
): WordingRule | null {
  if (wordingZh) {
    for (const rule of rules) {
      if (rule.match_zh && compile(rule.match_zh).test(wordingZh)) return rule;
    }
  }
  for (const rule of rules) {
    if (compile(rule.match_en).test(wordingEn)) return rule;
  }
  return null;
}

export function tierForWording(
  rules: readonly WordingRule[],
  wordingEn: string,
  wordingZh: string | null = null,
) {
  return findWordingRule(rules, wordingEn, wordingZh)?.tier ?? null;
}

export function tierById(file: TiersFile, id: TierId) {
  const tier = file.tiers.find((t) => t.id === id);
  if (!tier) throw new Error(`Tier ${id} is missing from data/tiers.json`);
  return tier;
}
