/**
 * Applies research patches (JSON arrays of per-meeting changes, e.g. from data/staging/) to data/meetings/*.json.
 *
 *   npx tsx scripts/applyPatches.ts data/staging/detail-b1.json [more.json ...] [--dry-run]
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
import { DatasetError, formatProblem, safeParseDataset } from '../src/domain/validate.ts';
import { DataWriteError, updateDataset } from '../src/cli/dataStore.ts';
import { describeFsError } from '../src/cli/fsErrors.ts';
import { decodeDataFile } from '../src/domain/textChecks.ts';
import type { Meeting, Source } from '../src/domain/schema.ts';

type SourceIn = Source & { supports?: string };
interface Patch {
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

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npx tsx scripts/applyPatches.ts PATCH.json [...] [--dry-run]');
  process.exit(2);
}

const review: string[] = [];
let changed = 0;

const clean = ({ supports: _supports, ...s }: SourceIn): Source => s;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Patch files are read (strictly, like data/) before the lock is taken.
const patchSets: { file: string; patches: Patch[] }[] = [];
for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`${file}: cannot be read: ${describeFsError(e)}`);
    process.exit(2);
  }
  const decoded = decodeDataFile(file, bytes);
  if (!decoded.ok) {
    console.error(`${file}: ${decoded.problem.reason}`);
    process.exit(2);
  }
  if (!Array.isArray(decoded.value)) {
    console.error(`${file}: must be a JSON array of patches`);
    process.exit(2);
  }
  patchSets.push({ file, patches: decoded.value as Patch[] });
}

function applyAll(meetings: Meeting[]) {
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
}

let written: string[] = [];
let problems: string[] = [];
try {
  ({ written, result: problems } = updateDataset(process.cwd(), (snapshot) => {
    const raw = snapshot.raw;
    applyAll(raw.meetings as Meeting[]);
    const result = safeParseDataset(raw);
    if (!result.ok) return { next: null, result: result.problems.map(formatProblem) };
    return { next: dryRun ? null : raw, result: [] };
  }));
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    process.exit(1);
  }
  if (e instanceof DataWriteError) {
    console.error(`not written: ${e.message}`);
    process.exit(2);
  }
  throw e;
}
if (problems.length > 0) {
  console.error(`not written: the patched dataset has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
for (const line of review) console.log(line);
console.log(`${changed} meeting(s) changed${dryRun ? ' (dry run: nothing written)' : ''}`);
for (const rel of written) console.log(`wrote ${rel}`);
