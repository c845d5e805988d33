import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasData } from './build/atlasData';
import { cjkUiFont } from './build/cjkUiFont';
import { contentSecurityPolicy } from './build/csp';
import { publishData } from './build/publishData';
import { linkPreview } from './build/linkPreview';

/** `ATLAS_DATASET_DIR=root vite build` bundles root/data/ instead of data/ (the bench's synthetic dataset). */
const root = process.env.ATLAS_DATASET_DIR ? resolve(process.env.ATLAS_DATASET_DIR) : undefined;

// `base: './'` makes the build work from any static host at any sub-path, with no rewrite rules.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    atlasData({ root }),
    cjkUiFont(),
    contentSecurityPolicy(),
    // The bench's synthetic dataset (ATLAS_DATASET_DIR) is not published.
    publishData(import.meta.dirname, !root),
    linkPreview(root),
  ],
  // The dataset worker (src/dataset/datasetWorker.ts) splits its data chunks like the page, and sees the same data.
  worker: {
    format: 'es',
    plugins: () => [atlasData({ root, validate: false })],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
