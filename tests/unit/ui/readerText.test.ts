import { describe, expect, it } from 'vitest';
import {
  describeStatusDates as withNbsp,
  noTierLabel,
  sameWording,
  type StatusDates,
} from '../../../src/ui/readerText';

// Dates carry no-break spaces so they never break inside; compare them as a reader reads them.
const describeStatusDates = (s: StatusDates, lang: 'en' | 'zh') =>
  withNbsp(s, lang)?.replace(/\u00a0|\u2060/g, (c) => (c === '\u00a0' ? ' ' : '')) ?? null;

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

  it('gives the UK its rung date (2004) before its wording date (2015), in both languages', () => {
    const s = {
      tierSince: '2004-05-06',
      tierSincePrecision: 'day',
      since: '2015-10-21',
      sincePrecision: 'day',
    } as const;
    expect(describeStatusDates(s, 'en')).toBe(
      'On this rung since 6 May 2004; current wording since 21 October 2015',
    );
    expect(describeStatusDates(s, 'zh')).toMatch(/2004年5月6日；.*2015年10月21日$/);
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
