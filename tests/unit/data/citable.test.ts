/**
 * Citable data: every fact traceable to a source a reader can open, quoted in its own words; no source on a host
 * no one should cite; `verified` means what it says.
 */
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../../src/cli/readDataset';
import { parseDataset } from '../../../src/domain/validate';
import { BAD_SOURCE_PATTERNS, badSourceReason, isTierSetting, quoteNamesWording } from '../../../src/domain/sourceQuality';

const ds = parseDataset(readRawDataset());
const tierSetting = ds.meetings.filter(isTierSetting);
const recent = ds.meetings.filter((m) => (m.change === 'established' || m.change === 'upgraded') && m.date >= '2013-01-01');
const share = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

describe('sources a careful reader can cite', () => {
  it('cites no source on a blog mirror, content farm, wiki, staging host, look-alike domain or bare IP address', () => {
    const bad = [
      ...ds.meetings.flatMap((m) => m.sources.map((s) => [m.id, s.url] as const)),
      ...ds.meetings.flatMap((m) =>
        m.joint_statement && 'url' in m.joint_statement && m.joint_statement.url ? [[m.id, m.joint_statement.url] as const] : [],
      ),
      ...ds.partners.flatMap((p) => (p.relations?.source ? [[p.id, p.relations.source.url] as const] : [])),
    ]
      .filter(([, url]) => badSourceReason(url))
      .map(([id, url]) => `${id}: ${url} (${badSourceReason(url)})`);
    expect(bad).toEqual([]);
  });

  it('the bad-host check catches each kind it names', () => {
    for (const url of [
      'https://malumnalu.blogspot.com.au/2014/x.html',
      'https://zh.wikipedia.org/wiki/X',
      'https://staging.the-star.co.ke/news/x',
      'https://preprod.union.sonapresse.com/x',
      'https://english.cctv.com.cctvcontent.com/x',
      'http://203.0.113.7/news.html',
      'https://markspestcontrol.com/xi-meets',
    ])
      expect(badSourceReason(url), url).toBeTruthy();
    expect(badSourceReason('https://tv.cctv.com/2023/09/23/VIDE.shtml')).toBeNull();
    expect(badSourceReason('http://www.fmprc.gov.cn/web/x.shtml')).toBeNull();
    expect(BAD_SOURCE_PATTERNS.length).toBeGreaterThanOrEqual(9);
  });

  it('gives every source its real title, never a placeholder', () => {
    const placeholders = ds.meetings.flatMap((m) => m.sources.filter((s) => /^\s*\[/.test(s.title)).map((s) => `${m.id}: ${s.title}`));
    expect(placeholders).toEqual([]);
  });

  it('calls a republication by another outlet secondary', () => {
    const wrong = ds.meetings.flatMap((m) =>
      m.sources
        // The Ministry's text on one of its own embassies' sites is still the Ministry's publication.
        .filter((s) => s.kind === 'primary' && /republished by|\bvia\b|copy of|mirror/i.test(s.publisher) && !/Embassy|Consulate/.test(s.publisher))
        .map((s) => `${m.id}: ${s.publisher}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives at least 95 % of tier-setting events a primary source', () => {
    const without = tierSetting.filter((m) => !m.sources.some((s) => s.kind === 'primary'));
    expect(share(tierSetting.length - without.length, tierSetting.length), without.map((m) => m.id).join(', ')).toBeGreaterThanOrEqual(95);
  });
});

describe('evidence in the source’s own words', () => {
  it('every quote names the recorded wording and comes from one of the record’s sources', () => {
    const problems = ds.meetings.flatMap((m) =>
      m.evidence.flatMap((e) => [
        ...(m.sources.some((s) => s.url === e.url) ? [] : [`${m.id}: quote from ${e.url}, which is not among its sources`]),
        ...(quoteNamesWording(e.quote, m) ? [] : [`${m.id}: "${e.quote}" names neither "${m.wording_en}" nor "${m.wording_zh}"`]),
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('quotes evidence for at least 95 % of tier-setting events', () => {
    const without = tierSetting.filter((m) => m.evidence.length === 0);
    expect(share(tierSetting.length - without.length, tierSetting.length), without.map((m) => m.id).join(', ')).toBeGreaterThanOrEqual(95);
  });

  it('the wording check accepts the Chinese or the English wording and nothing else', () => {
    const m = { wording_en: 'comprehensive strategic partnership', wording_zh: '全面战略伙伴关系' };
    expect(quoteNamesWording('两国元首宣布建立全面战略伙伴关系。', m)).toBe(true);
    expect(quoteNamesWording('The two sides set up a Comprehensive Strategic Partnership.', m)).toBe(true);
    expect(quoteNamesWording('两国元首宣布建立战略伙伴关系。', m)).toBe(false);
    // Chinese texts put the two countries' abbreviation inside the wording: 深化新时代中乌全面战略伙伴关系.
    expect(quoteNamesWording('深化新时代中乌全面战略伙伴关系', { wording_en: 'x', wording_zh: '新时代全面战略伙伴关系' })).toBe(true);
    expect(quoteNamesWording('深化新时代中乌全面合作伙伴关系', { wording_en: 'x', wording_zh: '新时代全面战略伙伴关系' })).toBe(false);
  });
});

describe('verified means every core fact is supported', () => {
  it('a verified record quotes its evidence and lists no unverified field; an unverified one says which', () => {
    const problems = ds.meetings.flatMap((m) =>
      m.verified
        ? [...(m.evidence.length ? [] : [`${m.id}: verified without evidence`]), ...(m.unverified.length ? [`${m.id}: verified with unverified ${m.unverified}`] : [])]
        : m.unverified.length
          ? []
          : [`${m.id}: unverified but names no field`],
    );
    expect(problems).toEqual([]);
  });

  it('a first event that raised an undated earlier partnership says so in its note', () => {
    const first = new Map<string, (typeof ds.meetings)[number]>();
    for (const m of ds.meetings) if (!first.has(m.partner_id) || m.date < first.get(m.partner_id)!.date) first.set(m.partner_id, m);
    const silent = [...first.values()].filter((m) => m.tier_before !== null && !m.notes).map((m) => m.id);
    expect(silent).toEqual([]);
  });

  it('notes are for readers: at most three sentences, no research log', () => {
    const problems = ds.meetings
      .filter((m) => m.notes)
      .flatMap((m) => {
        const sentences = m.notes!.split(/(?<=[.!?。])\s+(?=[A-Z“"(])/).length;
        return [
          ...(sentences > 3 ? [`${m.id}: ${sentences} sentences`] : []),
          ...(/\[(Detail research|Atlas|Quality check)[^\]]*\]|\breplaced\b.*\bby\b|https?:\/\//i.test(m.notes!) ? [`${m.id}: research log in notes`] : []),
        ];
      });
    expect(problems).toEqual([]);
  });
});

describe('meeting detail since 2013', () => {
  it('names the attendees for at least 75 % of establishments and upgrades', () => {
    expect(share(recent.filter((m) => m.attendees.length > 0).length, recent.length)).toBeGreaterThanOrEqual(75);
  });
  it('knows the joint statement (its title, or that none was issued) for at least 95 %', () => {
    const unknown = recent.filter((m) => m.joint_statement === null);
    expect(share(recent.length - unknown.length, recent.length), unknown.map((m) => m.id).join(', ')).toBeGreaterThanOrEqual(95);
  });
});
