import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, toSearchString } from '../../../src/url/viewState';
import { buildEmbedUrl, viewStateFor } from '../../../src/ui/links';

const parse = (s: string) => parseViewState(new URLSearchParams(s), 2026);

describe('from= and leader=', () => {
  it('reads a range and a principal for the change view', () => {
    const { state, invalid } = parse('view=changes&from=2012&year=2024&leader=xi-jinping');
    expect(invalid).toEqual([]);
    expect([state.view, state.from, state.asOf, state.leader]).toEqual(['changes', 2012, 2024, 'xi-jinping']);
  });
  it('defaults to no comparison, so older links keep their meaning', () => {
    expect(parse('year=2015').state.from).toBeNull();
    expect(parse('year=2015').state.leader).toBeNull();
  });
  it('falls back on garbage, and on a from that is not before year, naming the parameter', () => {
    expect(parse('from=20x3').invalid).toEqual([{ param: 'from', value: '20x3' }]);
    expect(parse('from=2020&year=2015')).toMatchObject({
      state: { from: null, asOf: 2015 },
      invalid: [{ param: 'from', value: '2020' }],
    });
    expect(parse('from=2015&year=2015').state.from).toBeNull();
    // Without year the second date is today: from must be an earlier year.
    expect(parse('from=2026').state.from).toBeNull();
    expect(parse('from=2025').state.from).toBe(2025);
    expect(parse('leader=Xi%20Jinping').invalid).toEqual([{ param: 'leader', value: 'Xi Jinping' }]);
  });
  it('writes from next to year and round-trips', () => {
    const s = '?embed=changes&from=2013&year=2024&region=Asia&leader=xi-jinping';
    expect(toSearchString(serializeViewState(parse(s).state))).toBe(s);
  });
  it('keeps from and leader in the change view’s links and embed code, and drops them from the map’s', () => {
    const f = parse('view=changes&from=2013&year=2024&leader=xi-jinping&partner=BLR').state;
    const loc = { origin: 'https://atlas.example', pathname: '/atlas/' };
    expect(buildEmbedUrl(loc, 'changes', f)).toBe(
      'https://atlas.example/atlas/?embed=changes&from=2013&year=2024&leader=xi-jinping',
    );
    expect(viewStateFor('map', f)).toMatchObject({ from: null, leader: null });
  });
});
