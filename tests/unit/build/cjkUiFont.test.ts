/** build/cjkUiFont.ts: the few Han glyphs of the English interface, cut from Noto Sans SC as `Atlas UI Han`. */
import { describe, expect, it } from 'vitest';
import { cjkUiFont } from '../../../build/cjkUiFont';
import { englishInterfaceHan } from '../../../src/ui/i18n';
import { callHook } from './pluginHooks';

const HTML = '<html><head><title>x</title></head><body></body></html>';
const faces = (html: string) =>
  [
    ...html.matchAll(
      /@font-face\{font-family:'Atlas UI Han';[^}]*src:url\(([^)]+)\)[^}]*unicode-range:([^}]+)\}/g,
    ),
  ].map((m) => ({ src: m[1]!, range: m[2]! }));
const codePoints = (list: { range: string }[]) =>
  list
    .flatMap((f) => f.range.split(','))
    .map((r) => String.fromCodePoint(parseInt(r.slice(2), 16)))
    .sort();

describe('cjkUiFont', () => {
  it('in dev, inlines one woff2 face per Noto subset file, covering exactly the Han characters of the English UI', async () => {
    const plugin = cjkUiFont();
    callHook(plugin, 'configResolved', {}, { command: 'serve' });
    const html = (await callHook(plugin, 'transformIndexHtml', {}, HTML, {})) as string;
    expect(html).toMatch(/<style>@font-face.*<\/style><\/head>/);
    const list = faces(html);
    expect(list.length).toBeGreaterThan(0);
    expect(codePoints(list)).toEqual(englishInterfaceHan());
    for (const f of list) {
      expect(f.src).toMatch(/^data:font\/woff2;base64,/);
      const bytes = Buffer.from(f.src.split(',')[1]!, 'base64');
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(bytes.length).toBeLessThan(8 * 1024);
    }
  }, 30_000);

  it('in a build, emits the faces as assets and links them by their hashed names', async () => {
    const plugin = cjkUiFont();
    callHook(plugin, 'configResolved', {}, { command: 'build' });
    const emitted: { name: string; source: Buffer }[] = [];
    await callHook(plugin, 'buildStart', {
      emitFile: (f: { name: string; source: Buffer }) => {
        emitted.push(f);
        return `ref-${emitted.length}`;
      },
    });
    expect(emitted.length).toBeGreaterThan(0);
    const bundle = Object.fromEntries(
      emitted.map((f, i) => [
        `a${i}`,
        { type: 'asset', names: [f.name], fileName: `assets/${i}-hash.woff2` },
      ]),
    );
    const html = (await callHook(plugin, 'transformIndexHtml', {}, HTML, { bundle })) as string;
    expect(faces(html).map((f) => f.src)).toEqual(emitted.map((_, i) => `./assets/${i}-hash.woff2`));
    await expect(callHook(plugin, 'transformIndexHtml', {}, HTML, { bundle: {} })).rejects.toThrow(
      /was not emitted/,
    );
  }, 30_000);
});
