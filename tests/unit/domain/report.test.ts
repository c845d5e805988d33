import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_FIELDS,
  DraftIncompleteError,
  extractMeeting,
  toDraftRecord,
  toMeetingRecord,
  unreadableReason,
  type ExtractOptions,
} from '../../../src/domain/report';
import { MeetingSchema, type TiersFile } from '../../../src/domain/schema';
import { parseDataset } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';
import { makeMeeting, makePartner } from '../../fixtures/factories';

const SEEDS = join(process.cwd(), 'tests', 'fixtures', 'seeds');
const timorLeste = readFileSync(join(SEEDS, '000_17cc30498ef1f3d8.txt'), 'utf8');
const belarus = readFileSync(join(SEEDS, '002_1081e66183dff3a8.txt'), 'utf8');

const dataset = parseDataset(readRawDataset());
const tiers: TiersFile = dataset.tiers;

/** A small partner list of our own, so these tests do not depend on data/partners.json. */
const partners = [
  makePartner(),
  makePartner({
    id: 'TLS',
    name_en: 'Timor-Leste',
    name_zh: '东帝汶',
    aliases: ['East Timor', 'Democratic Republic of Timor-Leste'],
    demonyms: ['Timorese'],
    region: 'Asia',
    iso_numeric: '626',
    relations: { status: 'diplomatic', since: '2002-05-20', note: null, source: null },
  }),
  makePartner({
    id: 'UZB',
    name_en: 'Uzbekistan',
    name_zh: '乌兹别克斯坦',
    demonyms: ['Uzbek'],
    region: 'Asia',
    iso_numeric: '860',
  }),
  makePartner({
    id: 'GIN',
    name_en: 'Guinea',
    name_zh: '几内亚',
    demonyms: ['Guinean'],
    region: 'Africa',
    iso_numeric: '324',
  }),
  makePartner({
    id: 'GNB',
    name_en: 'Guinea-Bissau',
    name_zh: '几内亚比绍',
    demonyms: [],
    region: 'Africa',
    iso_numeric: '624',
  }),
  makePartner({
    id: 'ASEAN',
    kind: 'organization',
    name_en: 'ASEAN',
    name_zh: '东盟',
    aliases: ['Association of Southeast Asian Nations'],
    demonyms: [],
    region: 'Asia',
    iso_numeric: null,
    relations: null,
    members: ['BRN'],
  }),
  makePartner({
    id: 'BRN',
    name_en: 'Brunei',
    name_zh: '文莱',
    demonyms: ['Bruneian'],
    region: 'Asia',
    iso_numeric: '096',
  }),
];

const small: ExtractOptions = { partners, tiers };
const full: ExtractOptions = { partners: dataset.partners, tiers, meetings: dataset.meetings };

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

describe('Chinese-language reports', () => {
  const zh = [
    makePartner(),
    makePartner({
      id: 'SYR',
      name_en: 'Syria',
      name_zh: '叙利亚',
      aliases: ['阿拉伯叙利亚共和国'],
      demonyms: ['Syrian'],
      region: 'Middle East',
      iso_numeric: '760',
    }),
  ];
  const text =
    '新华社杭州9月22日电 国家主席习近平在杭州会见叙利亚总统巴沙尔。两国元首共同宣布建立中叙战略伙伴关系。蔡奇、王毅等参加会见。';

  it('reads partner, leaders (in English from the table of officials), city, wording and attendees', () => {
    const d = extractMeeting(text, { partners: zh, tiers, year: 2023 });
    expect(toDraftRecord(d)).toEqual({
      partner_id: 'SYR',
      date: '2023-09-22',
      city: 'Hangzhou',
      china_leader: 'Xi Jinping',
      partner_leader: 'Bashar al-Assad',
      partner_leader_title: 'President',
      tier_before: null,
      tier_after: 'strategic',
      wording_en: 'strategic partnership',
      wording_zh: '战略伙伴关系',
      change: 'established',
      community_with_shared_future: false,
      joint_statement: null,
      joint_statement_zh: null,
      attendees: ['Cai Qi', 'Wang Yi'],
      needs_review: [],
    });
  });

  it('flags the date when the dateline has no year and none is given', () => {
    expect(extractMeeting(text, { partners: zh, tiers }).needs_review).toContain('date');
  });
});

describe('review flags', () => {
  it('flags an "elevation" when the dataset has no earlier tier for the partner', () => {
    const text =
      'Chinese President Xi Jinping and President Alexander Lukashenko of Belarus decided in Beijing on July 16, 2013 to elevate relations to a comprehensive strategic partnership.';
    const d = extractMeeting(text, { partners, tiers, meetings: [] });
    expect(d.change).toBe('upgraded');
    expect(d.needs_review).toContain('change');
  });
});

describe('bad input', () => {
  it.each([
    ['', 'the file is empty'],
    ['   \n\t ', 'the file is empty'],
    ['abc\u0000def', 'the file is binary (it contains NUL bytes)'],
    [
      '\u0001\u0002\u0003\u0004 text \u0005\u0006',
      'the file is not text (too many control or undecodable characters)',
    ],
    ['\uFFFD\uFFFD\uFFFD\uFFFDab', 'the file is not text (too many control or undecodable characters)'],
  ])('unreadableReason(%j)', (text, reason) => {
    expect(unreadableReason(text)).toBe(reason);
  });

  it('accepts ordinary text', () => {
    expect(unreadableReason(timorLeste)).toBeNull();
  });

  it('marks unrelated text as not related and flags what it could not find', () => {
    const d = extractMeeting('The weather in Paris was mild and the markets rose on Tuesday.', small);
    expect(d.related).toBe(false);
    expect(d.partner_id).toBeNull();
    expect(d.needs_review).toEqual(expect.arrayContaining(['partner_id', 'wording_en', 'china_leader']));
  });

  it('does not throw on odd input', () => {
    for (const text of [
      'partnership',
      'President',
      '2023-13-45',
      'date 2023-02-30 Belarus',
      '"Joint Statement"',
      'x'.repeat(5000),
    ])
      expect(() => extractMeeting(text, small)).not.toThrow();
    expect(extractMeeting('date 2023-02-30 Belarus strategic partnership', small).date).toBeNull();
  });

  it('prints exactly the draft fields', () => {
    expect(Object.keys(toDraftRecord(extractMeeting(timorLeste, small)))).toEqual([...DRAFT_FIELDS]);
  });
});

describe('toMeetingRecord', () => {
  const source = { url: 'https://example.org/report', publisher: 'Xinhua', title: 'Xi meets Lukashenko' };

  it('builds a schema-valid, unverified record with a real source', () => {
    const record = toMeetingRecord(extractMeeting(belarus, full), source);
    expect(MeetingSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      id: 'blr-2022-09-15',
      date_precision: 'day',
      place: { city: 'Samarkand', country: 'Uzbekistan', venue: 'Samarkand State Guest House' },
      china_principal: { name: 'Xi Jinping', title: 'President' },
      verified: false,
      sources: [{ ...source, date: null, lang: 'en', kind: 'primary' }],
    });
    expect(record.notes).toMatch(/drafted from a wire report by ingest; review/i);
  });

  it('refuses a draft that changes nothing or lacks a partner', () => {
    const none = extractMeeting(
      'Chinese President Xi Jinping met President Alexander Lukashenko of Belarus in Minsk on May 12, 2015 to discuss the comprehensive strategic partnership.',
      small,
    );
    expect(none.change).toBe('none');
    expect(() => toMeetingRecord(none, source)).toThrow(DraftIncompleteError);
    expect(() => toMeetingRecord({ ...none, change: 'reaffirmed', partner_id: null }, source)).toThrow(
      /partner_id is unknown/,
    );
  });
});
