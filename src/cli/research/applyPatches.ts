/**
 * `npm run cli -- apply-patches PATCH.json [more.json ...] [--dry-run]`: applies research patches (JSON arrays of
 * per-meeting changes, e.g. from data/staging/) to data/meetings/*.json.
 *
 * A patch fills gaps and never overwrites a recorded fact: joint_statement, summary, key_points,
 * attendees, place fields and principals are set only where the record has none; a differing value is
 * printed as a conflict for a person to settle. Sources are appended (no duplicate URLs) or replaced by
 * URL; notes are appended. `corrections` and `unresolved` are printed, never applied. The whole dataset
 * is validated before anything is written. The whole run is one transaction of the data store
 * (src/cli/dataStore.ts): it holds data/.write.lock from reading to writing, and only the partner files that
 * changed are rewritten, atomically, in the canonical format. Exit codes: 0 done; 1 the patched dataset is
 * invalid (nothing written); 2 a patch file or data/ cannot be read or written (one line naming the path).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, safeParseDataset } from '../../domain/validate.ts';
import { decodeDataFile } from '../../domain/textChecks.ts';
import type { Meeting, Source } from '../../domain/schema.ts';
import { refusedUpdate, updateDataset } from '../dataStore.ts';
import { describeFsError } from '../fsErrors.ts';
import { commandIo, EXIT, splitArgs, type Io } from '../io.ts';

type SourceIn = Source & { supports?: string };
export interface Patch {
  id: string;
  joint_statement?: Meeting['joint_statement'];
  attendees?: string[];
  summary?: string;
  key_points?: string[];
  place?: Partial<Meeting['place']>;
  china_principal?: Meeting['china_principal'];
  partner_principal?: Meeting['partner_principal'];
  add_sources?: SourceIn[];
  replace_sources?: { old_url: string; new: SourceIn }[];
  notes_append?: string;
  corrections?: string;
  unresolved?: string;
}

const USAGE = 'usage: npm run cli -- apply-patches PATCH.json [...] [--dry-run]';
const clean = ({ supports: _supports, ...s }: SourceIn): Source => s;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies the patches to the meetings in place; returns the lines for review and how many meetings changed. */
export function applyPatches(
  meetings: Meeting[],
  patchSets: readonly { file: string; patches: readonly Patch[] }[],
): { review: string[]; changed: number } {
  const review: string[] = [];
  let changed = 0;
  const byId = new Map(meetings.map((m) => [m.id, m]));
  for (const { file, patches } of patchSets) {
    for (const [i, p] of patches.entries()) {
      const where = `${file} [${i}] ${p.id}`;
      const m = byId.get(p.id);
      if (!m) {
        review.push(`${where}: no meeting with this id`);
        continue;
      }
      const before = JSON.stringify(m);
      if (p.joint_statement) {
        if (!m.joint_statement) m.joint_statement = p.joint_statement;
        else if (!same(m.joint_statement, p.joint_statement))
          review.push(`${where}: joint_statement differs: ${JSON.stringify(p.joint_statement)}`);
      }
      if (p.attendees?.length) {
        if (m.attendees.length === 0) m.attendees = p.attendees;
        else if (!same(m.attendees, p.attendees))
          review.push(`${where}: attendees differ: ${p.attendees.join(', ')}`);
      }
      if (p.summary) {
        if (!m.summary) m.summary = p.summary;
        else if (m.summary !== p.summary) review.push(`${where}: summary exists; proposed: ${p.summary}`);
      }
      if (p.key_points?.length && m.key_points.length === 0) m.key_points = p.key_points;
      for (const k of ['city', 'country', 'venue'] as const) {
        const v = p.place?.[k];
        if (!v) continue;
        if (!m.place[k]) m.place[k] = v;
        else if (m.place[k] !== v) review.push(`${where}: place.${k} is "${m.place[k]}", proposed "${v}"`);
      }
      for (const k of ['china_principal', 'partner_principal'] as const) {
        const v = p[k];
        if (!v) continue;
        if (!m[k]) m[k] = v;
        else if (!same(m[k], v))
          review.push(`${where}: ${k} is ${JSON.stringify(m[k])}, proposed ${JSON.stringify(v)}`);
      }
      for (const r of p.replace_sources ?? []) {
        const at = m.sources.findIndex((s) => s.url === r.old_url);
        if (at < 0) review.push(`${where}: source to replace not found: ${r.old_url}`);
        else if (m.sources.some((s) => s.url === r.new.url)) m.sources.splice(at, 1);
        else m.sources[at] = clean(r.new);
      }
      for (const s of p.add_sources ?? []) {
        if (!m.sources.some((x) => x.url === s.url)) m.sources.push(clean(s));
      }
      if (p.notes_append) m.notes = m.notes ? `${m.notes} ${p.notes_append}` : p.notes_append;
      if (p.corrections) review.push(`${where}: CORRECTION proposed: ${p.corrections}`);
      if (p.unresolved) review.push(`${where}: unresolved: ${p.unresolved}`);
      if (JSON.stringify(m) !== before) changed++;
    }
  }
  return { review, changed };
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd } = commandIo(io);
  const parsed = splitArgs(args, { flags: ['--dry-run'] });
  const dryRun = parsed.flags.has('--dry-run');
  const files = parsed.positional;
  if (parsed.problem || files.length === 0) {
    err(`apply-patches: ${parsed.problem ? `${parsed.problem}. ` : ''}${USAGE}\n`);
    return EXIT.usage;
  }

  // Patch files are read (strictly, like data/) before the lock is taken.
  const patchSets: { file: string; patches: Patch[] }[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch (e) {
      err(`${file}: cannot be read: ${describeFsError(e)}\n`);
      return EXIT.usage;
    }
    const decoded = decodeDataFile(file, bytes);
    if (!decoded.ok) {
      err(`${file}: ${decoded.problem.reason}\n`);
      return EXIT.usage;
    }
    if (!Array.isArray(decoded.value)) {
      err(`${file}: must be a JSON array of patches\n`);
      return EXIT.usage;
    }
    patchSets.push({ file, patches: decoded.value as Patch[] });
  }

  let written: string[] = [];
  let problems: string[] = [];
  let applied = { review: [] as string[], changed: 0 };
  try {
    ({ written, result: problems } = updateDataset(cwd, (snapshot) => {
      const raw = snapshot.raw;
      applied = applyPatches(raw.meetings as Meeting[], patchSets);
      const result = safeParseDataset(raw);
      if (!result.ok) return { next: null, result: result.problems.map(formatProblem) };
      return { next: dryRun ? null : raw, result: [] };
    }));
  } catch (e) {
    return refusedUpdate(e, err);
  }
  if (problems.length > 0) {
    err(`not written: the patched dataset has ${problems.length} problem(s):\n`);
    for (const problem of problems) err(`  ${problem}\n`);
    return EXIT.refused;
  }
  for (const line of applied.review) out(`${line}\n`);
  out(`${applied.changed} meeting(s) changed${dryRun ? ' (dry run: nothing written)' : ''}\n`);
  for (const rel of written) out(`wrote ${rel}\n`);
  return EXIT.ok;
}
