/**
 * Build plugins for the dataset: the build's gate and the bundle's split of the meetings.
 *
 * - The gate: the build reads data/ with the same reader as the CLI and the tests (src/cli/dataStore.ts: strict
 *   UTF-8, no byte-order mark) and parses it with the same validator (src/domain/validate.ts). Invalid or
 *   implausibly small data fails `vite build` with the same messages (file, record id, field, reason).
 * - The split: data/meetings/<PARTNER_ID>.json become `virtual:atlas/meetings-core` (every meeting's core: what the
 *   map, ladder and statuses need; loaded at start) and bounded details parts, `virtual:atlas/meetings-details-part-N`
 *   (statement, attendees, summary, key points, sources, notes): whole partners packed in id order into parts of
 *   about DETAILS_PART_BYTES of JSON (a partner with more gets a part of its own). A meeting panel loads the one part
 *   that holds its partner; an export loads them all. `virtual:atlas/meetings-details` lists the parts and which
 *   part holds each partner. The detail fields come from the schema (MEETING_DETAIL_KEYS).
 * - `ATLAS_DATASET_DIR=root vite build` bundles `root/data/` instead of `data/` (`npm run bench` uses it for its
 *   synthetic dataset ten times larger).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readDataSnapshot, type DataSnapshot } from '../src/cli/dataStore.ts';
import { MEETING_DETAIL_KEYS } from '../src/domain/schema.ts';
import { DatasetError, safeParseDataset } from '../src/domain/validate.ts';

export const CORE = 'virtual:atlas/meetings-core';
export const DETAILS = 'virtual:atlas/meetings-details';
export const PART = 'virtual:atlas/meetings-details-part-';
const DETAIL_KEYS: readonly string[] = MEETING_DETAIL_KEYS;
/** The size a details part is filled to (JSON bytes): small enough to fetch and parse in a few ms. */
export const DETAILS_PART_BYTES = 192 * 1024;

/** Meeting details in parts: `parts[n]` maps meeting id to details; `partOf[partner id]` is its part. */
export function splitDetails(
  meetings: readonly Record<string, unknown>[],
  partBytes = DETAILS_PART_BYTES,
): { parts: Record<string, Record<string, unknown>>[]; partOf: Record<string, number> } {
  const byPartner = new Map<string, [string, Record<string, unknown>][]>();
  for (const m of meetings) {
    const p = String(m.partner_id);
    byPartner.set(p, [...(byPartner.get(p) ?? []), [String(m.id), pick(m, (k) => DETAIL_KEYS.includes(k))]]);
  }
  const parts: Record<string, Record<string, unknown>>[] = [];
  const partOf: Record<string, number> = {};
  let size = Infinity;
  for (const p of [...byPartner.keys()].sort()) {
    const entries = byPartner.get(p)!;
    const bytes = JSON.stringify(entries).length;
    if (size + bytes > partBytes) {
      parts.push({});
      size = 0;
    }
    Object.assign(parts[parts.length - 1]!, Object.fromEntries(entries));
    partOf[p] = parts.length - 1;
    size += bytes;
  }
  return { parts, partOf };
}

type Record_ = Record<string, unknown>;

const pick = (m: Record_, keep: (k: string) => boolean) =>
  Object.fromEntries(Object.entries(m).filter(([k]) => keep(k)));

/** A JSON value as a module: JSON.parse of a string literal is faster to load than the same object literal. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** The dataset gate: the snapshot read with the one reader, or the validator's message. */
export function checkDataset(
  root: string,
): { ok: true; snapshot: DataSnapshot } | { ok: false; message: string } {
  let snapshot: DataSnapshot;
  try {
    snapshot = readDataSnapshot(root);
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, message: error.message };
    throw error;
  }
  const result = safeParseDataset(snapshot.raw);
  if (!result.ok) return { ok: false, message: new DatasetError(result.problems).message };
  return { ok: true, snapshot };
}

export interface AtlasDataOptions {
  /** The root holding data/ (default: the repository). */
  root?: string;
  /** Run the gate (false for the worker's build, which the page's build has already checked). */
  validate?: boolean;
}

export function atlasData(options: AtlasDataOptions = {}): Plugin {
  const root = options.root ?? resolve(import.meta.dirname, '..');
  const custom = options.root !== undefined;
  let snapshot: DataSnapshot | null = null;
  let split: ReturnType<typeof splitDetails> | null = null;
  let command: 'build' | 'serve' = 'build';
  const meetings = (): Record_[] => {
    if (!snapshot) {
      const checked = checkDataset(root);
      if (!checked.ok && (options.validate ?? true)) throw new Error(checked.message);
      snapshot = checked.ok ? checked.snapshot : readDataSnapshot(root);
    }
    const list = snapshot.raw.meetings;
    return Array.isArray(list) ? (list as Record_[]) : [];
  };
  return {
    name: 'atlas-data',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      snapshot = null;
      split = null;
      if (command !== 'build' || options.validate === false) return;
      const checked = checkDataset(root);
      if (!checked.ok)
        this.error(`data/ did not pass the dataset checks, so nothing was built.\n${checked.message}`);
      snapshot = checked.snapshot;
    },
    watchChange() {
      snapshot = null;
      split = null;
    },
    resolveId(source, importer) {
      if (source === CORE || source === DETAILS || source.startsWith(PART)) return `\0${source}`;
      // ATLAS_DATASET_DIR: the other data files (imported as JSON by src/dataset/loadDataset.ts) from there too.
      const m = /^\.\.\/\.\.\/data\/(tiers|partners|meta)\.json$/.exec(source);
      if (custom && m && importer?.replace(/\\/g, '/').endsWith('src/dataset/loadDataset.ts'))
        return resolve(root, 'data', `${m[1]}.json`);
      return null;
    },
    load(id) {
      if (!id.startsWith(`\0${CORE}`) && !id.startsWith(`\0${DETAILS}`)) return null;
      const list = meetings();
      for (const file of snapshot?.files.keys() ?? []) this.addWatchFile(resolve(root, file));
      if (id === `\0${CORE}`) return jsonModule(list.map((m) => pick(m, (k) => !DETAIL_KEYS.includes(k))));
      split ??= splitDetails(list);
      if (id === `\0${DETAILS}`) {
        const parts = split.parts.map((_, n) => `() => import(${JSON.stringify(`${PART}${n}`)})`);
        return `export default { parts: [\n${parts.join(',\n')}\n], partOf: ${JSON.stringify(split.partOf)} };`;
      }
      const part = split.parts[Number(id.slice(`\0${PART}`.length))];
      return part ? jsonModule(part) : null;
    },
  };
}
