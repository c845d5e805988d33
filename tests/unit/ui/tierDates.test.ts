import { describe, expect, it } from 'vitest';
import { tierDates } from '../../../src/ui/i18n';

describe('tierDates: the rung date first, then the wording date', () => {
  it('says both when a renaming came after the rung was reached (the UK)', () => {
    const s = {
      tierSince: '2004-05-06',
      tierSincePrecision: 'day',
      since: '2015-10-21',
      sincePrecision: 'day',
    } as const;
    expect(tierDates(s, 'en')).toBe('On this rung since 6 May 2004; current wording since 21 October 2015');
    expect(tierDates(s, 'zh')).toBe('2004年5月6日起处于这一层级；现行表述始于2015年10月21日');
  });
  it('says one date when both are the same, at the precision known', () => {
    const s = {
      tierSince: '1993-11-01',
      tierSincePrecision: 'year',
      since: '1993-11-01',
      sincePrecision: 'year',
    } as const;
    expect(tierDates(s, 'en')).toBe('Since 1993');
  });
  it('says nothing for a partner without a tier', () => {
    expect(
      tierDates({ tierSince: null, tierSincePrecision: 'day', since: null, sincePrecision: 'day' }, 'en'),
    ).toBeNull();
  });
});
