import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance, searchAll } from '../../../src/domain/search';
import type { Partner } from '../../../src/domain/schema';

const partners = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../data/partners.json'), 'utf8'),
) as Partner[];
const first = (q: string) => {
  const t = searchAll(partners, q)[0]?.target;
  return t?.kind === 'partner' ? t.partner.id : t ? `area:${t.area.key}` : null;
};

describe('searchAll', () => {
  it('finds the areas on the map that are not partners, with their status', () => {
    expect(first('Taiwan')).toBe('area:158');
    expect(first('台湾')).toBe('area:158');
    expect(first('Hong Kong')).toBe('area:HKG');
    expect(first('Macau')).toBe('area:MAC');
    expect(first('Kosovo')).toBe('area:Kosovo');
    expect(first('Western Sahara')).toBe('area:732');
    expect(first('Somaliland')).toBe('area:Somaliland');
    const hit = searchAll(partners, 'Hong Kong')[0]!.target;
    expect(hit.kind === 'area' && hit.area.status_en).toMatch(/Special administrative region/);
  });

  it('tolerates typos and spelling variants', () => {
    expect(first('Brasil')).toBe('BRA');
    expect(first('Egipt')).toBe('EGY');
    expect(first('Kazakstan')).toBe('KAZ');
    expect(first('Phillipines')).toBe('PHL');
  });

  it('keeps exact and prefix matches ahead of typo matches, and short queries strict', () => {
    expect(first('Iran')).toBe('IRN');
    expect(first('Niger')).toBe('NER');
    expect(searchAll(partners, 'xq')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('brasil', 'brazil', 2)).toBe(1);
    expect(editDistance('egipt', 'egypt', 2)).toBe(1);
    expect(editDistance('chian', 'china', 2)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
});
