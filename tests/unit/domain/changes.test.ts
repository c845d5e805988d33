import { describe, expect, it } from 'vitest';
import {
  buildChanges,
  buildLeaderCounts,
  buildTierFlows,
  countChanges,
  leaderId,
  stripMeetings,
  summarizeChanges,
  type ChangeFilters,
} from '../../../src/domain/changes';
import { yearEnd } from '../../../src/domain/status';
import { makeMeeting, makePartner } from '../../fixtures/factories';

const NONE: ChangeFilters = { regions: [], tiers: [], leader: null };
const li = { name: 'Li Keqiang', title: 'Premier' };
const hu = { name: 'Hu Jintao', title: 'President' };

const partners = [
  makePartner({ id: 'BLR', name_en: 'Belarus', region: 'Europe' }),
  makePartner({ id: 'LAP', name_en: 'Lapsia', region: 'Africa', iso_numeric: '001' }),
  makePartner({ id: 'DWN', name_en: 'Downland', region: 'Asia', iso_numeric: '002' }),
  makePartner({ id: 'REN', name_en: 'Renamia', region: 'Europe', iso_numeric: '003' }),
  makePartner({ id: 'NEW', name_en: 'Newland', region: 'Americas', iso_numeric: '004' }),
  makePartner({ id: 'MON', name_en: 'Monthia', region: 'Africa', iso_numeric: '005' }),
  makePartner({ id: 'NOP', name_en: 'Nopartia', region: 'Oceania', iso_numeric: '006' }),
];
const meetings = [
  // Belarus: strategic in 2011 (Hu), comprehensive strategic 2013, all-weather 2022 (Xi): up three rungs.
  makeMeeting({
    date: '2011-06-01',
    tier_after: 'strategic',
    wording_en: 'strategic partnership',
    china_principal: hu,
  }),
  makeMeeting({
    date: '2013-07-16',
    change: 'upgraded',
    tier_before: 'strategic',
    tier_after: 'comprehensive-strategic',
  }),
  makeMeeting({
    date: '2022-09-15',
    change: 'upgraded',
    tier_before: 'comprehensive-strategic',
    tier_after: 'all-weather',
    wording_en: 'all-weather comprehensive strategic partnership',
  }),
  makeMeeting({
    date: '2023-03-01',
    change: 'reaffirmed',
    tier_before: 'all-weather',
    tier_after: 'all-weather',
    wording_en: 'all-weather comprehensive strategic partnership',
  }),
  // A lapse: a partnership in 2005, ended in 2016.
  makeMeeting({
    partner_id: 'LAP',
    date: '2005-03-01',
    tier_after: 'cooperative',
    wording_en: 'cooperative partnership',
    china_principal: hu,
  }),
  makeMeeting({
    partner_id: 'LAP',
    date: '2016-05-05',
    change: 'downgraded',
    tier_before: 'cooperative',
    tier_after: null,
    wording_en: 'relations suspended',
  }),
  // A downgrade by one rung, by Li Keqiang.
  makeMeeting({
    partner_id: 'DWN',
    date: '2008-01-10',
    tier_after: 'strategic',
    wording_en: 'strategic partnership',
    china_principal: hu,
  }),
  makeMeeting({
    partner_id: 'DWN',
    date: '2017-02-02',
    change: 'downgraded',
    tier_before: 'strategic',
    tier_after: 'comprehensive-cooperative',
    wording_en: 'comprehensive cooperative partnership',
    china_principal: li,
  }),
  // A renaming that keeps the rung.
  makeMeeting({
    partner_id: 'REN',
    date: '2010-10-10',
    tier_after: 'comprehensive-strategic',
    china_principal: hu,
  }),
  makeMeeting({
    partner_id: 'REN',
    date: '2018-08-08',
    change: 'renamed',
    tier_before: 'comprehensive-strategic',
    tier_after: 'comprehensive-strategic',
    wording_en: 'comprehensive strategic partnership for a new era',
  }),
  // First partnership inside the range.
  makeMeeting({
    partner_id: 'NEW',
    date: '2019-04-04',
    tier_after: 'strategic',
    wording_en: 'strategic partnership',
  }),
  // A meeting dated to the month only (December 2012 is stored as 2012-12-01) and one in January 2013.
  makeMeeting({
    partner_id: 'MON',
    date: '2012-12-01',
    date_precision: 'month',
    tier_after: 'cooperative',
    wording_en: 'cooperative partnership',
    china_principal: hu,
  }),
  makeMeeting({
    partner_id: 'MON',
    date: '2024-01-01',
    date_precision: 'month',
    change: 'upgraded',
    tier_before: 'cooperative',
    tier_after: 'comprehensive-cooperative',
    wording_en: 'comprehensive cooperative partnership',
  }),
];
const dataset = { partners, meetings };
const rows = buildChanges(dataset, yearEnd(2012), yearEnd(2024), NONE);
const byId = new Map(rows.map((r) => [r.partner.id, r]));

describe('buildChanges, 2012 to 2024', () => {
  it('counts a climb from strategic to all-weather as three rungs, with the two upgrades in between', () => {
    const blr = byId.get('BLR')!;
    expect([blr.tierBefore, blr.tierAfter, blr.rungs, blr.cls]).toEqual([
      'strategic',
      'all-weather',
      3,
      'up3',
    ]);
    // The 2011 establishment is before the range; the 2023 reaffirmation sets nothing.
    expect(blr.meetings.map((m) => m.date)).toEqual(['2013-07-16', '2022-09-15']);
  });
  it('classes a lapse as lowered or lapsed, with no rung count', () => {
    const lap = byId.get('LAP')!;
    expect([lap.cls, lap.lapsed, lap.rungs, lap.tierAfter]).toEqual(['down', true, null, null]);
  });
  it('counts a downgrade as one rung down', () => {
    const dwn = byId.get('DWN')!;
    expect([dwn.cls, dwn.lapsed, dwn.rungs]).toEqual(['down', false, -1]);
  });
  it('keeps a renaming on the same rung as unchanged, flagged as renamed', () => {
    const ren = byId.get('REN')!;
    expect([ren.cls, ren.renamed, ren.rungs, ren.meetings.length]).toEqual(['same', true, 0, 1]);
  });
  it('classes a first partnership inside the range as new', () => {
    const nw = byId.get('NEW')!;
    expect([nw.cls, nw.tierBefore, nw.tierAfter, nw.rungs]).toEqual(['new', null, 'strategic', null]);
  });
  it('puts a meeting dated to the month only on the first of its month', () => {
    const mon = byId.get('MON')!;
    // December 2012 counts as before the end of 2012, January 2024 as inside the range.
    expect([mon.tierBefore, mon.tierAfter, mon.cls]).toEqual([
      'cooperative',
      'comprehensive-cooperative',
      'up1',
    ]);
    expect(mon.meetings.map((m) => m.date_precision)).toEqual(['month']);
    // Status at the end of November 2012: the December meeting has not happened yet.
    const nov = buildChanges(dataset, '2012-11-30', yearEnd(2024), NONE).find((r) => r.partner.id === 'MON')!;
    expect(nov.cls).toBe('new');
  });
  it('classes a partner with no partnership at either date as none', () => {
    expect(byId.get('NOP')!.cls).toBe('none');
  });
  it('counts and summarises the classes for the headline', () => {
    expect(countChanges(rows)).toEqual({ new: 1, up1: 1, up2: 0, up3: 1, same: 1, down: 2, none: 1 });
    expect(summarizeChanges(rows)).toEqual({
      established: 1,
      upgrades: 2,
      downgrades: 1,
      lapses: 1,
      renamings: 1,
    });
  });
});

describe('filters', () => {
  it('keeps only partners with a meeting the chosen principal held in the range', () => {
    const li_ = buildChanges(dataset, yearEnd(2012), yearEnd(2024), { ...NONE, leader: 'li-keqiang' });
    expect(li_.map((r) => r.partner.id)).toEqual(['DWN']);
    // Hu Jintao's meetings all fall before 2013: none of his in the range.
    expect(buildChanges(dataset, yearEnd(2012), yearEnd(2024), { ...NONE, leader: 'hu-jintao' })).toEqual([]);
  });
  it('filters by region and by a tier held at either date', () => {
    const africa = buildChanges(dataset, yearEnd(2012), yearEnd(2024), { ...NONE, regions: ['Africa'] });
    expect(africa.map((r) => r.partner.id)).toEqual(['LAP', 'MON']);
    const coop = buildChanges(dataset, yearEnd(2012), yearEnd(2024), { ...NONE, tiers: ['cooperative'] });
    // Lapsia was cooperative at the start, Monthia too (it is strategic at the end).
    expect(coop.map((r) => r.partner.id)).toEqual(['LAP', 'MON']);
  });
});

describe('buildTierFlows', () => {
  it('groups partners by tier at each date, leaving out no partnership at either', () => {
    const flows = buildTierFlows(rows);
    const key = (f: (typeof flows)[number]) => `${f.from ?? '∅'}>${f.to ?? '∅'}`;
    expect(flows.map(key)).toEqual([
      'comprehensive-strategic>comprehensive-strategic',
      'strategic>all-weather',
      'strategic>comprehensive-cooperative',
      'cooperative>comprehensive-cooperative',
      'cooperative>∅',
      '∅>strategic',
    ]);
    expect(
      flows.find((f) => f.from === 'cooperative' && f.to === null)!.rows.map((r) => r.partner.id),
    ).toEqual(['LAP']);
    expect(flows.some((f) => f.from === null && f.to === null)).toBe(false);
  });
});

describe('buildLeaderCounts and the strip', () => {
  it('counts tier-setting meetings in the range by China’s principal, most first', () => {
    const counts = buildLeaderCounts(rows);
    expect(counts.map((c) => [c.id, c.count])).toEqual([
      ['xi-jinping', 6],
      ['li-keqiang', 1],
    ]);
    expect(counts[0]).toMatchObject({ established: 1, upgraded: 3, renamed: 1, downgraded: 1 });
  });
  it('lists one principal’s meetings in date order', () => {
    expect(stripMeetings(rows, 'li-keqiang').map((m) => m.id)).toEqual(['dwn-2017-02-02']);
    const all = stripMeetings(rows, null).map((m) => m.date);
    expect(all).toEqual([...all].sort());
    expect(all).toHaveLength(7);
  });
  it('makes URL-safe ids from names', () => {
    expect(leaderId('Xi Jinping')).toBe('xi-jinping');
    expect(leaderId('  Wen  Jiabao ')).toBe('wen-jiabao');
  });
});
