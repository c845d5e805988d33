/** The report reader on English reports: the two seeds and the variants wire reports come in. */
import { describe, expect, it } from 'vitest';
import { extractMeeting, toDraftRecord } from '../../../src/domain/report';
import { makeMeeting, makePartner } from '../../fixtures/factories';
import { belarus, full, partners, small, tiers, timorLeste } from './reportFixtures';

describe('extractMeeting on the Timor-Leste seed', () => {
  const draft = extractMeeting(timorLeste, small);

  it.each([
    ['partner_id', 'TLS'],
    ['date', '2023-09-23'],
    ['city', 'Hangzhou'],
    ['china_leader', 'Xi Jinping'],
    ['partner_leader', 'Xanana Gusmao'],
    ['partner_leader_title', 'Prime Minister'],
    ['tier_before', null],
    ['tier_after', 'comprehensive-strategic'],
    ['wording_en', 'comprehensive strategic partnership'],
    ['change', 'upgraded'],
    ['community_with_shared_future', false],
    ['joint_statement', 'joint statement on the establishment of the comprehensive strategic partnership'],
    ['attendees', ['Cai Qi', 'Ding Xuexiang', 'Wang Yi', 'Shen Yiqin']],
    ['needs_review', ['joint_statement']],
  ] as const)('%s', (field, value) => {
    expect(draft[field]).toEqual(value);
  });

  it('takes tier_before from the dataset when its meetings are passed in', () => {
    const withData = extractMeeting(timorLeste, full);
    expect(withData.tier_before).toBe('comprehensive-cooperative');
    expect(withData.change).toBe('upgraded');
    expect(withData.notes).toContainEqual(
      expect.stringMatching(/^tier_before: from the dataset \(tls-2014-04-08\)/),
    );
  });
});

describe('extractMeeting on the Belarus seed', () => {
  const expected = {
    partner_id: 'BLR',
    date: '2022-09-15',
    city: 'Samarkand',
    china_leader: 'Xi Jinping',
    partner_leader: 'Alexander Lukashenko',
    partner_leader_title: 'President',
    tier_after: 'all-weather',
    wording_en: 'all-weather comprehensive strategic partnership',
    wording_zh: '全天候全面战略伙伴关系',
    change: 'upgraded',
    community_with_shared_future: false,
    joint_statement:
      "Joint Statement of the People's Republic of China and the Republic of Belarus on Establishing All-weather Comprehensive Strategic Partnership",
    joint_statement_zh: null,
    attendees: ['Ding Xuexiang', 'Yang Jiechi', 'Wang Yi', 'He Lifeng'],
    needs_review: [],
  };

  it('reads every field with --year 2022', () => {
    const draft = extractMeeting(belarus, { ...small, year: 2022 });
    expect(toDraftRecord(draft)).toEqual({ ...expected, tier_before: null });
  });

  it('reads the year from context (30 years of relations since 1992, the coming 20th Party Congress)', () => {
    const draft = extractMeeting(belarus, full);
    expect(toDraftRecord(draft)).toEqual({
      ...expected,
      tier_before: 'comprehensive-strategic',
      joint_statement_zh: '中华人民共和国和白俄罗斯共和国关于建立全天候全面战略伙伴关系的联合声明',
    });
    expect(draft.notes).toContain('date: year 2022 inferred from context');
  });

  it('flags the date when nothing gives the year', () => {
    const bare = belarus.replace(/30 years ago/g, 'long ago').replace(/I wish the 20th[^!]*!/, '');
    const draft = extractMeeting(bare, small);
    expect(draft.date).toBeNull();
    expect(draft.needs_review).toContain('date');
  });

  it('does not take the dateline country (Uzbekistan) for the partner', () => {
    expect(extractMeeting(belarus, { ...small, year: 2022 }).partner_id).toBe('BLR');
  });
});

describe('extractMeeting variants', () => {
  it('"decided to establish" with "on Friday" relative to the dateline and the year from an anniversary', () => {
    const text =
      'HANGZHOU, Sept. 22 (Xinhua) -- Chinese President Xi Jinping met Belarusian President Alexander Lukashenko on Friday in Hangzhou, and the two heads of state decided to establish a strategic partnership.\n\nXi noted that diplomatic relations were set up 31 years ago.';
    const d = extractMeeting(text, small);
    expect(d.date).toBe('2023-09-22');
    expect(d.change).toBe('established');
    expect(d.tier_after).toBe('strategic');
    expect(d.city).toBe('Hangzhou');
  });

  it('moves "on Saturday" back from a Monday dateline', () => {
    const text =
      'BEIJING, Sept. 25 (Xinhua) -- Chinese President Xi Jinping and President Alexander Lukashenko of Belarus on Saturday announced the establishment of a comprehensive strategic partnership in Beijing.';
    expect(extractMeeting(text, { ...small, year: 2023 }).date).toBe('2023-09-23');
  });

  it('reads the wording from a joint statement title alone', () => {
    const text =
      "Chinese President Xi Jinping met President Alexander Lukashenko of Belarus in Beijing on July 16, 2013. They signed the Joint Statement of the People's Republic of China and the Republic of Belarus on Establishing a Comprehensive Strategic Partnership.";
    const d = extractMeeting(text, small);
    expect(d.wording_en).toBe('comprehensive strategic partnership');
    expect(d.change).toBe('established');
    expect(d.date).toBe('2013-07-16');
  });

  it('finds an organization partner and its chair', () => {
    const text =
      'BEIJING, Nov. 22 (Xinhua) -- China and ASEAN on November 22, 2021 announced the establishment of a China-ASEAN comprehensive strategic partnership, as Chinese President Xi Jinping chaired by video link in Beijing a special summit. The summit was co-chaired by Haji Hassanal Bolkiah, the Sultan of Brunei.';
    const d = extractMeeting(text, small);
    expect([d.partner_id, d.partner_leader, d.partner_leader_title, d.city]).toEqual([
      'ASEAN',
      'Hassanal Bolkiah',
      'Sultan',
      'Beijing',
    ]);
  });

  it('reports no change when the partnership is only restated', () => {
    const text =
      'BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing on Tuesday, during a forum that opens on October 18, 2023. Xi said the two sides should deepen the all-weather comprehensive strategic partnership.';
    const d = extractMeeting(text, small);
    expect([d.change, d.tier_before, d.tier_after, d.date]).toEqual([
      'none',
      'all-weather',
      'all-weather',
      '2023-10-17',
    ]);
  });

  it('calls an upgrade to the same rung a renaming, using the dataset history', () => {
    const meetings = [makeMeeting({ partner_id: 'BLR', date: '2013-07-16' })];
    const text =
      'Chinese President Xi Jinping and President Alexander Lukashenko of Belarus agreed in Beijing on September 29, 2016 to lift ties to a comprehensive strategic partnership of mutual trust and win-win cooperation.';
    const d = extractMeeting(text, { ...small, meetings });
    expect([d.change, d.tier_before, d.tier_after, d.wording_en]).toEqual([
      'renamed',
      'comprehensive-strategic',
      'comprehensive-strategic',
      'comprehensive strategic partnership of mutual trust and win-win cooperation',
    ]);
  });

  it('uses a tier stated in the report ("from ... to ...")', () => {
    const text =
      'Chinese President Xi Jinping and President Alexander Lukashenko of Belarus decided on July 16, 2013 in Beijing to upgrade relations from a friendly cooperative partnership to a comprehensive strategic partnership.';
    const d = extractMeeting(text, small);
    expect([d.tier_before, d.tier_after, d.change]).toEqual([
      'cooperative',
      'comprehensive-strategic',
      'upgraded',
    ]);
  });

  it('marks a bilateral community with a shared future, not the one "for mankind"', () => {
    const base =
      'Chinese President Xi Jinping met President Alexander Lukashenko of Belarus in Minsk on May 12, 2015 and they agreed to deepen the comprehensive strategic partnership.';
    const global = extractMeeting(
      `${base} Xi called for a community with a shared future for mankind.`,
      small,
    );
    const bilateral = extractMeeting(
      `${base} The two sides will build a China-Belarus community with a shared future.`,
      small,
    );
    expect(global.community_with_shared_future).toBe(false);
    expect(bilateral.community_with_shared_future).toBe(true);
    expect(bilateral.change).toBe('reaffirmed');
  });

  it("reads a premier as China's principal and a full date written day-first", () => {
    const text =
      'On 24 January 2024, Chinese Premier Li Qiang held talks in Beijing with Uzbek President Shavkat Mirziyoyev, and the two sides agreed to elevate ties to an all-weather comprehensive strategic partnership for a new era.';
    const d = extractMeeting(text, small);
    expect([d.partner_id, d.date, d.china_leader, d.partner_leader, d.tier_after]).toEqual([
      'UZB',
      '2024-01-24',
      'Li Qiang',
      'Shavkat Mirziyoyev',
      'all-weather',
    ]);
  });

  it('prefers the longest partner name (Guinea-Bissau, not Guinea)', () => {
    const text =
      'Chinese President Xi Jinping met Guinea-Bissau President Umaro Sissoco Embalo in Beijing on July 10, 2024, and they announced the establishment of a strategic partnership.';
    expect(extractMeeting(text, small).partner_id).toBe('GNB');
  });

  it('finds the partner by its leader name alone, from the dataset', () => {
    const text =
      'Chinese President Xi Jinping held talks with Alexander Lukashenko in Beijing on March 1, 2023, and they agreed to deepen the all-weather comprehensive strategic partnership.';
    const d = extractMeeting(text, {
      partners: [makePartner({ id: 'UZB', name_en: 'Uzbekistan', demonyms: [] }), ...partners.slice(1)]
        .filter((p) => p.id !== 'BLR')
        .concat(makePartner()),
      tiers,
      meetings: [makeMeeting()],
    });
    expect(d.partner_id).toBe('BLR');
    expect(d.partner_leader).toBe('Alexander Lukashenko');
  });
});
