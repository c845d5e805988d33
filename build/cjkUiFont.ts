import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import subsetFont from 'subset-font';
import { englishInterfaceHan } from '../src/ui/i18n.ts';

const CJK_UI_FAMILY = 'Atlas UI Han';

/**
 * The English interface shows a few Han characters (the "中文" button, the search example). Without a Chinese system
 * font they would render as empty boxes, and loading Noto Sans SC (its @font-face list alone is ~50 KB) for five
 * glyphs would break the first-view budget. This plugin cuts those glyphs out of the bundled Noto Sans SC
 * (about 1 KB each) and declares them as `Atlas UI Han`, last before `sans-serif` in the font stack (src/app/base.css):
 * a system with a Chinese font named earlier in the stack never downloads them. Built: one small .woff2 file per
 * Noto subset file; in dev: data URLs.
 */
export function cjkUiFont(): Plugin {
  const dir = resolve(import.meta.dirname, '../node_modules/@fontsource/noto-sans-sc');
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
