import { describe, expect, it } from 'vitest';
import { describeStatusDates, noTierLabel, sameWording } from '../../../src/ui/readerText';

describe('reader text', () => {
  it('has one wording for each partner without a tier', () => {
    expect(noTierLabel('diplomatic', 'en')).toBe('Relations, no partnership');
    expect(noTierLabel('organization', 'en')).toBe('Relations, no partnership');
    expect(noTierLabel('none', 'en')).toBe('No diplomatic relations');
    expect(noTierLabel('disputed', 'en')).toBe('Disputed status');
    expect(noTierLabel('none', 'zh')).toBe('未建交');
  });

  it('says the rung date first when the wording changed later, and one date otherwise', () => {
    expect(
      describeStatusDates(
        { since: '2015-06-01', sincePrecision: 'day', tierSince: '2004', tierSincePrecision: 'year' },
        'en',
      ),
    ).toBe('On this rung since 2004; current wording since 1 June 2015');
    expect(describeStatusDates({ since: '2015-06-01', sincePrecision: 'month' }, 'en')).toBe(
      'Since June 2015',
    );
    expect(
      describeStatusDates({ since: '2015-06-01', sincePrecision: 'day', tierSince: '2015-06-01' }, 'en'),
    ).toBe('Since 1 June 2015');
    expect(describeStatusDates({ since: null, sincePrecision: 'day' }, 'en')).toBeNull();
  });

  it('treats a wording that only repeats the rung name as the same', () => {
    expect(sameWording('comprehensive strategic partnership', 'Comprehensive strategic partnership')).toBe(
      true,
    );
    expect(
      sameWording(
        'all-weather strategic cooperative partnership',
        'All-weather / permanent strategic partnership',
      ),
    ).toBe(false);
  });
});
