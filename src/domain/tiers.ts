/** Tier order, colours and the wording -> tier rules. Plain TypeScript, no React. */
import type { TierId, TiersFile, WordingRule } from './schema';
import { TIER_IDS } from './ids';
import { TIER_COLORS, TIER_INK } from './palette';

export { TIER_IDS };
export type { TierId };

/** Rank 1 (lowest) to 7 (highest). */
export function tierRank(id: TierId): number {
  return TIER_IDS.indexOf(id) + 1;
}

export function isTierId(value: string): value is TierId {
  return (TIER_IDS as readonly string[]).includes(value);
}

export { BASE_COLORS } from './palette';

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
