/** Names and dates in the reader's language: partners, tiers and regions from the dataset, dates as people write them. */
import type { Lang } from '../url/viewState';
import type { Partner, Region, Tier } from '../domain/schema';
import { MONTHS_EN } from '../domain/dates';

const REGION_ZH: Record<Region, string> = {
  Africa: '非洲',
  Americas: '美洲',
  Asia: '亚洲',
  Europe: '欧洲',
  'Middle East': '中东',
  Oceania: '大洋洲',
  Multiregional: '跨地区',
};

export function partnerName(partner: Pick<Partner, 'name_en' | 'name_zh'>, lang: Lang): string {
  return lang === 'zh' ? partner.name_zh : partner.name_en;
}

export function tierName(tier: Pick<Tier, 'name_en' | 'name_zh'>, lang: Lang): string {
  return lang === 'zh' ? tier.name_zh : tier.name_en;
}

export function tierShortName(tier: Pick<Tier, 'short_en' | 'short_zh'>, lang: Lang): string {
  return lang === 'zh' ? tier.short_zh : tier.short_en;
}

export function regionName(region: Region, lang: Lang): string {
  return lang === 'zh' ? REGION_ZH[region] : region;
}

// formatDate runs for every shape on every repaint: month names come from a fixed table, not Intl.

/** U+2060 WORD JOINER and U+00A0 NO-BREAK SPACE: a date never breaks across lines (年 月 日 allow breaks in Chinese). */
const WJ = '\u2060';
const NBSP = '\u00a0';

export function formatDate(date: string, precision: 'day' | 'month' | 'year', lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') {
    if (precision === 'year') return `${y}${WJ}年`;
    if (precision === 'month') return `${y}${WJ}年${WJ}${m}${WJ}月`;
    return `${y}${WJ}年${WJ}${m}${WJ}月${WJ}${d}${WJ}日`;
  }
  const month = MONTHS_EN[m - 1] ?? '';
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${month}${NBSP}${y}`;
  return `${d}${NBSP}${month}${NBSP}${y}`;
}
