import { describe, expect, it } from 'vitest';
import { excerpt, formatIgnored, parseViewState, summarizeIgnored } from '../../../src/url/viewState';
import { embedderOrigin } from '../../../src/embed/embedderOrigin';

describe('the ignored-parameters notice', () => {
  it('names each parameter once and cuts values to a short excerpt', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 3; i++) params.append('tiers', 'gold');
    params.set('year', 'x'.repeat(100_000));
    const { invalid } = parseViewState(params, 2026);
    const list = summarizeIgnored(invalid);
    expect(list.map((i) => i.param)).toEqual(['year', 'tiers']);
    const notice = formatIgnored(list);
    expect(notice).toBe(`year (“${'x'.repeat(23)}…”), tiers (“gold”)`);
    expect(formatIgnored(list, { values: false })).toBe('year, tiers');
  });

  it('shows three distinct values at most, then how many more', () => {
    const { invalid } = parseViewState(new URLSearchParams('tiers=a,b,c,d,e,a'), 2026);
    expect(formatIgnored(summarizeIgnored(invalid))).toBe('tiers (“a”, “b”, “c”, +2)');
    expect(excerpt('a\u0000b\nc')).toBe('a b c');
  });
});

describe('embedderOrigin', () => {
  it('is the embedding page’s origin when the browser tells it, else any', () => {
    expect(embedderOrigin(['https://news.example'], '')).toBe('https://news.example');
    expect(embedderOrigin([], 'https://blog.example/post?id=1')).toBe('https://blog.example');
    expect(embedderOrigin(undefined, '')).toBe('*');
    expect(embedderOrigin(['null'], 'not a url')).toBe('*');
  });
});
