import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  toSearchString,
} from '../../../src/url/viewState';

const parse = (q: string) => parseViewState(new URLSearchParams(q), 2026);

describe('parseViewState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, invalid: [] });
  });

  it('reads every parameter of the URL API', () => {
    const { state, invalid } = parse(
      'year=2015&tiers=strategic,all-weather&region=Europe&partner=BLR&meeting=blr-2022-09-15&view=ladder&lang=zh&embed=map&from=2012&leader=xi-jinping',
    );
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      asOf: 2015,
      tiers: ['strategic', 'all-weather'],
      regions: ['Europe'],
      partner: 'BLR',
      meeting: 'blr-2022-09-15',
      view: 'ladder',
      lang: 'zh',
      embed: 'map',
      from: 2012,
      leader: 'xi-jinping',
    });
  });

  it('drops malformed values and names each one, keeping the good ones', () => {
    const { state, invalid } = parse(
      'year=20x5&tiers=strategic,<script>,strategic&view=globe&lang=fr&partner=<b>x</b>&meeting=drop table&region=Mars',
    );
    expect(state.asOf).toBeNull();
    expect(state.tiers).toEqual(['strategic']);
    expect(state.view).toBe('map');
    expect(state.lang).toBe('en');
    expect(state.partner).toBeNull();
    expect(state.meeting).toBeNull();
    expect(state.regions).toEqual([]);
    expect(invalid.map((i) => i.param).sort()).toEqual([
      'lang',
      'meeting',
      'partner',
      'region',
      'tiers',
      'view',
      'year',
    ]);
  });

  it('refuses years outside the atlas range', () => {
    expect(parse('year=1800').state.asOf).toBeNull();
    expect(parse('year=2099').state.asOf).toBeNull();
    expect(parse('year=1993').state.asOf).toBe(1993);
  });
});

describe('serializeViewState', () => {
  it('leaves out defaults so links stay short', () => {
    expect(toSearchString(serializeViewState(DEFAULT_VIEW_STATE))).toBe('');
  });

  it('writes a fixed key order and ladder order for tiers, whatever the input order', () => {
    const s = toSearchString(
      serializeViewState({
        ...DEFAULT_VIEW_STATE,
        lang: 'zh',
        partner: 'BLR',
        tiers: ['all-weather', 'strategic'],
        asOf: 2015,
        view: 'table',
      }),
    );
    expect(s).toBe('?view=table&year=2015&tiers=strategic,all-weather&partner=BLR&lang=zh');
  });

  it('round-trips: serialize(parse(x)) is stable', () => {
    const inputs = [
      '?year=2015&tiers=all-weather,strategic',
      '?lang=zh&partner=TLS&meeting=tls-2023-09-23&view=ladder',
      '?embed=map&year=2020&region=Africa,Asia',
      '?tiers=bogus&year=abc',
    ];
    for (const q of inputs) {
      const once = toSearchString(serializeViewState(parse(q).state));
      const twice = toSearchString(serializeViewState(parse(once).state));
      expect(twice).toBe(once);
    }
  });
});
