/** The view model in node, on the real dataset: what a view shows for a view state, with no DOM and no React. */
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../../src/cli/readDataset';
import { parseDataset } from '../../../src/domain/validate';
import { buildAtlasIndex } from '../../../src/domain/atlas';
import { buildChangeModel } from '../../../src/domain/changeModel';
import { DEFAULT_VIEW_STATE, parseViewState, type ViewState } from '../../../src/url/viewState';
import {
  buildAsOf,
  buildCounts,
  buildPartnerView,
  buildRegionRows,
  buildRows,
  buildShownRows,
  buildTierNames,
  findUnknownIds,
  resolveOpen,
} from '../../../src/view/viewModel';
import {
  buildLinks,
  fullViewHref,
  ladderFrame,
  ladderTimeFrame,
  mapFrame,
  partnerFrame,
  type FrameInput,
} from '../../../src/view/frameText';

const dataset = parseDataset(readRawDataset());
const index = buildAtlasIndex(dataset);
const TODAY = '2026-11-23';
const state = (q: string): ViewState => parseViewState(new URLSearchParams(q), 2026).state;

/** What the app derives for a view state, as useAtlasView composes it. */
function derive(s: ViewState) {
  const { asOf, maxYear } = buildAsOf(s, TODAY);
  const rows = buildRows(index, asOf.date);
  const regionRows = buildRegionRows(rows, s.regions);
  const counts = buildCounts(regionRows);
  const { tierNames, shortNames } = buildTierNames(dataset.tiers.tiers, s.lang);
  const input: FrameInput = {
    asOf,
    tiers: dataset.tiers.tiers,
    selectedTiers: s.tiers,
    regions: s.regions,
    tierNames,
    counts,
    lang: s.lang,
  };
  return {
    asOf,
    maxYear,
    rows,
    regionRows,
    counts,
    shownRows: buildShownRows(regionRows, s.tiers),
    tierNames,
    shortNames,
    input,
  };
}

describe('the as-of date', () => {
  it('is the end of the chosen year, or today for the latest status, under one name', () => {
    expect(buildAsOf({ asOf: 2015 }, TODAY)).toEqual({
      asOf: { chosen: 2015, year: 2015, date: '2015-12-31' },
      maxYear: 2026,
    });
    expect(buildAsOf({ asOf: null }, TODAY).asOf).toEqual({ chosen: null, year: 2026, date: TODAY });
    // The current year has not ended: its status is today's.
    expect(buildAsOf({ asOf: 2026 }, TODAY).asOf).toEqual({ chosen: 2026, year: 2026, date: TODAY });
  });
});

describe('rows and counts', () => {
  it('a year change moves every partner to its status on the new date', () => {
    const before = derive(state('year=2012'));
    const after = derive(state('year=2023'));
    const blr = (rows: typeof before.rows) => rows.find((r) => r.partner.id === 'BLR')!.status?.tier ?? null;
    expect(blr(before.rows)).toBeNull();
    expect(blr(after.rows)).toBe('all-weather');
    const partnered = (d: typeof before) => d.counts.reduce((n, c) => n + c.count, 0);
    expect(partnered(after)).toBeGreaterThan(partnered(before));
  });

  it('counts the partners in the chosen regions, whatever the tier filter; lists only what both filters let through', () => {
    const d = derive(state('year=2020&region=Europe&tiers=strategic'));
    expect(d.regionRows.every((r) => r.partner.region === 'Europe')).toBe(true);
    expect(d.regionRows.length).toBeLessThan(d.rows.length);
    const withTier = d.regionRows.filter((r) => r.status?.tier).length;
    expect(d.counts.reduce((n, c) => n + c.count, 0)).toBe(withTier);
    expect(d.shownRows.length).toBeGreaterThan(0);
    expect(d.shownRows.every((r) => r.partner.region === 'Europe' && r.status?.tier === 'strategic')).toBe(
      true,
    );
  });

  it('names the rungs in the language of the view', () => {
    expect(derive(state('')).tierNames.get('strategic')).toBe('Strategic partnership');
    expect(derive(state('lang=zh')).shortNames.get('strategic')).toBe('战略');
  });
});

describe('what the address opens', () => {
  it('the partner and the meeting, a meeting by its former id, and the ids the dataset does not have', () => {
    const renamed = dataset.meetings.find((m) => m.former_ids?.length)!;
    const old = renamed.former_ids![0]!;
    expect(resolveOpen(index, { partner: 'BLR', meeting: old })).toMatchObject({
      partner: { id: 'BLR' },
      meeting: { id: renamed.id },
      renamedTo: renamed.id,
    });
    expect(findUnknownIds(index, { partner: 'BLR', meeting: old, leader: null }, renamed.id)).toEqual([]);
    expect(
      findUnknownIds(index, { partner: 'XYZ', meeting: 'xyz-2020-01-01', leader: 'nobody-at-all' }, null),
    ).toEqual([
      { param: 'partner', value: 'XYZ' },
      { param: 'meeting', value: 'xyz-2020-01-01' },
      { param: 'leader', value: 'nobody-at-all' },
    ]);
  });

  it("a partner's climb stops at the as-of date", () => {
    const d = derive(state('year=2015&partner=BLR'));
    const view = buildPartnerView(index, d.rows, index.partnersById.get('BLR')!, d.asOf);
    expect(view.climb.every((p) => p.date <= '2015-12-31')).toBe(true);
    expect(view.row?.status?.tier).toBe('comprehensive-strategic');
    expect(view.fromYear).toBeLessThanOrEqual(index.firstYear);
    expect(view.history.length).toBeGreaterThan(view.climb.length - 1);
  });
});

describe("the chart frames' words", () => {
  it('the map: title, a subtitle naming the year and the filters, the legend with counts, a file name', () => {
    const d = derive(state('year=2020&tiers=strategic&region=Africa'));
    const f = mapFrame(d.input);
    expect(f.title).toBe('China’s partnerships around the world');
    expect(f.exportTitle).toBe('Partnership Atlas: China’s partnerships around the world');
    expect(f.subtitle).toBe('As of the end of 2020 · Tiers: Strategic partnership · Region: Africa');
    const strategic = d.counts.find((c) => c.tier === 'strategic')!.count;
    expect(f.legend[0]!.label).toBe(`Strategic partnership (${strategic})`);
    expect(f.fileStem).toBe('partnership-atlas-map-2020');
  });

  it('the latest status names the date; the ladder over time names its period', () => {
    const d = derive(state(''));
    expect(ladderFrame(d.input).subtitle).toBe(
      'As of 23\u00a0November\u00a02026 (latest) · All tiers · All regions',
    );
    expect(ladderFrame(d.input).fileStem).toBe(`partnership-atlas-ladder-${TODAY}`);
    expect(ladderTimeFrame(d.input, 1993, 2026).subtitle).toMatch(/, 1993–2026 · As of 23/);
  });

  it("a partner's climb: a short heading in the panel, the partner's name in the embed", () => {
    const d = derive(state('year=2023&partner=BLR'));
    const view = buildPartnerView(index, d.rows, index.partnersById.get('BLR')!, d.asOf);
    const panel = partnerFrame(d.input, view, 'panel');
    const embed = partnerFrame(d.input, view, 'embed');
    expect(panel.title).toBe('Climb up the ladder');
    expect(panel.exportTitle).toMatch(/^Belarus: /);
    expect(panel.subtitle).toMatch(/^Belarus \(白俄罗斯\) · .* · As of the end of 2023$/);
    expect(embed.title).toMatch(/^Belarus: /);
    expect(embed.exportTitle).toBe(`Partnership Atlas: ${embed.title}`);
    expect(embed.subtitle).toBe('Belarus (白俄罗斯) · As of the end of 2023');
    expect(embed.fileStem).toBe('partnership-atlas-partner-blr-2023');
  });

  it("links keep only what shapes each chart; the embed's full-view link is relative", () => {
    const s = state('year=2020&tiers=strategic&partner=BLR&view=ladder');
    const links = buildLinks({ origin: 'https://example.org', pathname: '/atlas/' }, s);
    expect(links('ladder')).toEqual({
      viewUrl: 'https://example.org/atlas/?view=ladder&year=2020&tiers=strategic',
      embedUrl: 'https://example.org/atlas/?embed=ladder&year=2020&tiers=strategic',
    });
    expect(links('partner').embedUrl).toBe('https://example.org/atlas/?embed=partner&year=2020&partner=BLR');
    expect(fullViewHref('map', { ...DEFAULT_VIEW_STATE, asOf: 2020, embed: 'map' })).toBe('./?year=2020');
  });
});

describe('the change view', () => {
  it('compares the end of 2012 (or the given from) with the as-of date', () => {
    const s = state('view=changes&year=2024&region=Asia');
    const model = buildChangeModel(index, s, TODAY);
    expect([model.from, model.fromDate, model.toDate, model.toLabel]).toEqual([
      2012,
      '2012-12-31',
      '2024-12-31',
      '2024',
    ]);
    expect(model.asOf).toEqual({ chosen: 2024, year: 2024, date: '2024-12-31' });
    expect(model.rows.every((r) => r.partner.region === 'Asia')).toBe(true);
    const latest = buildChangeModel(index, state('view=changes&from=2020'), TODAY);
    expect([latest.from, latest.toDate, latest.toLabel]).toEqual([2020, TODAY, TODAY]);
  });
});
