import { describe, expect, it } from 'vitest';
import { keepSameLists, parseViewState } from '../../../src/url/viewState';

const parse = (q: string) => parseViewState(new URLSearchParams(q)).state;

describe('keepSameLists', () => {
  it('keeps the previous tier and region arrays when a new address has the same ones', () => {
    const before = parse('tiers=strategic,comprehensive-strategic&region=Africa&year=2014');
    const after = keepSameLists(
      before,
      parse('tiers=strategic,comprehensive-strategic&region=Africa&year=2015'),
    );
    expect(after.asOf).toBe(2015);
    expect(after.tiers).toBe(before.tiers);
    expect(after.regions).toBe(before.regions);
  });

  it('takes the new arrays when their content changed, and nothing else differs from the parse', () => {
    const before = parse('tiers=strategic&region=Africa');
    const next = parse('tiers=strategic,comprehensive-strategic&region=Africa&partner=BLR');
    const after = keepSameLists(before, next);
    expect(after.tiers).toEqual(['strategic', 'comprehensive-strategic']);
    expect(after.tiers).not.toBe(before.tiers);
    expect(after.regions).toBe(before.regions);
    expect({ ...after, regions: next.regions }).toEqual(next);
  });

  it('returns the parse itself when there is nothing to keep', () => {
    const next = parse('year=2020');
    expect(keepSameLists(null, next)).toBe(next);
    expect(keepSameLists(parse('tiers=strategic&region=Africa'), next)).toBe(next);
  });
});
