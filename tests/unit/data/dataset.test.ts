/** The committed data files: a bad hand edit fails here, naming the file, record and field. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseDataset, formatProblem } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';
import { formatMeetingsFile } from '../../../src/cli/dataStore';
import { formatDataFile } from '../../../src/domain/dataFormat';
import { buildJsonSchema } from '../../../src/domain/jsonSchema';
import { findUnplacedPartners } from '../../../src/domain/countries';
import { findWordingRule } from '../../../src/domain/tiers';
import type { Dataset } from '../../../src/domain/schema';
import { issuedStatement } from '../../../src/domain/jointStatement';

const raw = readRawDataset();
const result = safeParseDataset(raw);

function dataset(): Dataset {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.dataset;
}

describe('data/*.json', () => {
  it('parse with the schema and pass every cross-record check', () => {
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toEqual([]);
  });

  it('are in the canonical format, so diffs stay reviewable', () => {
    for (const file of ['partners', 'tiers', 'meta'] as const) {
      const text = readFileSync(`data/${file}.json`, 'utf8');
      expect(text, `data/${file}.json is not formatted with formatDataFile (run: npm run cli -- format-data)`).toBe(
        formatDataFile(JSON.parse(text)),
      );
    }
    // One file per partner, an array of its meetings sorted by date.
    const names = readdirSync('data/meetings');
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const text = readFileSync(`data/meetings/${name}`, 'utf8');
      const list = JSON.parse(text) as { partner_id: string }[];
      expect(list.length, `data/meetings/${name} is empty (delete it)`).toBeGreaterThan(0);
      expect(new Set(list.map((m) => `${m.partner_id}.json`)), `data/meetings/${name} holds another partner's meeting`).toEqual(
        new Set([name]),
      );
      expect(text, `data/meetings/${name} is not in the canonical format (run: npm run cli -- format-data)`).toBe(
        formatMeetingsFile(list),
      );
    }
  });

  it('ship a data/schema.json generated from the zod schema', () => {
    const committed = readFileSync('data/schema.json', 'utf8');
    expect(committed, 'data/schema.json is stale: run `npm run schema`').toBe(`${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
  });

  it('place every country on the map, as a shape or a marker', () => {
    const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as {
      objects: { countries: { geometries: { id?: string }[] } };
    };
    const ids = new Set(topo.objects.countries.geometries.map((g) => g.id).filter((id): id is string => !!id));
    expect(findUnplacedPartners(dataset().partners, ids).map((p) => p.id)).toEqual([]);
  });

  it('map every wording to the tier its record states', () => {
    const ds = dataset();
    const wrong = ds.meetings
      .filter((m) => m.tier_after)
      .filter((m) => findWordingRule(ds.tiers.rules, m.wording_en, m.wording_zh)?.tier !== m.tier_after)
      .map((m) => m.id);
    expect(wrong).toEqual([]);
  });

  it('keep "community with a shared future" as a flag, never inside a partnership wording', () => {
    const ds = dataset();
    const mixed = ds.meetings.filter((m) => /community with a shared future/i.test(m.wording_en) || /命运共同体/.test(m.wording_zh ?? ''));
    expect(mixed.map((m) => m.id)).toEqual([]);
  });

  it('give every establishment or upgrade since 2013 a summary and key points, and say in notes what is missing', () => {
    const ds = dataset();
    const recent = ds.meetings.filter(
      (m) => (m.change === 'established' || m.change === 'upgraded') && m.date >= '2013-01-01',
    );
    expect(recent.length).toBeGreaterThan(150);
    for (const m of recent) {
      expect(m.summary, `${m.id} summary`).toBeTruthy();
      expect(m.key_points.length, `${m.id} key points`).toBeGreaterThan(0);
      // An unknown joint statement or an empty attendee list is a gap, never silent: the notes say what was seen.
      if (!m.joint_statement || m.attendees.length === 0) expect(m.notes, `${m.id} notes`).toBeTruthy();
    }
  });

  it('give every event a web (http or https) source and keep each partner’s events in order', () => {
    const ds = dataset();
    for (const m of ds.meetings) for (const s of m.sources) expect(s.url).toMatch(/^https?:\/\//);
    const last = new Map<string, string>();
    const sorted = [...ds.meetings];
    for (const m of sorted) {
      const prev = last.get(m.partner_id);
      if (prev) expect(prev <= m.date, `${m.id} comes before an earlier event of ${m.partner_id}`).toBe(true);
      last.set(m.partner_id, m.date);
    }
  });

  it('fill every field of the two seed meetings', () => {
    const ds = dataset();
    for (const id of ['blr-2022-09-15', 'tls-2023-09-23']) {
      const m = ds.meetings.find((x) => x.id === id);
      expect(m, id).toBeDefined();
      expect(m!.place.city && m!.place.country && m!.place.venue).toBeTruthy();
      expect(m!.china_principal?.name).toBe('Xi Jinping');
      expect(m!.partner_principal).not.toBeNull();
      expect(m!.tier_before).not.toBeNull();
      expect(m!.wording_zh).toBeTruthy();
      expect(issuedStatement(m!.joint_statement)?.title_zh).toBeTruthy();
      expect(m!.attendees.length).toBeGreaterThanOrEqual(4);
      expect(m!.summary).toBeTruthy();
      expect(m!.key_points.length).toBeGreaterThanOrEqual(3);
    }
    const blr = ds.meetings.find((x) => x.id === 'blr-2022-09-15')!;
    expect([blr.tier_before, blr.tier_after, blr.place.city]).toEqual(['comprehensive-strategic', 'all-weather', 'Samarkand']);
    const tls = ds.meetings.find((x) => x.id === 'tls-2023-09-23')!;
    expect([tls.tier_before, tls.tier_after, tls.place.city]).toEqual(['comprehensive-cooperative', 'comprehensive-strategic', 'Hangzhou']);
  });
});
