import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import subsetFont from 'subset-font';
import { englishInterfaceHan } from './src/ui/i18n';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreviewPng } from './scripts/previewImage';

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

const CJK_UI_FAMILY = 'Atlas UI Han';

/**
 * The English interface shows a few Han characters (the "中文" button, the search example). Without a Chinese system
 * font they would render as empty boxes, and loading Noto Sans SC (its @font-face list alone is ~50 KB) for five
 * glyphs would break the first-view budget. This plugin cuts those glyphs out of the bundled Noto Sans SC
 * (about 1 KB each) and declares them as `Atlas UI Han`, last before `sans-serif` in the font stack (app.css):
 * a system with a Chinese font named earlier in the stack never downloads them. Built: one small .woff2 file per
 * Noto subset file; in dev: data URLs.
 */
export function cjkUiFont(): Plugin {
  const dir = resolve(import.meta.dirname, 'node_modules/@fontsource/noto-sans-sc');
  let faces: Promise<{ name: string; bytes: Buffer; range: string }[]> | null = null;
  const build = async () => {
    const css = readFileSync(resolve(dir, '400.css'), 'utf8');
    const files = [
      ...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g),
    ].map((m) => ({
      file: m[1]!,
      ranges: m[2]!.split(',').map((r) => {
        const [a, b] = r.trim().slice(2).split('-');
        return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
      }),
    }));
    const byFile = new Map<string, string[]>();
    for (const c of englishInterfaceHan()) {
      const cp = c.codePointAt(0)!;
      const face = files.find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (!face) throw new Error(`cjkUiFont: no Noto Sans SC file covers "${c}"`);
      byFile.set(face.file, [...(byFile.get(face.file) ?? []), c]);
    }
    return Promise.all(
      [...byFile].map(async ([file, chars], i) => ({
        name: `atlas-ui-han-${i}`,
        bytes: await subsetFont(readFileSync(resolve(dir, 'files', file)), chars.join(''), {
          targetFormat: 'woff2',
        }),
        range: chars.map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(','),
      })),
    );
  };
  const css = (srcs: { src: string; range: string }[]) =>
    srcs
      .map(
        ({ src, range }) =>
          `@font-face{font-family:'${CJK_UI_FAMILY}';font-weight:100 900;font-display:swap;src:url(${src}) format('woff2');unicode-range:${range}}`,
      )
      .join('');
  let command: 'build' | 'serve' = 'serve';
  const emitted = new Map<string, string>();
  return {
    name: 'atlas-cjk-ui-font',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      faces ??= build();
      if (command !== 'build') return;
      for (const face of await faces) {
        const ref = this.emitFile({ type: 'asset', name: `${face.name}.woff2`, source: face.bytes });
        emitted.set(face.name, ref);
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const list = await (faces ??= build());
        const srcs = list.map((face) => {
          if (command === 'build' && ctx.bundle) {
            const ref = emitted.get(face.name);
            const fileName = Object.values(ctx.bundle).find(
              (chunk) => chunk.type === 'asset' && chunk.names?.includes(`${face.name}.woff2`),
            )?.fileName;
            if (!ref || !fileName) throw new Error(`cjkUiFont: ${face.name} was not emitted`);
            return { src: `./${fileName}`, range: face.range };
          }
          return { src: `data:font/woff2;base64,${face.bytes.toString('base64')}`, range: face.range };
        });
        return html.replace('</head>', `<style>${css(srcs)}</style></head>`);
      },
    },
  };
}

/**
 * Link previews: Open Graph and Twitter card tags, and their image, the world map coloured by tier, rendered at
 * build time from the bundled data (scripts/previewImage.ts; no browser, no network). Crawlers want an absolute
 * image URL: set ATLAS_SITE_URL (e.g. https://example.org/atlas) at build time; without it the URL is relative.
 */
export function linkPreview(dir: string | undefined): Plugin {
  const title = "Partnership Atlas: China's partnership tiers";
  const description =
    "An open, sourced, interactive atlas of how the People's Republic of China labels its relationships with other countries: partnership tiers, meeting by meeting, since the 1990s.";
  const alt = "World map of China's partnerships, each country coloured by its tier on the ladder";
  const site = (process.env.ATLAS_SITE_URL ?? '.').replace(/\/$/, '');
  const image = `${site}/og-image.png`;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const tags = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(PREVIEW_WIDTH)],
    ['property', 'og:image:height', String(PREVIEW_HEIGHT)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ]
    .map(([attr, key, value]) => `<meta ${attr}="${key}" content="${esc(value!)}" />`)
    .join('\n    ');
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'atlas-link-preview',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      if (command !== 'build') return;
      this.emitFile({
        type: 'asset',
        fileName: 'og-image.png',
        source: renderPreviewPng(import.meta.dirname, dir ? resolve(dir) : undefined),
      });
    },
    transformIndexHtml(html) {
      return html.replace('</title>', `</title>\n    ${tags}`);
    },
  };
}

// `base: './'` makes the build work from any static host at any sub-path, with no rewrite rules.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    datasetDir(process.env.ATLAS_DATASET_DIR),
    meetingsSplit(process.env.ATLAS_DATASET_DIR),
    cjkUiFont(),
    linkPreview(process.env.ATLAS_DATASET_DIR),
  ],
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
