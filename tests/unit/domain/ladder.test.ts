import { describe, expect, it } from 'vitest';
import { applyFilters, buildPartnerRows, rungsClimbed } from '../../../src/domain/filters';
import {
  buildClimb,
  buildLadderCounts,
  buildLadderSeries,
  recentChanges,
  yearTicks,
} from '../../../src/domain/ladder';
import { groupMeetingsByPartner } from '../../../src/domain/status';
import { makeMeeting, makePartner } from '../../fixtures/factories';

const partners = [
  makePartner(),
  makePartner({ id: 'TLS', name_en: 'Timor-Leste', name_zh: '东帝汶', region: 'Asia', iso_numeric: '626' }),
  makePartner({
    id: 'PRY',
    name_en: 'Paraguay',
    name_zh: '巴拉圭',
    region: 'Americas',
    iso_numeric: '600',
    relations: { status: 'none', since: null, note: null, source: null },
  }),
  makePartner({
    id: 'FJI',
    name_en: 'Fiji',
    name_zh: '斐济',
    region: 'Oceania',
    iso_numeric: '242',
    relations: { status: 'diplomatic', since: '1975', note: null, source: null },
  }),
];
const meetings = [
  makeMeeting({ date: '2013-07-16' }),
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
  makeMeeting({
    partner_id: 'TLS',
    date: '2023-09-23',
    change: 'upgraded',
    tier_before: 'comprehensive-cooperative',
    tier_after: 'comprehensive-strategic',
    wording_en: 'comprehensive strategic partnership',
  }),
];
const byPartner = groupMeetingsByPartner(meetings);

describe('buildPartnerRows', () => {
  it('gives each partner its tier and base status on a date', () => {
    const rows = buildPartnerRows(partners, byPartner, '2015-12-31');
    const byId = Object.fromEntries(rows.map((r) => [r.partner.id, [r.tier, r.base]]));
    expect(byId).toEqual({
      BLR: ['comprehensive-strategic', 'partner'],
      TLS: ['comprehensive-cooperative', 'partner'],
      PRY: [null, 'none'],
      FJI: [null, 'diplomatic'],
    });
  });

  it('treats relations established after the date as not yet existing', () => {
    const rows = buildPartnerRows(partners, byPartner, '1970-12-31');
    expect(rows.find((r) => r.partner.id === 'FJI')?.base).toBe('none');
  });
});

describe('applyFilters', () => {
  const rows = buildPartnerRows(partners, byPartner, '2024-12-31');
  it('keeps only the chosen tiers', () => {
    expect(applyFilters(rows, { tiers: ['all-weather'], regions: [] }).map((r) => r.partner.id)).toEqual([
      'BLR',
    ]);
  });
  it('filters by region, and "no tier chosen" keeps partners without a tier', () => {
    expect(applyFilters(rows, { tiers: [], regions: ['Asia', 'Americas'] }).map((r) => r.partner.id)).toEqual(
      ['TLS', 'PRY'],
    );
  });
});

describe('buildLadderCounts', () => {
  it('counts partners on every rung, lowest first, zeros included', () => {
    const counts = buildLadderCounts(buildPartnerRows(partners, byPartner, '2015-12-31'));
    expect(counts.map((c) => [c.tier, c.count])).toEqual([
      ['cooperative', 0],
      ['comprehensive-cooperative', 1],
      ['strategic', 0],
      ['comprehensive-strategic', 1],
      ['comprehensive-strategic-cooperative', 0],
      ['all-weather', 0],
      ['coordination-new-era', 0],
    ]);
  });
});

describe('buildLadderSeries', () => {
  it('counts each rung at the end of each year', () => {
    const series = buildLadderSeries(byPartner.values(), 2012, 2023);
    const at = (y: number) => series.find((r) => r.year === y)!;
    expect(at(2012).total).toBe(0);
    expect(at(2013)['comprehensive-strategic']).toBe(1);
    expect(at(2014)['comprehensive-cooperative']).toBe(1);
    expect(at(2022)['all-weather']).toBe(1);
    expect(at(2022)['comprehensive-strategic']).toBe(0);
    expect(at(2023)['comprehensive-strategic']).toBe(1);
    expect(at(2023).total).toBe(2);
  });
});

describe('buildClimb and rungsClimbed', () => {
  it('draws Timor-Leste climbing from rung 2 to rung 4', () => {
    const climb = buildClimb(byPartner.get('TLS')!, '2025-12-31');
    expect(climb.map((p) => p.rank)).toEqual([2, 4, 4]);
    expect(climb.at(-1)?.meetingId).toBeNull();
    expect(rungsClimbed('comprehensive-cooperative', 'comprehensive-strategic')).toBe(2);
    expect(rungsClimbed(null, 'strategic')).toBe(3);
    expect(rungsClimbed('strategic', null)).toBeNull();
  });
});

describe('yearTicks and recentChanges', () => {
  it('puts round years on the time axis and never a year past the end', () => {
    expect(yearTicks(1993, 2026)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(2013, 2026)).toEqual([2014, 2016, 2018, 2020, 2022, 2024, 2026]);
    expect(yearTicks(2020, 2023)).toEqual([2020, 2021, 2022, 2023]);
  });
  it('lists the latest changes up to a date, newest first, without reaffirmations', () => {
    const withReaffirm = [
      ...meetings,
      makeMeeting({
        date: '2023-01-01',
        change: 'reaffirmed',
        tier_before: 'all-weather',
        tier_after: 'all-weather',
        wording_en: 'all-weather comprehensive strategic partnership',
      }),
    ];
    expect(recentChanges(withReaffirm, '2023-12-31', 2).map((m) => m.id)).toEqual([
      'tls-2023-09-23',
      'blr-2022-09-15',
    ]);
    expect(recentChanges(withReaffirm, '2014-12-31', 5).map((m) => m.id)).toEqual([
      'tls-2014-04-09',
      'blr-2013-07-16',
    ]);
  });
});

describe('buildClimbSegments', () => {
  const point = (
    t: number,
    tier: import('../../../src/domain/schema').TierId | null,
    id: string | null = 'm',
  ) => ({
    t,
    date: `${Math.floor(t)}-01-01`,
    rank: tier
      ? ['cooperative', 'comprehensive-cooperative', 'strategic', 'comprehensive-strategic'].indexOf(tier) + 1
      : null,
    tier,
    meetingId: id,
  });

  it('gives one step per rung, joins reaffirmations on the same rung and leaves a lapse as a gap', async () => {
    const { buildClimbSegments, climbTiers } = await import('../../../src/domain/ladder');
    const points = [
      point(2004, 'strategic'),
      point(2008, 'strategic'),
      point(2014, 'comprehensive-strategic'),
      point(2018, null),
      point(2020, 'cooperative'),
      point(2025, 'cooperative', null),
    ];
    expect(buildClimbSegments(points).map((s) => [s.tier, s.from, s.to])).toEqual([
      ['strategic', 2004, 2014],
      ['comprehensive-strategic', 2014, 2018],
      ['cooperative', 2020, 2025],
    ]);
    expect(climbTiers(points)).toEqual(['cooperative', 'strategic', 'comprehensive-strategic']);
  });
});
