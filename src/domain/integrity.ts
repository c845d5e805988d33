/** The checks across records of a parsed dataset (ids, order, the tier chain, the wording rules), with the data floor. */
import type { Dataset, MeetingCore, Partner, TiersFile } from './schema';
import { findWordingRule, tierRank as tierIndex } from './tiers';
import { compareMeetings } from './status';
import type { DatasetProblem } from './datasetError';
import { DATA_FILES, meetingFile, type RawDataset } from './dataFiles';

/** Checks across records: ids, order, the tier chain, sources and the wording rules. */
export function checkIntegrity(
  tiers: TiersFile,
  partners: readonly Partner[],
  meetings: readonly (MeetingCore & { notes?: string | null })[],
  /** Partners with a meeting record that failed the schema: their chain is incomplete, so it is not checked. */
  incompleteChains: ReadonlySet<string> = new Set(),
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const pf = DATA_FILES.partners;

  const partnerIds = new Set<string>();
  const isoCodes = new Map<string, string>();
  for (const p of partners) {
    if (partnerIds.has(p.id))
      problems.push({ file: pf, record: p.id, field: 'id', reason: 'duplicate partner id' });
    partnerIds.add(p.id);
    if (p.kind === 'country' && !p.iso_numeric)
      problems.push({
        file: pf,
        record: p.id,
        field: 'iso_numeric',
        reason: 'a country needs its ISO numeric code',
      });
    if (p.iso_numeric) {
      const other = isoCodes.get(p.iso_numeric);
      if (other)
        problems.push({
          file: pf,
          record: p.id,
          field: 'iso_numeric',
          reason: `same code as partner ${other}`,
        });
      isoCodes.set(p.iso_numeric, p.id);
    }
    if (p.kind === 'country' && !p.relations)
      problems.push({
        file: pf,
        record: p.id,
        field: 'relations',
        reason: 'a country needs its diplomatic status',
      });
  }
  for (const p of partners)
    for (const member of p.members ?? [])
      if (!partnerIds.has(member))
        problems.push({
          file: pf,
          record: p.id,
          field: 'members',
          reason: `unknown member partner "${member}"`,
        });

  const meetingIds = new Set<string>();
  const mf = (m: { partner_id: string }) => meetingFile(m.partner_id);
  for (const m of meetings) {
    if (meetingIds.has(m.id))
      problems.push({ file: mf(m), record: m.id, field: 'id', reason: 'duplicate meeting id' });
    meetingIds.add(m.id);
  }
  const formerIds = new Map<string, string>();
  for (const m of meetings)
    for (const old of m.former_ids ?? []) {
      const clash = meetingIds.has(old) ? `the id of meeting ${old}` : formerIds.get(old);
      if (clash)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'former_ids',
          reason: `"${old}" is already ${meetingIds.has(old) ? clash : `a former id of meeting ${clash}`}`,
        });
      formerIds.set(old, m.id);
    }
  for (const m of meetings) {
    if (!partnerIds.has(m.partner_id))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'partner_id',
        reason: `no partner "${m.partner_id}" in ${pf}`,
      });
    const expectedId = `${m.partner_id.toLowerCase()}-${m.date}`;
    if (!m.id.startsWith(`${m.partner_id.toLowerCase()}-`) || !m.id.endsWith(m.date))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'id',
        reason: `should be "${expectedId}" (partner id and date)`,
      });
    if (m.date_precision === 'month' && !m.date.endsWith('-01'))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'date',
        reason: 'with month precision the day must be 01',
      });
    if (m.date_precision === 'year' && !m.date.endsWith('-01-01'))
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'date',
        reason: 'with year precision the date must be YYYY-01-01',
      });
    if (m.tier_after) {
      const rule = findWordingRule(tiers.rules, m.wording_en, m.wording_zh);
      if (!rule)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'wording_en',
          reason: 'no rule in data/tiers.json maps this wording to a tier',
        });
      else if (rule.tier !== m.tier_after)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'tier_after',
          reason: `wording "${m.wording_en}" maps to "${rule.tier}" by rule "${rule.id}", not "${m.tier_after}"`,
        });
    }
    if (m.change === 'established' && m.tier_before !== null)
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_before',
        reason: 'an establishment has no tier before',
      });
    if (m.change === 'reaffirmed' && m.tier_before !== m.tier_after)
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_after',
        reason: 'a reaffirmation keeps the tier',
      });
    if (m.change === 'renamed' && m.tier_before !== m.tier_after)
      problems.push({ file: mf(m), record: m.id, field: 'tier_after', reason: 'a renaming keeps the tier' });
    if (
      m.change === 'upgraded' &&
      m.tier_before &&
      m.tier_after &&
      tierIndex(m.tier_after) <= tierIndex(m.tier_before)
    )
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_after',
        reason: 'an upgrade must raise the tier',
      });
    if (
      m.change === 'downgraded' &&
      m.tier_before &&
      m.tier_after &&
      tierIndex(m.tier_after) >= tierIndex(m.tier_before)
    )
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'tier_after',
        reason: 'a downgrade must lower the tier',
      });
    // Checked where the details are at hand (the full file: tests, build, CLI).
    if (!m.verified && 'notes' in m && !m.notes)
      problems.push({
        file: mf(m),
        record: m.id,
        field: 'notes',
        reason: 'an unverified record must say in notes what is unchecked',
      });
  }

  // Each partner's chain: tier_before equals the previous tier_after.
  const byPartner = new Map<string, MeetingCore[]>();
  for (const m of meetings) byPartner.set(m.partner_id, [...(byPartner.get(m.partner_id) ?? []), m]);
  for (const [partnerId, list] of byPartner) {
    if (incompleteChains.has(partnerId)) continue;
    const sorted = [...list].sort(compareMeetings);
    sorted.forEach((m, i) => {
      const prev = sorted[i - 1];
      const expected = prev ? prev.tier_after : null;
      // A first event may raise a partnership whose own date no source gives (the statement names what it
      // replaced): it keeps that rung as tier_before, and its note says so (tests/unit/data/citable.test.ts).
      const undatedEarlier = !prev && m.change !== 'established' && m.tier_before !== null;
      if (m.tier_before !== expected && !undatedEarlier)
        problems.push({
          file: mf(m),
          record: m.id,
          field: 'tier_before',
          reason: prev
            ? `is "${m.tier_before}" but the previous event ${prev.id} left the tier at "${expected}"`
            : `is "${m.tier_before}" but this is the partner's first event, an establishment (expected null)`,
        });
    });
  }
  return problems;
}

/**
 * Implausibly small data fails like invalid data: fewer partners or meetings than the floor in data/meta.json
 * (an emptied or truncated file would otherwise build into an empty atlas). Counts the raw records.
 */
export function checkFloor(meta: Dataset['meta'], raw: RawDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const floor = meta.plausible_minimum;
  const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  const partners = count(raw.partners);
  const meetings = count(raw.meetings);
  if (partners < floor.partners)
    problems.push({
      file: DATA_FILES.partners,
      record: null,
      field: '',
      reason: `has ${partners} partner${partners === 1 ? '' : 's'}, fewer than the ${floor.partners} that ${DATA_FILES.meta} (plausible_minimum.partners) requires`,
    });
  if (meetings < floor.meetings)
    problems.push({
      file: `${DATA_FILES.meetings}/`,
      record: null,
      field: '',
      reason: `has ${meetings} meeting${meetings === 1 ? '' : 's'}, fewer than the ${floor.meetings} that ${DATA_FILES.meta} (plausible_minimum.meetings) requires`,
    });
  return problems;
}
