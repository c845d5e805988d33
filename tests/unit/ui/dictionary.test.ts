/**
 * The one dictionary (src/ui/i18n.ts and src/ui/text/): every area has every word in both languages, and a concept
 * that appears in two areas reads the same in both (the map's legend, the table, tooltips, the change view).
 */
import { describe, expect, it } from 'vitest';
import { readerText, translator } from '../../../src/ui/i18n';
import { en } from '../../../src/ui/text/en';
import { zh } from '../../../src/ui/text/zh';
import { readerEn, readerZh } from '../../../src/ui/text/reader';
import { changeText, changesEn, changesZh } from '../../../src/ui/text/changes';
import { importEn, importText, importZh } from '../../../src/ui/text/import';

const areas = {
  interface: [en, zh],
  reader: [readerEn, readerZh],
  changes: [changesEn, changesZh],
  import: [importEn, importZh],
} as const;

/** The top-level words (nested maps, such as the import panel's change names, are checked by their own tests). */
function strings(dict: object): [string, string][] {
  return Object.entries(dict).map(([k, v]) => [
    k,
    typeof v === 'string' ? v : JSON.stringify(Object.keys(v)),
  ]);
}

/** Words that are empty in one language on purpose: Chinese needs no "the end of" before a year. */
const EMPTY_ON_PURPOSE = new Set(['changes.endOf (zh)']);

describe('the one dictionary', () => {
  for (const [area, [english, chinese]] of Object.entries(areas)) {
    it(`${area}: the same words in English and Chinese, none empty`, () => {
      const e = strings(english);
      const z = new Map(strings(chinese));
      expect(e.map(([k]) => k).sort()).toEqual([...z.keys()].sort());
      for (const [k, v] of [
        ...e.map(([k, v]) => [`${k} (en)`, v]),
        ...[...z].map(([k, v]) => [`${k} (zh)`, v]),
      ]) {
        if (!EMPTY_ON_PURPOSE.has(`${area}.${k}`)) expect(v!.trim(), `${area}.${k}`).not.toBe('');
      }
    });
  }

  it.each(['en', 'zh'] as const)('one wording per concept across areas (%s)', (lang) => {
    const t = translator(lang);
    const r = readerText(lang);
    const c = changeText(lang);
    // China and its special administrative regions: one label on every map.
    expect(c('hub')).toBe(t('hub'));
    // Partners without a tier: the legend's names in the table, tooltips and chips.
    expect(r('noPartnership')).toBe(t('legendDiplomatic'));
    expect(r('noRelations')).toBe(t('legendNoRelations'));
    expect(r('disputed')).toBe(t('legendDisputed'));
    expect(r('importReport')).toBe(t('importReport'));
    expect(importText(lang).title).toBe(t('importReport'));
  });

  it('names the hub with its special administrative regions', () => {
    expect(changeText('en')('hub')).toBe('China (incl. Hong Kong and Macao)');
    expect(changeText('zh')('hub')).toBe('中国（含香港、澳门）');
  });
});
