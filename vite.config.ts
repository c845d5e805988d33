import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Build-time only: `ATLAS_DATASET_DIR=dir vite build` bundles `dir/*.json` instead of `data/*.json`
 * (`npm run bench` uses it for its synthetic dataset ten times larger). Unset, nothing changes.
 */
function datasetDir(dir: string | undefined): Plugin | null {
  if (!dir) return null;
  return {
    name: 'atlas-dataset-dir',
    enforce: 'pre',
    resolveId(source, importer) {
      const m = /^\.\.\/\.\.\/data\/(tiers|partners|meetings|meta)\.json$/.exec(source);
      if (m && importer?.replace(/\\/g, '/').endsWith('src/dataset/loadDataset.ts'))
        return resolve(dir, `${m[1]}.json`);
      return null;
    },
  };
}

const CORE = 'virtual:atlas/meetings-core';
const DETAILS = 'virtual:atlas/meetings-details';
/** Fields of a meeting that only panels and exports use (MeetingDetailsSchema in src/domain/schema.ts). */
const DETAIL_KEYS = ['joint_statement', 'attendees', 'summary', 'key_points', 'sources', 'notes'];

/**
 * Splits data/meetings.json into two chunks: the meetings' core (what the map, ladder and statuses need; loaded at
 * start) and their details, keyed by id (loaded when a meeting panel opens or data is exported). The file on disk
 * stays one file; the schema parses each part (src/domain/validate.ts).
 */
export function meetingsSplit(dir: string | undefined): Plugin {
  const file = resolve(dir ?? resolve(import.meta.dirname, 'data'), 'meetings.json');
  const read = (): Record<string, unknown>[] => {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(raw) ? raw : [];
  };
  return {
    name: 'atlas-meetings-split',
    enforce: 'pre',
    resolveId(source) {
      return source === CORE || source === DETAILS ? `\0${source}` : null;
    },
    load(id) {
      if (id !== `\0${CORE}` && id !== `\0${DETAILS}`) return null;
      this.addWatchFile(file);
      const meetings = read();
      if (id === `\0${CORE}`) {
        const cores = meetings.map((m) =>
          Object.fromEntries(Object.entries(m).filter(([k]) => !DETAIL_KEYS.includes(k))),
        );
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(cores))});`;
      }
      const details = Object.fromEntries(
        meetings.map((m) => [
          String(m.id),
          Object.fromEntries(Object.entries(m).filter(([k]) => DETAIL_KEYS.includes(k))),
        ]),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(details))});`;
    },
  };
}

// `base: './'` makes the build work from any static host at any sub-path, with no rewrite rules.
export default defineConfig({
  base: './',
  plugins: [react(), datasetDir(process.env.ATLAS_DATASET_DIR), meetingsSplit(process.env.ATLAS_DATASET_DIR)],
  // The dataset worker (src/dataset/datasetWorker.ts) splits its data chunks like the page, and sees the same data.
  worker: {
    format: 'es',
    plugins: () => [datasetDir(process.env.ATLAS_DATASET_DIR), meetingsSplit(process.env.ATLAS_DATASET_DIR)],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
