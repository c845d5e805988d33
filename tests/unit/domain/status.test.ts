import { describe, expect, it } from 'vitest';
import { buildStatusIndex, groupMeetingsByPartner, statusOn, yearEnd } from '../../../src/domain/status';
import { makeMeeting } from '../../fixtures/factories';

const history = [
  makeMeeting({ date: '2013-07-16' }),
  makeMeeting({
    date: '2016-09-29',
    change: 'renamed',
    tier_before: 'comprehensive-strategic',
    tier_after: 'comprehensive-strategic',
    wording_en: 'comprehensive strategic partnership of mutual trust and win-win cooperation',
  }),
  makeMeeting({
    date: '2020-03-01',
    change: 'reaffirmed',
    tier_before: 'comprehensive-strategic',
    tier_after: 'comprehensive-strategic',
    wording_en: 'comprehensive strategic partnership of mutual trust and win-win cooperation',
    community_with_shared_future: true,
  }),
  makeMeeting({
    date: '2022-09-15',
    change: 'upgraded',
    tier_before: 'comprehensive-strategic',
    tier_after: 'all-weather',
    wording_en: 'all-weather comprehensive strategic partnership',
  }),
  makeMeeting({
    partner_id: 'TLS',
    date: '2014-04-09',
    tier_after: 'comprehensive-cooperative',
    wording_en: 'comprehensive cooperative partnership',
  }),
];

describe('statusOn', () => {
  it('has no status before the first meeting', () => {
    expect(statusOn(history, 'BLR', '2013-07-15')).toBeNull();
  });

  it('takes the meeting on the date itself', () => {
    expect(statusOn(history, 'BLR', '2013-07-16')?.tier).toBe('comprehensive-strategic');
  });

  it('gives Belarus its 2013 tier in 2015 and the all-weather tier after Samarkand', () => {
    expect(statusOn(history, 'BLR', yearEnd(2015))?.tier).toBe('comprehensive-strategic');
    expect(statusOn(history, 'BLR', yearEnd(2021))?.tier).toBe('comprehensive-strategic');
    const now = statusOn(history, 'BLR', yearEnd(2022));
    expect(now?.tier).toBe('all-weather');
    expect(now?.wordingEn).toBe('all-weather comprehensive strategic partnership');
    expect(now?.since).toBe('2022-09-15');
  });

  it('does not move "since" on a reaffirmation but keeps its flag', () => {
    const s = statusOn(history, 'BLR', yearEnd(2020));
    expect(s?.since).toBe('2016-09-29');
    expect(s?.lastMeeting.date).toBe('2020-03-01');
    expect(s?.communityWithSharedFuture).toBe(true);
    expect(statusOn(history, 'BLR', yearEnd(2019))?.communityWithSharedFuture).toBe(false);
  });

  it('reports a lapsed relationship as having no tier', () => {
    const lapsed = [
      makeMeeting({
        partner_id: 'USA',
        date: '1997-10-29',
        tier_after: 'strategic',
        wording_en: 'constructive strategic partnership',
      }),
      makeMeeting({
        partner_id: 'USA',
        date: '2001-01-01',
        date_precision: 'year',
        change: 'downgraded',
        tier_before: 'strategic',
        tier_after: null,
        wording_en: 'relationship lapsed',
      }),
    ];
    const s = statusOn(lapsed, 'USA', yearEnd(2005));
    expect(s?.tier).toBeNull();
    expect(s?.since).toBeNull();
    expect(statusOn(lapsed, 'USA', yearEnd(1999))?.tier).toBe('strategic');
  });

  it('ignores the order the meetings come in', () => {
    expect(statusOn([...history].reverse(), 'BLR', yearEnd(2016))?.wordingEn).toContain('mutual trust');
  });
});

describe('buildStatusIndex', () => {
  it('indexes every partner with a meeting on or before the date', () => {
    const index = buildStatusIndex(groupMeetingsByPartner(history), yearEnd(2013));
    expect([...index.keys()]).toEqual(['BLR']);
    const later = buildStatusIndex(groupMeetingsByPartner(history), yearEnd(2014));
    expect(later.get('TLS')?.tier).toBe('comprehensive-cooperative');
  });
});

describe('a status has two dates: the rung and the wording', () => {
  it('a renaming on the same rung moves the wording date, not the rung date', () => {
    const s = statusOn(history, 'BLR', '2018-12-31')!;
    expect([s.tierSince, s.since]).toEqual(['2013-07-16', '2016-09-29']);
  });
  it('a reaffirmation moves neither; an upgrade moves both', () => {
    expect(statusOn(history, 'BLR', '2021-12-31')!.tierSince).toBe('2013-07-16');
    const s = statusOn(history, 'BLR', '2023-12-31')!;
    expect([s.tierSince, s.since]).toEqual(['2022-09-15', '2022-09-15']);
  });
  it('a lapse leaves no tier and no dates', () => {
    const lapsed = [
      makeMeeting({
        partner_id: 'USA',
        date: '1997-10-29',
        tier_after: 'strategic',
        wording_en: 'constructive strategic partnership',
      }),
      makeMeeting({
        partner_id: 'USA',
        date: '2001-10-19',
        change: 'downgraded',
        tier_before: 'strategic',
        tier_after: null,
      }),
    ];
    const s = statusOn(lapsed, 'USA', '2005-12-31')!;
    expect([s.tier, s.tierSince, s.since]).toEqual([null, null, null]);
  });
  it('a month-precision rung date keeps its precision', () => {
    const m = [
      makeMeeting({
        partner_id: 'BRA',
        date: '1993-11-01',
        date_precision: 'month',
        tier_after: 'strategic',
      }),
    ];
    const s = statusOn(m, 'BRA', '2000-12-31')!;
    expect([s.tierSince, s.tierSincePrecision]).toEqual(['1993-11-01', 'month']);
  });
});
