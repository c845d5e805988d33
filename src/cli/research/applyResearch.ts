/**
 * `npm run cli -- apply-research PATCH.json [more.json ...] [--dry-run] [--log FILE]`: applies fact-checking patches
 * (research batches with sources, evidence quotes, attendees, statements and corrections) to the dataset, after
 * review.
 *
 * A patch file is { batch, meetings: [...], new_meetings: [...], partners: [...], unresolved: [...] }. Per meeting:
 * add_sources, replace_sources [{old_url, new}], remove_sources [{url, why}], retitle_sources [{url, title}],
 * set_kind [{url, kind}], evidence [{quote, url, lang}], attendees (+ attendees_url), joint_statement, set {field:
 * value} with set_why (a correction; a new date re-dates the record and keeps its old id in former_ids), verified,
 * unverified, notes. Every change is printed for review. The whole dataset is validated before anything is written,
 * in one transaction of the data store (locked, atomic). Exit codes: 0 done; 1 the patched dataset is invalid
 * (nothing written); 2 a patch file or data/ cannot be read or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, safeParseDataset } from '../../domain/validate.ts';
import type { Evidence, Meeting, Partner, Source } from '../../domain/schema.ts';
import { refusedUpdate, updateDataset } from '../dataStore.ts';
import { describeFsError } from '../fsErrors.ts';
import { commandIo, EXIT, splitArgs, type Io } from '../io.ts';

export interface MeetingPatch {
  id: string;
  add_sources?: Source[];
  replace_sources?: { old_url: string; new: Source }[];
  remove_sources?: { url: string; why?: string }[];
  retitle_sources?: { url: string; title: string }[];
  set_kind?: { url: string; kind: Source['kind'] }[];
  evidence?: Evidence[];
  attendees?: string[];
  attendees_url?: string;
  joint_statement?: Meeting['joint_statement'];
  set?: Partial<Meeting>;
  set_why?: string;
  verified?: boolean;
  unverified?: Meeting['unverified'];
  notes?: string | null;
}
export interface PartnerPatch {
  id: string;
  relations_since?: string;
  source?: Source;
  quote?: string;
}
export interface PatchFile {
  batch?: string;
  meetings?: MeetingPatch[];
  new_meetings?: Meeting[];
  partners?: PartnerPatch[];
}

const USAGE = 'usage: npm run cli -- apply-research PATCH.json [...] [--dry-run] [--log FILE]';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies the patch files to the meetings and partners in place (sorted after); returns the lines to review. */
export function applyResearch(
  meetings: Meeting[],
  partners: Partner[],
  patchFiles: readonly { file: string; patch: PatchFile }[],
): string[] {
  const log: string[] = [];
  const say = (s: string) => log.push(s);

  function find(id: string): Meeting | undefined {
    return meetings.find((m) => m.id === id || m.former_ids?.includes(id));
  }

  function applyMeeting(m: Meeting, p: MeetingPatch, batch: string) {
    const at = `${batch} ${m.id}`;
    for (const r of p.remove_sources ?? []) {
      const before = m.sources.length;
      m.sources = m.sources.filter((s) => s.url !== r.url);
      if (m.sources.length === before) say(`${at}: remove_sources: no source ${r.url}`);
      m.evidence = m.evidence.filter((e) => e.url !== r.url);
    }
    for (const r of p.replace_sources ?? []) {
      const i = m.sources.findIndex((s) => s.url === r.old_url);
      if (i < 0) say(`${at}: replace_sources: no source ${r.old_url}`);
      else m.sources[i] = r.new;
    }
    for (const s of p.add_sources ?? []) {
      const i = m.sources.findIndex((x) => x.url === s.url);
      if (i >= 0) m.sources[i] = s;
      else m.sources.push(s);
    }
    for (const r of p.retitle_sources ?? []) {
      const s = m.sources.find((x) => x.url === r.url);
      if (s) s.title = r.title;
      else say(`${at}: retitle_sources: no source ${r.url}`);
    }
    for (const r of p.set_kind ?? []) {
      const s = m.sources.find((x) => x.url === r.url);
      if (s) s.kind = r.kind;
      else say(`${at}: set_kind: no source ${r.url}`);
    }
    for (const e of p.evidence ?? []) {
      if (!m.sources.some((s) => s.url === e.url)) say(`${at}: evidence URL is not a source: ${e.url}`);
      else if (!m.evidence.some((x) => x.quote === e.quote)) m.evidence.push(e);
    }
    if (p.attendees) {
      if (m.attendees.length && !same(m.attendees, p.attendees))
        say(`${at}: attendees ${m.attendees.join(', ')} -> ${p.attendees.join(', ')}`);
      m.attendees = p.attendees;
    }
    if (p.joint_statement !== undefined) {
      if (m.joint_statement !== null && !same(m.joint_statement, p.joint_statement))
        say(
          `${at}: joint_statement ${JSON.stringify(m.joint_statement)} -> ${JSON.stringify(p.joint_statement)}`,
        );
      m.joint_statement = p.joint_statement;
    }
    if (p.set) {
      for (const [k, v] of Object.entries(p.set)) {
        const key = k as keyof Meeting;
        say(
          `${at}: correction ${k}: ${JSON.stringify(m[key])} -> ${JSON.stringify(v)} (${p.set_why ?? 'no reason given'})`,
        );
        (m as unknown as Record<string, unknown>)[k] = v;
      }
      if (p.set.date || p.set.partner_id) {
        const id = `${m.partner_id.toLowerCase()}-${m.date}`;
        if (id !== m.id) {
          m.former_ids = [...new Set([...(m.former_ids ?? []), m.id])];
          say(`${at}: re-dated, new id ${id} (former id kept)`);
          m.id = id;
        }
      }
    }
    if (p.verified !== undefined) m.verified = p.verified;
    if (p.unverified !== undefined) m.unverified = p.unverified;
    if (p.notes !== undefined) m.notes = p.notes;
  }

  for (const { file, patch } of patchFiles) {
    const batch = patch.batch ?? file;
    for (const p of patch.meetings ?? []) {
      const m = find(p.id);
      if (!m) say(`${batch} ${p.id}: no such meeting`);
      else applyMeeting(m, p, batch);
    }
    for (const n of patch.new_meetings ?? []) {
      if (find(n.id)) say(`${batch} ${n.id}: new meeting already exists; not added`);
      else {
        meetings.push({ ...n, evidence: n.evidence ?? [], unverified: n.unverified ?? [] });
        say(`${batch} ${n.id}: added (${n.change}, ${n.wording_en})`);
      }
    }
    for (const p of patch.partners ?? []) {
      const partner = partners.find((x) => x.id === p.id);
      if (!partner?.relations) {
        say(`${batch} partner ${p.id}: no such country`);
        continue;
      }
      if (p.relations_since && partner.relations.since !== p.relations_since)
        say(`${batch} partner ${p.id}: relations since ${partner.relations.since} -> ${p.relations_since}`);
      if (p.relations_since) partner.relations.since = p.relations_since;
      if (p.source) partner.relations.source = p.source;
    }
  }
  meetings.sort(
    (a, b) =>
      a.partner_id.localeCompare(b.partner_id) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  return log;
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd } = commandIo(io);
  const parsed = splitArgs(args, { flags: ['--dry-run'], values: ['--log'] });
  const dryRun = parsed.flags.has('--dry-run');
  const logFile = parsed.values.get('--log') ?? null;
  const files = parsed.positional;
  if (parsed.problem || files.length === 0) {
    err(`apply-research: ${parsed.problem ? `${parsed.problem}. ` : ''}${USAGE}\n`);
    return EXIT.usage;
  }
  const patchFiles: { file: string; patch: PatchFile }[] = [];
  for (const file of files) {
    try {
      patchFiles.push({ file, patch: JSON.parse(readFileSync(resolve(cwd, file), 'utf8')) as PatchFile });
    } catch (e) {
      err(`${file}: ${e instanceof SyntaxError ? e.message : `cannot be read: ${describeFsError(e)}`}\n`);
      return EXIT.usage;
    }
  }

  let log: string[] = [];
  let problems: string[] = [];
  try {
    ({ result: problems } = updateDataset(cwd, (snapshot) => {
      const raw = snapshot.raw;
      const meetings = raw.meetings as Meeting[];
      const partners = raw.partners as Partner[];
      log = applyResearch(meetings, partners, patchFiles);
      const result = safeParseDataset({ ...raw, meetings, partners });
      if (!result.ok) return { next: null, result: result.problems.map(formatProblem) };
      return { next: dryRun ? null : { ...raw, meetings, partners }, result: [] };
    }));
  } catch (e) {
    return refusedUpdate(e, err);
  }
  if (logFile) writeFileSync(resolve(cwd, logFile), `${log.join('\n')}\n`);
  else for (const l of log) out(`${l}\n`);
  if (problems.length > 0) {
    err(`Not written: ${problems.length} problem(s)\n`);
    for (const p of problems.slice(0, 40)) err(`  ${p}\n`);
    return EXIT.refused;
  }
  out(`${dryRun ? 'Checked' : 'Applied'} ${files.length} patch file(s): ${log.length} line(s) to review.\n`);
  return EXIT.ok;
}
