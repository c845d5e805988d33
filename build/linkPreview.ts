import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreviewPng } from './previewImage.ts';

/**
 * Link previews: Open Graph and Twitter card tags, and their image, the world map coloured by tier, rendered at
 * build time from the bundled data (build/previewImage.ts; no browser, no network). Crawlers want an absolute
 * image URL: set ATLAS_SITE_URL (e.g. https://example.org/atlas) at build time; without it the URL is relative.
 */
export function linkPreview(datasetRoot?: string): Plugin {
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
        source: renderPreviewPng(resolve(import.meta.dirname, '..'), datasetRoot),
      });
    },
    transformIndexHtml(html) {
      return html.replace('</title>', `</title>\n    ${tags}`);
    },
  };
}
