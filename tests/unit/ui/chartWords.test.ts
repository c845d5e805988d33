import { describe, expect, it } from 'vitest';
import { buildFileStem, buildMapLegend, buildSourceLines, buildSubtitle } from '../../../src/ui/chartWords';
import { translator } from '../../../src/ui/i18n';
import { BASE_COLORS } from '../../../src/domain/tiers';
import { readRawDataset } from '../../../src/cli/readDataset';
import { parseDataset } from '../../../src/domain/validate';
import { buildEmbedUrl, buildRelativeViewUrl, buildViewUrl } from '../../../src/ui/links';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/url/viewState';
import type { TierId } from '../../../src/domain/schema';

const names = new Map<TierId, string>([
  ['strategic', 'Strategic partnership'],
  ['all-weather', 'All-weather / permanent strategic partnership'],
]);
const loc = { origin: 'https://example.org', pathname: '/atlas/' };
const state: ViewState = {
  ...DEFAULT_VIEW_STATE,
  asOf: 2020,
  tiers: ['strategic'],
  regions: ['Africa'],
  partner: 'BLR',
  meeting: 'blr-2022-09-15',
  view: 'ladder',
};

describe('buildSubtitle', () => {
  it('names the year, the tiers and the regions', () => {
    expect(
      buildSubtitle({
        asOf: { chosen: 2020, year: 2020, date: '2020-12-31' },
        tiers: ['strategic', 'all-weather'],
        regions: ['Africa'],
        tierNames: names,
        lang: 'en',
      }),
    ).toBe(
      'As of the end of 2020 · Tiers: Strategic partnership, All-weather / permanent strategic partnership · Region: Africa',
    );
    expect(
      buildSubtitle({
        asOf: { chosen: null, year: 2026, date: '2026-11-23' },
        tiers: [],
        regions: [],
        tierNames: names,
        lang: 'en',
      }),
    ).toBe('As of 23\u00a0November\u00a02026 (latest) · All tiers · All regions');
    expect(
      buildSubtitle({
        asOf: { chosen: 2015, year: 2015, date: '2015-12-31' },
        tiers: [],
        regions: ['Africa'],
        tierNames: names,
        lang: 'zh',
      }),
    ).toBe('截至2015年底 · 全部层级 · 地区：非洲');
  });
});

describe('links', () => {
  it('the full-view link keeps the sub-path and the filters that shape the chart', () => {
    expect(buildViewUrl(loc, { ...state, view: 'map', partner: null, meeting: null })).toBe(
      'https://example.org/atlas/?year=2020&tiers=strategic&region=Africa',
    );
  });
  it('embed links carry embed=, the filters of that chart, and nothing else', () => {
    expect(buildEmbedUrl(loc, 'map', state)).toBe(
      'https://example.org/atlas/?embed=map&year=2020&tiers=strategic&region=Africa',
    );
    expect(buildEmbedUrl(loc, 'ladder', state)).toBe(
      'https://example.org/atlas/?embed=ladder&year=2020&tiers=strategic&region=Africa',
    );
    expect(buildEmbedUrl(loc, 'partner', { ...state, lang: 'zh' })).toBe(
      'https://example.org/atlas/?embed=partner&year=2020&partner=BLR&lang=zh',
    );
  });
  it('an embed links back with a relative URL (works at any sub-path)', () => {
    expect(buildRelativeViewUrl('map', state)).toBe('./?year=2020&tiers=strategic&region=Africa');
    expect(buildRelativeViewUrl('ladder', state)).toBe(
      './?view=ladder&year=2020&tiers=strategic&region=Africa',
    );
    expect(buildRelativeViewUrl('partner', state)).toBe('./?year=2020&partner=BLR');
  });
});

describe('buildSourceLines and buildFileStem', () => {
  it('name the dataset version, its date, the status date and the link', () => {
    const meta = {
      title: 'Partnership Atlas',
      version: '1.2.0',
      last_updated: '2026-11-23',
      license: 'CC BY 4.0',
      license_url: 'https://creativecommons.org/licenses/by/4.0/',
      publisher: 'P',
      homepage: null,
      how_to_cite: 'x',
      plausible_minimum: { partners: 1, meetings: 1 },
    };
    expect(
      buildSourceLines(meta, 'en', '2020-12-31', '2026-11-23', 'https://example.org/atlas/?year=2020'),
    ).toEqual([
      'Source: Partnership Atlas, dataset version 1.2.0 (updated 2026-11-23), CC BY 4.0.',
      'Status on 2020-12-31. Exported 2026-11-23. https://example.org/atlas/?year=2020',
    ]);
  });
  it('file names say what and when', () => {
    expect(buildFileStem('map', { chosen: 2020, year: 2020, date: '2020-12-31' })).toBe(
      'partnership-atlas-map-2020',
    );
    expect(buildFileStem('partner', { chosen: null, year: 2026, date: '2026-11-23' }, 'BLR')).toBe(
      'partnership-atlas-partner-blr-2026-11-23',
    );
  });
});

describe('one dictionary for the interface and the charts', () => {
  const tiers = parseDataset(readRawDataset()).tiers.tiers;
  it('names the hub, China with Hong Kong and Macao, the same on the map, in its legend and in exports', () => {
    for (const lang of ['en', 'zh'] as const) {
      const legend = buildMapLegend(tiers, lang, [], []);
      const hub = legend.find((l) => l.color === BASE_COLORS.hub)!;
      expect(hub.label).toBe(translator(lang)('hub'));
    }
    expect(translator('en')('hub')).toBe('China (incl. Hong Kong and Macao)');
    expect(translator('zh')('hub')).toBe('中国（含香港、澳门）');
  });
  it('keeps the short legend labels apart from the longer interface wording', () => {
    const labels = buildMapLegend(tiers, 'en', [], [])
      .slice(-4)
      .map((l) => l.label);
    expect(labels).toEqual([
      'Relations, no partnership',
      'No diplomatic relations',
      'Disputed status',
      'China (incl. Hong Kong and Macao)',
    ]);
    expect(buildMapLegend(tiers, 'en', ['strategic'], [])[1]!.label).toBe('Other tiers, or no partnership');
  });
});
