import { describe, expect, it } from 'vitest';
import { buildHeadline, describeChange, meetingShort } from '../../../src/features/changes/changeText';
import { buildChangesCsv } from '../../../src/features/changes/changeCsv';
import { buildChanges } from '../../../src/domain/changes';
import { yearEnd } from '../../../src/domain/status';
import { parseCsv } from '../../../src/export/toCsv';
import { makeMeeting, makePartner } from '../../fixtures/factories';

const summary = { established: 12, upgrades: 30, downgrades: 1, lapses: 0, renamings: 2 };

describe('the headline', () => {
  it('says the range and the numbers in English and Chinese', () => {
    expect(
      buildHeadline({ summary, from: 2012, to: 2024, asOf: '2024-12-31', lang: 'en', leader: null }),
    ).toBe(
      'Between the end of 2012 and the end of 2024: 12 new partnerships, 30 upgrades, 1 downgrade, 0 lapses.',
    );
    expect(
      buildHeadline({ summary, from: 2012, to: 2024, asOf: '2024-12-31', lang: 'zh', leader: null }),
    ).toBe('2012年底至2024年底：新建伙伴关系12个，升级30个，降级1个，失效0个。');
  });
  it('names the principal and today’s date for the latest status', () => {
    expect(
      buildHeadline({ summary, from: 2012, to: null, asOf: '2026-12-04', lang: 'en', leader: 'Xi Jinping' }),
    ).toBe(
      // Dates carry no-break spaces so they never break inside.
      'Between the end of 2012 and 4\u00a0December\u00a02026 (meetings held by Xi Jinping): 12 new partnerships, 30 upgrades, 1 downgrade, 0 lapses.',
    );
    expect(
      buildHeadline({
        summary,
        from: 2012,
        to: null,
        asOf: '2026-12-04',
        lang: 'zh',
        leader: 'Xi Jinping',
      }).replace(/\u2060/g, ''),
    ).toContain('2012年底至2026年12月4日（习近平主持的会晤）');
  });
});

const partners = [makePartner({ id: 'BLR', name_en: 'Belarus' })];
const meetings = [
  makeMeeting({ date: '2011-06-01', tier_after: 'strategic' }),
  makeMeeting({
    date: '2019-05-01',
    date_precision: 'month',
    change: 'upgraded',
    tier_before: 'strategic',
    tier_after: 'comprehensive-strategic',
  }),
];
const rows = buildChanges({ partners, meetings }, yearEnd(2013), yearEnd(2024), {
  regions: [],
  tiers: [],
  leader: null,
});
const names = new Map([
  ['strategic', 'strategic'],
  ['comprehensive-strategic', 'comprehensive strategic'],
] as const);

describe('tooltips and CSV', () => {
  it('reads "strategic (2013) → comprehensive strategic (2024), via …"', () => {
    expect(describeChange(rows[0]!, '2013', '2024', names, 'en')).toBe(
      'strategic (2013) → comprehensive strategic (2024), via May\u00a02019, Beijing',
    );
    expect(meetingShort(makeMeeting({ date: '2019-04-25' }), 'en')).toBe('2019 Beijing');
  });
  it('writes one row per partner with ids, tiers at each date and the meetings', () => {
    const csv = parseCsv(buildChangesCsv(rows, 2013, 'end_2024'));
    expect(csv[0]).toEqual([
      'partner_id',
      'partner',
      'partner_zh',
      'region',
      'tier_end_2013',
      'tier_end_2024',
      'rungs_moved',
      'change',
      'lapsed',
      'renamed',
      'meetings',
      'meeting_dates',
      'china_principals',
    ]);
    expect(csv[1]).toEqual([
      'BLR',
      'Belarus',
      '白俄罗斯',
      'Europe',
      'strategic',
      'comprehensive-strategic',
      '1',
      'up1',
      'false',
      'false',
      'blr-2019-05-01',
      '2019-05',
      'Xi Jinping',
    ]);
  });
});

describe('changeSubtitleFor', () => {
  it('is the subtitle of the model and the view state it came from', async () => {
    const { buildChangeSubtitle, changeSubtitleFor } =
      await import('../../../src/features/changes/changeLegend');
    const names = new Map([['strategic', 'Strategic partnership']] as const);
    const model = { from: 2013, toDate: '2024-12-31', leaderName: 'Xi Jinping' };
    const state = { asOf: 2024, tiers: ['strategic' as const], regions: ['Africa' as const] };
    const expected = buildChangeSubtitle({
      from: 2013,
      to: 2024,
      asOf: '2024-12-31',
      tiers: ['strategic'],
      regions: ['Africa'],
      tierNames: names,
      leaderName: 'Xi Jinping',
      lang: 'en',
    });
    expect(changeSubtitleFor(model, state, names, 'en')).toBe(expected);
    expect(expected).toMatch(/2013/);
    expect(expected).toMatch(/Africa/);
  });
});
