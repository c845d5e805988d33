/** The report reader on Chinese reports and bad input, its review flags, and the records it drafts. */
import { describe, expect, it } from 'vitest';
import {
  DRAFT_FIELDS,
  DraftIncompleteError,
  extractMeeting,
  toDraftRecord,
  toMeetingRecord,
  unreadableReason,
} from '../../../src/domain/report';
import { MeetingSchema } from '../../../src/domain/schema';
import { makePartner } from '../../fixtures/factories';
import { belarus, full, partners, small, tiers, timorLeste } from './reportFixtures';

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
