/**
 * Adds the page's Content-Security-Policy as a meta tag to the built index.html (`vite build` only: the dev server
 * injects inline scripts of its own). No inline script is allowed at all; the one inline `<style>` (the CJK UI font
 * faces, build/cjkUiFont.ts) is allowed by its hash, computed here from the final HTML. `frame-ancestors` cannot be
 * set from a meta tag: hosts that can send headers set it (README, "Hosting").
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function buildPolicy(styleHashes: readonly string[]): string {
  const styles = ["'self'", ...styleHashes.map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    `style-src ${styles}`,
    `style-src-elem ${styles}`,
    // Style attributes (charts sized in the page, the SVG export's inlined styles) cannot run script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The sha256 (base64) of every inline `<style>` in an HTML page. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) =>
    createHash('sha256')
      .update(m[1] ?? '', 'utf8')
      .digest('base64'),
  );
}

export function insertPolicy(html: string): string {
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html.replace(/<noscript/gi, '')))
    throw new Error('csp: index.html has an inline <script>, which the Content-Security-Policy forbids');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(inlineStyleHashes(html))}" />`;
  return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: (html) => insertPolicy(html) },
  };
}
