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

// `base: './'` makes the build work from any static host at any sub-path, with no rewrite rules.
export default defineConfig({
  base: './',
  plugins: [react(), datasetDir(process.env.ATLAS_DATASET_DIR)],
  // The dataset worker (src/dataset/datasetWorker.ts) splits its data chunks like the page, and sees the same data.
  worker: { format: 'es', plugins: () => [datasetDir(process.env.ATLAS_DATASET_DIR)] },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
