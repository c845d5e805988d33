/** `npm run cli -- dataset-stats`: prints the dataset's counts as JSON (for the CHANGELOG and issue notes). */
import type { Dataset } from '../../domain/schema.ts';
import { DatasetError, parseDataset } from '../../domain/validate.ts';
import { buildPartnerRows } from '../../domain/filters.ts';
import { groupMeetingsByPartner } from '../../domain/status.ts';
import { badSourceReason, isTierSetting } from '../../domain/sourceQuality.ts';
import { readRawDataset } from '../readDataset.ts';
import { commandIo, EXIT, type Io } from '../io.ts';

/** The counts of a dataset on a date. */
export function datasetStats(ds: Dataset, today: string) {
  const byPartner = groupMeetingsByPartner(ds.meetings);
  const rows = buildPartnerRows(ds.partners, byPartner, today);
  const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.filter(f).length;
  const byChange: Record<string, number> = {};
  for (const m of ds.meetings) byChange[m.change] = (byChange[m.change] ?? 0) + 1;
  /** Full detail: a joint statement (or the sources' word that none was issued), summary, key points, city, both principals. */
  const full = (m: (typeof ds.meetings)[number]) =>
    !!m.joint_statement &&
    !!m.summary &&
    m.key_points.length > 0 &&
    !!m.place.city &&
    !!m.china_principal &&
    !!m.partner_principal;
  const since2013 = ds.meetings.filter(
    (m) => (m.change === 'established' || m.change === 'upgraded') && m.date >= '2013-01-01',
  );
  const stats = {
    partners: ds.partners.length,
    countries: count(ds.partners, (p) => p.kind === 'country'),
    organizations: count(ds.partners, (p) => p.kind === 'organization'),
    no_relations: count(ds.partners, (p) => p.relations?.status === 'none'),
    relations_date_unknown: count(
      ds.partners,
      (p) => p.relations?.status === 'diplomatic' && !p.relations.since,
    ),
    partners_ever_with_partnership: byPartner.size,
    partners_with_current_tier: count(rows, (r) => !!r.tier),
    events: ds.meetings.length,
    events_by_change: byChange,
    events_with_chinese_wording: count(ds.meetings, (m) => !!m.wording_zh),
    events_with_full_detail: count(ds.meetings, full),
    establishments_or_upgrades_since_2013: since2013.length,
    of_which_with_full_detail: count(since2013, full),
    of_which_with_joint_statement_title: count(
      since2013,
      (m) => !!m.joint_statement && 'title_en' in m.joint_statement,
    ),
    of_which_without_joint_statement: count(
      since2013,
      (m) => !!m.joint_statement && 'issued' in m.joint_statement,
    ),
    of_which_with_attendees: count(since2013, (m) => m.attendees.length > 0),
    community_with_shared_future_events: count(ds.meetings, (m) => m.community_with_shared_future),
    unverified_events: count(ds.meetings, (m) => !m.verified),
    sources: ds.meetings.reduce((n, m) => n + m.sources.length, 0),
    primary_sources: ds.meetings.reduce(
      (n, m) => n + m.sources.filter((s) => s.kind === 'primary').length,
      0,
    ),
    sources_on_bad_hosts: ds.meetings.reduce(
      (n, m) => n + m.sources.filter((s) => badSourceReason(s.url)).length,
      0,
    ),
    placeholder_titles: ds.meetings.reduce(
      (n, m) => n + m.sources.filter((s) => /^\s*\[/.test(s.title)).length,
      0,
    ),
    http_sources: ds.meetings.reduce(
      (n, m) => n + m.sources.filter((s) => s.url.startsWith('http:')).length,
      0,
    ),
    cctv_sources: ds.meetings.reduce(
      (n, m) => n + m.sources.filter((s) => /tv\.cctv\.com/.test(s.url)).length,
      0,
    ),
    tier_setting_events: count(ds.meetings, isTierSetting),
    tier_setting_with_primary: count(
      ds.meetings,
      (m) => isTierSetting(m) && m.sources.some((s) => s.kind === 'primary'),
    ),
    tier_setting_with_evidence: count(ds.meetings, (m) => isTierSetting(m) && (m.evidence ?? []).length > 0),
    evidence_quotes: ds.meetings.reduce((n, m) => n + (m.evidence ?? []).length, 0),
    relations_sources_on_bad_hosts: count(
      ds.partners,
      (p) => !!p.relations?.source && !!badSourceReason(p.relations.source.url),
    ),
    relations_with_primary_source: count(ds.partners, (p) => p.relations?.source?.kind === 'primary'),
  };
  return stats;
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd, today } = commandIo(io);
  if (args.length) {
    err('dataset-stats: takes no arguments. usage: npm run cli -- dataset-stats\n');
    return EXIT.usage;
  }
  let ds: Dataset;
  try {
    ds = parseDataset(readRawDataset(cwd));
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    err(`dataset-stats: ${e.message}\n`);
    return EXIT.refused;
  }
  out(`${JSON.stringify(datasetStats(ds, today), null, 2)}\n`);
  return EXIT.ok;
}
