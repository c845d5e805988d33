/**
 * Applies research patches (JSON arrays of per-meeting changes, e.g. from data/staging/) to data/meetings.json.
 *
 *   npx tsx scripts/applyPatches.ts data/staging/detail-b1.json [more.json ...] [--dry-run]
 *
 * A patch fills gaps and never overwrites a recorded fact: joint_statement, summary, key_points,
 * attendees, place fields and principals are set only where the record has none; a differing value is
 * printed as a conflict for a person to settle. Sources are appended (no duplicate URLs) or replaced by
 * URL; notes are appended. `corrections` and `unresolved` are printed, never applied. The whole dataset
 * is validated before anything is written; the file is written atomically in the canonical format.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { formatDataFile } from '../src/domain/dataFormat.ts';
import { formatProblem, safeParseDataset } from '../src/domain/validate.ts';
import { readRawDataset } from '../src/cli/readDataset.ts';
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

const raw = readRawDataset();
const meetings = raw.meetings as Meeting[];
const byId = new Map(meetings.map((m) => [m.id, m]));
const review: string[] = [];
let changed = 0;

const clean = ({ supports: _supports, ...s }: SourceIn): Source => s;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

for (const file of files) {
  let patches: Patch[];
  try {
    patches = JSON.parse(readFileSync(file, 'utf8')) as Patch[];
    if (!Array.isArray(patches)) throw new Error('not a JSON array');
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    process.exit(2);
  }
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

const result = safeParseDataset(raw);
if (!result.ok) {
  console.error(`not written: the patched dataset has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
for (const line of review) console.log(line);
console.log(`${changed} meeting(s) changed${dryRun ? ' (dry run: nothing written)' : ''}`);
if (!dryRun) {
  const tmp = 'data/meetings.json.tmp';
  writeFileSync(tmp, formatDataFile(meetings));
  renameSync(tmp, 'data/meetings.json');
}
