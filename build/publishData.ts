/**
 * Publishes the full dataset next to index.html at stable relative paths (data/partners.csv, data/meetings.csv,
 * data/atlas.json, data/by-year/partners-YYYY.csv and data/datapackage.json, a Frictionless Data Package). Built:
 * emitted as assets; in dev: served by the dev server from the same function. The data is parsed with the one
 * schema first, so an invalid dataset fails the build with the validator's message.
 */
import type { Plugin } from 'vite';
import { readRawDataset } from '../src/cli/readDataset.ts';
import { parseDataset } from '../src/domain/validate.ts';
import { buildDataPackage, type PublishedFile } from '../src/export/dataPackage.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function publishData(root: string, enabled = true): Plugin {
  let files: PublishedFile[] | null = null;
  const build = () => (files ??= buildDataPackage(parseDataset(readRawDataset(root))));
  return {
    name: 'atlas-publish-data',
    generateBundle() {
      if (!enabled) return;
      for (const f of build()) this.emitFile({ type: 'asset', fileName: f.path, source: f.text });
    },
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!path.startsWith('data/')) return next();
        const file = build().find((f) => f.path === path);
        if (!file) return next();
        res.setHeader('Content-Type', TYPES[path.split('.').pop()!] ?? 'text/plain');
        res.end(file.text);
      });
    },
  };
}
