import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, parseFilters, serializeFilters, toSearchString } from '../../../src/url/filters';

const parse = (q: string) => parseFilters(new URLSearchParams(q), 2026);

describe('parseFilters', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ filters: DEFAULT_FILTERS, invalid: [] });
  });

  it('reads every parameter of the URL API', () => {
    const { filters, invalid } = parse(
      'year=2015&tiers=strategic,all-weather&region=Europe&partner=BLR&meeting=blr-2022-09-15&view=ladder&lang=zh&embed=map&from=2012&leader=xi-jinping',
    );
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      year: 2015,
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
    const { filters, invalid } = parse(
      'year=20x5&tiers=strategic,<script>,strategic&view=globe&lang=fr&partner=<b>x</b>&meeting=drop table&region=Mars',
    );
    expect(filters.year).toBeNull();
    expect(filters.tiers).toEqual(['strategic']);
    expect(filters.view).toBe('map');
    expect(filters.lang).toBe('en');
    expect(filters.partner).toBeNull();
    expect(filters.meeting).toBeNull();
    expect(filters.regions).toEqual([]);
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
    expect(parse('year=1800').filters.year).toBeNull();
    expect(parse('year=2099').filters.year).toBeNull();
    expect(parse('year=1993').filters.year).toBe(1993);
  });
});

describe('serializeFilters', () => {
  it('leaves out defaults so links stay short', () => {
    expect(toSearchString(serializeFilters(DEFAULT_FILTERS))).toBe('');
  });

  it('writes a fixed key order and ladder order for tiers, whatever the input order', () => {
    const s = toSearchString(
      serializeFilters({
        ...DEFAULT_FILTERS,
        lang: 'zh',
        partner: 'BLR',
        tiers: ['all-weather', 'strategic'],
        year: 2015,
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
      const once = toSearchString(serializeFilters(parse(q).filters));
      const twice = toSearchString(serializeFilters(parse(once).filters));
      expect(twice).toBe(once);
    }
  });
});
