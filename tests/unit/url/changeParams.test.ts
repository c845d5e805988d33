import { describe, expect, it } from 'vitest';
import { parseFilters, serializeFilters, toSearchString } from '../../../src/url/filters';
import { buildEmbedUrl, filtersFor } from '../../../src/charts/chartText';

const parse = (s: string) => parseFilters(new URLSearchParams(s), 2026);

describe('from= and leader=', () => {
  it('reads a range and a principal for the change view', () => {
    const { filters, invalid } = parse('view=changes&from=2012&year=2024&leader=xi-jinping');
    expect(invalid).toEqual([]);
    expect([filters.view, filters.from, filters.year, filters.leader]).toEqual([
      'changes',
      2012,
      2024,
      'xi-jinping',
    ]);
  });
  it('defaults to no comparison, so older links keep their meaning', () => {
    expect(parse('year=2015').filters.from).toBeNull();
    expect(parse('year=2015').filters.leader).toBeNull();
  });
  it('falls back on garbage, and on a from that is not before year, naming the parameter', () => {
    expect(parse('from=20x3').invalid).toEqual([{ param: 'from', value: '20x3' }]);
    expect(parse('from=2020&year=2015')).toMatchObject({
      filters: { from: null, year: 2015 },
      invalid: [{ param: 'from', value: '2020' }],
    });
    expect(parse('from=2015&year=2015').filters.from).toBeNull();
    // Without year the second date is today: from must be an earlier year.
    expect(parse('from=2026').filters.from).toBeNull();
    expect(parse('from=2025').filters.from).toBe(2025);
    expect(parse('leader=Xi%20Jinping').invalid).toEqual([{ param: 'leader', value: 'Xi Jinping' }]);
  });
  it('writes from next to year and round-trips', () => {
    const s = '?embed=changes&from=2013&year=2024&region=Asia&leader=xi-jinping';
    expect(toSearchString(serializeFilters(parse(s).filters))).toBe(s);
  });
  it('keeps from and leader in the change view’s links and embed code, and drops them from the map’s', () => {
    const f = parse('view=changes&from=2013&year=2024&leader=xi-jinping&partner=BLR').filters;
    const loc = { origin: 'https://atlas.example', pathname: '/atlas/' };
    expect(buildEmbedUrl(loc, 'changes', f)).toBe(
      'https://atlas.example/atlas/?embed=changes&from=2013&year=2024&leader=xi-jinping',
    );
    expect(filtersFor('map', f)).toMatchObject({ from: null, leader: null });
  });
});
