import { describe, expect, it } from 'vitest';
import { DatasetError, formatProblem, parseDataset, safeParseDataset } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';
import { makeMeeting, makePartner } from '../../fixtures/factories';

const base = readRawDataset();
const tiny = {
  tiers: base.tiers,
  // A two-record dataset: its floor says so (data/meta.json sets the real one).
  meta: { ...(base.meta as object), plausible_minimum: { partners: 1, meetings: 1 } },
  partners: [makePartner()],
  meetings: [makeMeeting()],
};

describe('parseDataset', () => {
  it('accepts a small valid dataset', () => {
    expect(parseDataset(tiny).meetings).toHaveLength(1);
  });

  it('names file, record id, field and reason for a malformed record, and keeps checking the others', () => {
    const broken = {
      ...tiny,
      meetings: [
        { ...makeMeeting(), tier_after: 'best-friends' },
        {
          ...makeMeeting({ date: '2016-09-29' }),
          id: 'blr-2016-09-29',
          sources: [
            {
              publisher: 'X',
              title: 'Y',
              url: 'javascript:alert(1)',
              date: null,
              lang: 'en',
              kind: 'primary',
            },
          ],
        },
      ],
    };
    const result = safeParseDataset(broken);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/meetings\/BLR\.json, record "blr-2013-07-16", field "tier_after": /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/meetings\/BLR\.json, record "blr-2016-09-29", field "sources\[0\]\.url": must be an http:\/\/ or https:\/\/ URL/,
      ),
    );
  });

  it('accepts a joint statement, or the word that none was issued, and explains a malformed one', () => {
    const none = makeMeeting({
      joint_statement: { issued: false, note: 'Collective meeting; speech only.' },
    });
    expect(parseDataset({ ...tiny, meetings: [none] }).meetings[0]!.joint_statement).toEqual({
      issued: false,
      note: 'Collective meeting; speech only.',
    });
    const bad = { ...makeMeeting(), joint_statement: { issued: false } };
    const result = safeParseDataset({ ...tiny, meetings: [bad] });
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toEqual([
      'data/meetings/BLR.json, record "blr-2013-07-16", field "joint_statement": must be {title_en, title_zh, url} for a statement, {issued: false, note} when none was issued, or null',
    ]);
  });

  it('refuses a former meeting id that is taken by another meeting or listed twice', () => {
    const a = makeMeeting({ former_ids: ['blr-2013-07-01'] });
    const b = {
      ...makeMeeting({ date: '2016-09-29' }),
      id: 'blr-2016-09-29',
      former_ids: ['blr-2013-07-16'],
    };
    const result = safeParseDataset({ ...tiny, meetings: [a, b] });
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toContainEqual(
      'data/meetings/BLR.json, record "blr-2016-09-29", field "former_ids": "blr-2013-07-16" is already the id of meeting blr-2013-07-16',
    );
    const c = {
      ...makeMeeting({ date: '2016-09-29' }),
      id: 'blr-2016-09-29',
      former_ids: ['blr-2013-07-01'],
    };
    const twice = safeParseDataset({ ...tiny, meetings: [a, c] });
    expect(twice.ok ? [] : twice.problems.map(formatProblem)).toContainEqual(
      'data/meetings/BLR.json, record "blr-2016-09-29", field "former_ids": "blr-2013-07-01" is already a former id of meeting blr-2013-07-16',
    );
  });

  it('checks the tier chain, the rules and partner ids across records', () => {
    const result = safeParseDataset({
      ...tiny,
      meetings: [
        makeMeeting(),
        makeMeeting({
          date: '2016-01-01',
          change: 'upgraded',
          tier_before: 'strategic',
          tier_after: 'all-weather',
          wording_en: 'comprehensive strategic partnership',
        }),
        makeMeeting({ partner_id: 'XXX', date: '2016-01-01' }),
      ],
    });
    const lines = result.ok ? [] : result.problems.map(formatProblem).join('\n');
    expect(lines).toMatch(
      /record "blr-2016-01-01", field "tier_before": is "strategic" but the previous event blr-2013-07-16 left the tier at "comprehensive-strategic"/,
    );
    expect(lines).toMatch(
      /record "blr-2016-01-01", field "tier_after": wording "comprehensive strategic partnership" maps to "comprehensive-strategic"/,
    );
    expect(lines).toMatch(/record "xxx-2016-01-01", field "partner_id": no partner "XXX"/);
  });

  it('throws a DatasetError whose message lists every problem', () => {
    expect(() => parseDataset({ ...tiny, partners: 'nope' })).toThrow(DatasetError);
    expect(() => parseDataset({ ...tiny, partners: 'nope' })).toThrow(
      /data\/partners\.json: must be a JSON array/,
    );
  });
});
