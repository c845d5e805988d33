import { describe, expect, it } from 'vitest';
import { buildPartnerRows } from '../../../src/domain/filters';
import { groupMeetingsByPartner, buildStatusIndex } from '../../../src/domain/status';
import { buildTableCsvRows, buildTableRows, sortTableRows, type SortKey } from '../../../src/domain/table';
import { makeMeeting, makePartner } from '../../fixtures/factories';

const partners = [
  makePartner(),
  makePartner({ id: 'TLS', name_en: 'Timor-Leste', name_zh: '东帝汶', region: 'Asia', iso_numeric: '626' }),
  makePartner({ id: 'FJI', name_en: 'Fiji', name_zh: '斐济', region: 'Oceania', iso_numeric: '242' }),
  makePartner({
    id: 'PRY',
    name_en: 'Paraguay',
    name_zh: '巴拉圭',
    region: 'Americas',
    iso_numeric: '600',
    relations: { status: 'none', since: null, note: null, source: null },
  }),
];
const byPartner = groupMeetingsByPartner([
  makeMeeting({ partner_id: 'BLR', date: '2013-07-16', tier_after: 'comprehensive-strategic' }),
  makeMeeting({
    partner_id: 'TLS',
    date: '2014-04-09',
    tier_after: 'comprehensive-cooperative',
    wording_en: 'comprehensive cooperative partnership',
    wording_zh: '全面合作伙伴关系',
  }),
]);
const rows = buildTableRows(
  buildPartnerRows(partners, byPartner, '2020-12-31'),
  buildStatusIndex(byPartner, '2012-12-31'),
);
const name = (r: { row: { partner: { name_en: string } } }) => r.row.partner.name_en;

describe('sortTableRows', () => {
  const order = (key: SortKey, dir: 'asc' | 'desc') => sortTableRows(rows, key, dir, name).map(name);

  it('puts partners without a tier, a date or a climb last, ascending and descending', () => {
    for (const key of ['tier', 'since', 'last', 'climb'] as const) {
      expect(order(key, 'asc').slice(2)).toEqual(['Fiji', 'Paraguay']);
      expect(order(key, 'desc').slice(2)).toEqual(['Fiji', 'Paraguay']);
    }
    expect(order('tier', 'desc').slice(0, 2)).toEqual(['Belarus', 'Timor-Leste']);
    expect(order('tier', 'asc').slice(0, 2)).toEqual(['Timor-Leste', 'Belarus']);
  });

  it('sorts names both ways', () => {
    expect(order('name', 'asc')).toEqual(['Belarus', 'Fiji', 'Paraguay', 'Timor-Leste']);
    expect(order('name', 'desc')).toEqual(['Timor-Leste', 'Paraguay', 'Fiji', 'Belarus']);
  });
});

describe('buildTableCsvRows', () => {
  it('writes the rows in the order given, with the wording for partners without a tier', () => {
    const tiers = new Map();
    const sorted = sortTableRows(rows, 'tier', 'desc', name);
    const csv = buildTableCsvRows(sorted, tiers, '2020-12-31', 2012, (r) =>
      r.row.tier ? '' : r.row.base === 'none' ? 'No diplomatic relations' : 'Relations, no partnership',
    );
    expect(csv.map((r) => [r.partner_id, r.status, r.since, r.rungs_climbed])).toEqual([
      ['BLR', '', '2013-07-16', 4],
      ['TLS', '', '2014-04-09', 2],
      ['FJI', 'Relations, no partnership', null, null],
      ['PRY', 'No diplomatic relations', null, null],
    ]);
    expect(csv[0]).toMatchObject({
      as_of: '2020-12-31',
      compared_with: '2012-12-31',
      wording_zh: '全面战略伙伴关系',
    });
  });
});

describe('the table tells the rung date from the wording date', () => {
  it('sorts and exports when the current rung was reached, apart from the wording', async () => {
    const { buildTableRows, TABLE_CSV_COLUMNS } = await import('../../../src/domain/table');
    const status = {
      tierSince: '2004-05-06',
      since: '2015-10-21',
      lastMeeting: { date: '2018-01-31' },
    } as unknown as import('../../../src/domain/status').PartnerStatus;
    const [row] = buildTableRows(
      [{ partner: { id: 'GBR' }, status, tier: 'comprehensive-strategic', base: 'partner' } as never],
      new Map(),
    );
    expect([row!.tierSince, row!.since]).toEqual(['2004-05-06', '2015-10-21']);
    expect(TABLE_CSV_COLUMNS.indexOf('tier_since')).toBe(TABLE_CSV_COLUMNS.indexOf('since') - 1);
  });
});
