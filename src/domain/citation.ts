/**
 * Citations and the iframe snippet (pure: no DOM). Every one names the dataset version and, for citations,
 * the access date, so a reader can find the exact data a report used.
 */
import type { Meta } from './schema';
import { MONTHS_EN } from './dates';

export const HEIGHT_MESSAGE = 'partnership-atlas:height';

export interface CitationInput {
  meta: Pick<Meta, 'title' | 'version' | 'last_updated' | 'publisher'>;
  /** Access date, ISO (YYYY-MM-DD). */
  accessed: string;
  /** The page cited (the view with its filters). */
  url: string;
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS_EN[m - 1] ?? ''} ${d}, ${y}`;
}

/** APA 7 for a data set whose content changes over time: version, [Data set], retrieval date. */
export function buildApa({ meta, accessed, url }: CitationInput): string {
  const year = meta.last_updated.slice(0, 4);
  return `${meta.publisher}. (${year}). ${meta.title} (Version ${meta.version}) [Data set]. Retrieved ${longDate(accessed)}, from ${url}`;
}

function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`,
  );
}

/** A BibTeX key such as `partnershipatlas2026v0_1_0`: letters, digits and underscores only. */
export function buildBibtexKey(meta: Pick<Meta, 'title' | 'version' | 'last_updated'>): string {
  const stem = (meta.title.split(':')[0] ?? meta.title).toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${stem || 'dataset'}${meta.last_updated.slice(0, 4)}v${meta.version.replace(/[^0-9a-z]/gi, '_')}`;
}

/** BibTeX @misc (biblatex reads `version` and `urldate` too). The URL stays unescaped inside \url{} and url. */
export function buildBibtex({ meta, accessed, url }: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${bibEscape(meta.publisher)}}`],
    ['title', `{${bibEscape(meta.title)}}`],
    ['year', meta.last_updated.slice(0, 4)],
    ['version', bibEscape(meta.version)],
    ['howpublished', `\\url{${url}}`],
    ['url', url],
    ['urldate', accessed],
    ['note', `Dataset version ${bibEscape(meta.version)}, accessed ${accessed}`],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@misc{${buildBibtexKey(meta)},\n${body}\n}`;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface IframeSnippetInput {
  /** Absolute URL of the embed (`...?embed=map&year=2020`). */
  src: string;
  /** Accessible name of the frame (what a screen reader announces). */
  title: string;
  /** Starting height in px, before the embed reports its own. */
  height?: number;
  /** Add the small listener that resizes the frame to the height the embed posts. */
  autoHeight?: boolean;
}

/**
 * A plain `<iframe>` (responsive width, lazy loading, a title) and, for hosts that want auto-height, a
 * script that listens for `{ type: 'partnership-atlas:height', height }` from that frame's origin only.
 */
export function buildIframeSnippet({
  src,
  title,
  height = 560,
  autoHeight = true,
}: IframeSnippetInput): string {
  const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border:0;width:100%;max-width:100%" data-partnership-atlas></iframe>`;
  if (!autoHeight) return iframe;
  let origin = '*';
  try {
    origin = new URL(src).origin;
  } catch {
    // A relative src: accept the message from any origin, still only from this frame.
  }
  const check = origin === '*' || origin === 'null' ? '' : `e.origin!==${JSON.stringify(origin)}||`;
  const script = [
    '<script>',
    'window.addEventListener("message",function(e){',
    `if(${check}!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;`,
    'document.querySelectorAll("iframe[data-partnership-atlas]").forEach(function(f){',
    'if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px";});});',
    '</script>',
  ].join('');
  return `${iframe}\n${script}`;
}
