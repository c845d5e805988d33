/**
 * The first view's compressed transfer against docs/design.md's budget (2x a bare world-map page built with the same
 * map library and bundler; the bare page is bench/bare/). Deterministic: it builds both with Vite into temporary
 * folders and counts gzip bytes of the files the first view fetches, read from Vite's manifest. No browser, no timing;
 * `npm run bench` measures the same thing in Chromium with Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** docs/design.md: the first view transfers at most 2x the bare world-map page. */
const BUDGET = 2;

const root = join(import.meta.dirname, '../..');
const vite = join(root, 'node_modules/vite/bin/vite.js');
const dirs: string[] = [];

function viteBuild(config: string | null): string {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-budget-'));
  dirs.push(outDir);
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'];
  if (config) args.push('--config', config);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.ATLAS_DATASET_DIR;
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  return outDir;
}

/**
 * The files of the first view (English, the map): index.html, the entry and its static imports with their CSS,
 * what the entry fetches at once for the map (the dataset chunks and their parser) and the topology.
 * Lazy parts (other views, panels, charts, the Chinese font) are not in it.
 */
function firstViewFiles(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = new Set<string>(['index.html']);
  const seen = new Set<string>();
  const add = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.add(chunk.file);
    chunk.css?.forEach((f) => files.add(f));
    chunk.assets?.forEach((f) => files.add(f));
    chunk.imports?.forEach(add);
  };
  const assets = readdirSync(join(outDir, 'assets'));
  const worker = assets.find((f) => /^datasetWorker-.*\.js$/.test(f));
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) add(key);
    // Without the dataset worker, the page itself loads the dataset chunks and the parser.
    if (!worker && (/^data\/[^/]+\.json$/.test(key) || key === 'src/domain/validate.ts')) add(key);
  }
  // The dataset worker (built apart, so not in the manifest) and every chunk it imports: the data and the parser.
  const followed = new Set<string>();
  const follow = (file: string) => {
    if (followed.has(file)) return;
    followed.add(file);
    files.add(`assets/${file}`);
    const code = readFileSync(join(outDir, 'assets', file), 'utf8');
    for (const m of code.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)) if (m[1]) follow(m[1]);
  };
  if (worker) follow(worker);
  for (const f of assets) {
    if (/^countries-110m.*\.json$/.test(f)) files.add(`assets/${f}`);
  }
  // The page uses system fonts; web fonts (Inter for exports, Noto Sans SC for Chinese) load on demand. Counted: the
  // few Han glyphs of the English interface, declared in index.html (vite.config.ts, cjkUiFont).
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const htmlFonts = [...html.matchAll(/url\(\.\/(assets\/[\w.-]+\.woff2)\)/g)].map((m) => m[1]!);
  return [...[...files].filter((f) => !/\.woff2?$/.test(f)), ...htmlFonts];
}

function compressed(outDir: string, files: string[]) {
  return files.map((f) => {
    const body = readFileSync(join(outDir, f));
    const bytes = /\.(woff2|png|jpe?g|webp)$/.test(f) ? body.length : gzipSync(body, { level: 9 }).length;
    return { file: basename(f), bytes };
  });
}

const total = (xs: { bytes: number }[]) => xs.reduce((s, x) => s + x.bytes, 0);
const table = (xs: { file: string; bytes: number }[]) =>
  xs
    .sort((a, b) => b.bytes - a.bytes)
    .map((x) => `${(x.bytes / 1024).toFixed(1).padStart(7)} KB  ${x.file}`)
    .join('\n');

describe('first-view transfer budget', () => {
  let app: { file: string; bytes: number }[] = [];
  let bare: { file: string; bytes: number }[] = [];

  beforeAll(() => {
    const appDir = viteBuild(null);
    const bareDir = viteBuild('bench/bare/vite.config.ts');
    app = compressed(appDir, firstViewFiles(appDir));
    bare = compressed(bareDir, firstViewFiles(bareDir));
  }, 120_000);

  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the bare reference page is a real map page: entry, React, the map library and the topology', () => {
    expect(bare.some((x) => /^countries-110m/.test(x.file))).toBe(true);
    expect(total(bare)).toBeGreaterThan(100 * 1024);
  });

  it('the first view does not fetch the lazy parts (recharts, the Chinese font, other views)', () => {
    const names = app.map((x) => x.file).join('\n');
    expect(names).not.toMatch(
      /CartesianChart|LadderOverTime|TierLadderChart|PartnerClimbChart|noto-sans-sc|EmbedApp/,
    );
  });

  it('counts the Han glyphs of the English interface (a few small files, not Noto Sans SC)', () => {
    const han = app.filter((x) => /^atlas-ui-han-/.test(x.file));
    expect(han.length).toBeGreaterThan(0);
    expect(total(han)).toBeLessThan(8 * 1024);
  });

  const report = () => {
    const ratio = total(app) / total(bare);
    return `atlas ${(total(app) / 1024).toFixed(1)} KB vs bare ${(total(bare) / 1024).toFixed(1)} KB = ${ratio.toFixed(2)}x\n\natlas:\n${table(app)}\n\nbare:\n${table(bare)}`;
  };

  it(`the first view transfers at most ${BUDGET}x the bare world-map page (docs/design.md)`, () => {
    expect(total(app) / total(bare), report()).toBeLessThanOrEqual(BUDGET);
  });
});
