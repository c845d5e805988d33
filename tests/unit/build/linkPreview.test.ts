/** build/linkPreview.ts: the Open Graph / Twitter tags, and the preview image emitted in a build only. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callHook } from './pluginHooks';

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const render = vi.fn((..._args: unknown[]) => png);
vi.mock('../../../build/previewImage.ts', () => ({
  PREVIEW_WIDTH: 1200,
  PREVIEW_HEIGHT: 630,
  renderPreviewPng: (...args: unknown[]) => render(...args),
}));
const { linkPreview } = await import('../../../build/linkPreview');

const HTML = '<html><head><title>Partnership Atlas</title></head><body></body></html>';
afterEach(() => {
  vi.unstubAllEnvs();
  render.mockClear();
});

describe('linkPreview', () => {
  it('adds the card tags after the title, with a relative image URL unless ATLAS_SITE_URL is set', () => {
    const html = callHook(linkPreview(), 'transformIndexHtml', {}, HTML) as string;
    expect(html).toMatch(/<\/title>\n {4}<meta property="og:type" content="website" \/>/);
    expect(html).toContain('<meta property="og:image" content="./og-image.png" />');
    expect(html).toContain('<meta property="og:image:width" content="1200" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain(
      `<meta property="og:title" content="Partnership Atlas: China's partnership tiers" />`,
    );
    vi.stubEnv('ATLAS_SITE_URL', 'https://example.org/atlas/');
    const absolute = callHook(linkPreview(), 'transformIndexHtml', {}, HTML) as string;
    expect(absolute).toContain(
      '<meta name="twitter:image" content="https://example.org/atlas/og-image.png" />',
    );
  });

  it('emits og-image.png, drawn from the dataset it is given, in a build and not in dev', () => {
    const emitted: { fileName: string; source: Buffer }[] = [];
    const context = { emitFile: (f: { fileName: string; source: Buffer }) => emitted.push(f) };
    const dev = linkPreview('/synthetic');
    callHook(dev, 'configResolved', {}, { command: 'serve' });
    callHook(dev, 'buildStart', context);
    expect(emitted).toEqual([]);
    const build = linkPreview('/synthetic');
    callHook(build, 'configResolved', {}, { command: 'build' });
    callHook(build, 'buildStart', context);
    expect(emitted).toEqual([{ type: 'asset', fileName: 'og-image.png', source: png }]);
    expect(render).toHaveBeenCalledWith(process.cwd(), '/synthetic');
  });
});
