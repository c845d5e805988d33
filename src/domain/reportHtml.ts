/**
 * A saved web page (MFA, Xinhua, CCTV) → the article as plain text: its title, its publication date and the
 * paragraphs of its body. Parsed with parse5 (the HTML standard's parser, pure JavaScript), so it runs the same
 * in the CLI and in the browser. Scripts, styles, navigation, sidebars and footers are left out.
 */
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Is this text a web page rather than a report? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<meta\s|<body[\s>])/i.test(text);
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'head',
  'nav',
  'footer',
  'form',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
  'article',
  'td',
]);
/** Article bodies of the Ministry (fmprc.gov.cn), Xinhua (news.cn), CCTV (tv.cctv.com) and common CMSs. */
const BODY_IDS = [
  'News_Body_Txt_A',
  'detail',
  'content_area',
  'text_area',
  'articleText',
  'article',
  'content',
];
const BODY_CLASSES = [
  'content_area',
  'TRS_Editor',
  'article',
  'main-aticle',
  'article-content',
  'news-content',
];
const NOISE =
  /\b(?:nav|menu|header|footer|sidebar|side|related|share|breadcrumb|comment|copyright|print|editor|zebian)\b/i;

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value ?? '';

function walk(n: Node, visit: (n: Node) => boolean | void): void {
  if (visit(n) === false) return;
  for (const c of n.childNodes ?? []) walk(c, visit);
}

function textOf(n: Node): string {
  let out = '';
  walk(n, (c) => {
    if (c.tagName && SKIP.has(c.tagName)) return false;
    if (c.tagName && NOISE.test(`${attr(c, 'class')} ${attr(c, 'id')}`) && c !== n) return false;
    if (c.nodeName === '#text') out += c.value ?? '';
    else if (c.tagName && BLOCK.has(c.tagName)) out += '\n';
  });
  return out
    .split('\n')
    .map((l) => l.replace(/[\s\u3000]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function find(root: Node, test: (n: Node) => boolean): Node | null {
  let hit: Node | null = null;
  walk(root, (n) => {
    if (hit) return false;
    if (n.tagName && SKIP.has(n.tagName)) return false;
    if (test(n)) {
      hit = n;
      return false;
    }
  });
  return hit;
}

/** The element with the most paragraph text, when no known body container is found. */
function densest(root: Node): Node | null {
  let best: { n: Node; len: number } | null = null;
  walk(root, (n) => {
    if (n.tagName && (SKIP.has(n.tagName) || NOISE.test(`${attr(n, 'class')} ${attr(n, 'id')}`)))
      return false;
    const ps = (n.childNodes ?? []).filter((c) => c.tagName === 'p');
    const len = ps.reduce((s, p) => s + textOf(p).length, 0);
    if (len > (best?.len ?? 0)) best = { n, len };
  });
  return (best as { n: Node; len: number } | null)?.n ?? null;
}

export interface Article {
  title: string | null;
  /** As written on the page ("2024年07月06日 19:15", "2013-07-16 21:30"). */
  published: string | null;
  /** The page's own address (canonical link or og:url), when it gives one. */
  url: string | null;
  body: string;
}

export function articleFromHtml(html: string): Article {
  const doc = parse(html) as unknown as Node;
  const body =
    find(doc, (n) => !!n.tagName && BODY_IDS.includes(attr(n, 'id')) && textOf(n).length > 0) ??
    find(
      doc,
      (n) =>
        !!n.tagName &&
        attr(n, 'class')
          .split(/\s+/)
          .some((c) => BODY_CLASSES.includes(c)) &&
        textOf(n).length > 40,
    ) ??
    densest(doc);
  const h1 = find(doc, (n) => n.tagName === 'h1') ?? find(doc, (n) => n.tagName === 'h3');
  const titleEl = find(doc, (n) => n.tagName === 'title');
  let title = (h1 ? textOf(h1) : '') || (titleEl ? textOf(titleEl).split(/[_|-]/)[0] : '') || null;
  title = title?.replace(/^\[视频\]/, '').trim() || null;
  const all = textOf(doc);
  const date =
    /(\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?)/.exec(all)?.[1] ??
    /(\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?)/.exec(all)?.[1] ??
    dateFromParts(doc);
  const canonical = find(doc, (n) => n.tagName === 'link' && attr(n, 'rel') === 'canonical');
  const og = find(doc, (n) => n.tagName === 'meta' && attr(n, 'property') === 'og:url');
  const url = (canonical ? attr(canonical, 'href') : '') || (og ? attr(og, 'content') : '');
  return {
    title,
    published: date ?? null,
    url: /^https:\/\//.test(url) ? url : null,
    body: body ? textOf(body) : '',
  };
}

/** Xinhua writes the date in parts: <span class="year"><em>2024</em></span><span class="day"><em>01/10</em></span>. */
function dateFromParts(doc: Node): string | null {
  const year = find(doc, (n) => attr(n, 'class') === 'year');
  const day = find(doc, (n) => attr(n, 'class') === 'day');
  const y = year ? textOf(year) : '';
  const md = day ? /(\d{1,2})\/(\d{1,2})/.exec(textOf(day)) : null;
  return /^\d{4}$/.test(y) && md ? `${y}-${md[1]?.padStart(2, '0')}-${md[2]?.padStart(2, '0')}` : null;
}

/** The article as the readers take it: title, then a publication line, then the body. */
export function articleText(a: Article): string {
  const han = /[\u3400-\u9fff]/.test(a.body);
  const pub = a.published ? (han ? `发布时间：${a.published}` : `Published ${a.published}`) : null;
  return [a.title, pub, a.body].filter(Boolean).join('\n');
}
