/**
 * Serialises a chart's on-screen <svg> with its computed styles inlined (so the file looks the same
 * without the page's CSS), embeds the fonts its text needs as data URLs (Inter for Latin, the Noto Sans SC
 * subsets for Chinese), and wraps it with title, subtitle, legend and source via composeSvg.
 */
import { xmlSafeText } from './xmlText';
import { composeSvg, type ComposedSvg, type ComposeSpec } from './composeSvg';
import { canvasMeasure } from './measureText';

/** Inherited properties are written only where they differ from the parent; the rest where they are not the default. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
] as const;
const OWN: Record<string, string> = { opacity: '1' };

/** Hover state that must not end up in a file: recharts' tooltip cursor and active dots. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper';

/** Clones an <svg>, inlining computed styles and dropping what only matters on screen. */
export function cloneWithInlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...Array.from(source.querySelectorAll<SVGElement>('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll<SVGElement>('*'))];
  const computed = new Map<Element, CSSStyleDeclaration>();
  const remove: Element[] = [];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    computed.set(el, cs);
    if (cs.display === 'none' || el.matches(TRANSIENT)) {
      remove.push(target);
      return;
    }
    const parent = el === source ? null : computed.get(el.parentElement as Element);
    const decl: string[] = [];
    for (const prop of INHERITED) {
      const v = cs.getPropertyValue(prop);
      if (v && (!parent || parent.getPropertyValue(prop) !== v)) decl.push(`${prop}:${v}`);
    }
    for (const [prop, def] of Object.entries(OWN)) {
      const v = cs.getPropertyValue(prop);
      if (v && v !== def) decl.push(`${prop}:${v}`);
    }
    for (const a of ['class', 'tabindex', 'role', 'style', 'focusable']) target.removeAttribute(a);
    if (decl.length) target.setAttribute('style', decl.join(';'));
  });
  for (const el of remove) el.remove();
  // The on-screen name ("use the arrow keys…") does not describe a file; the composed SVG has its own <title>.
  clone.removeAttribute('aria-label');
  return clone;
}

/** The chart <svg> as a string with explicit width/height/viewBox, and its on-screen size. */
export function serializeChartSvg(source: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
  screenWidth: number;
} {
  const rect = source.getBoundingClientRect();
  const clone = cloneWithInlineStyles(source);
  const vb = source.viewBox?.baseVal;
  const width = vb && vb.width > 0 ? vb.width : rect.width;
  const height = vb && vb.width > 0 ? vb.height : rect.height;
  clone.setAttribute(
    'viewBox',
    vb && vb.width > 0 ? `${vb.x} ${vb.y} ${vb.width} ${vb.height}` : `0 0 ${width} ${height}`,
  );
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('overflow', 'hidden');
  // A CSS background (the map's sea) is not SVG paint: draw it as the first shape.
  const bg = getComputedStyle(source).backgroundColor;
  if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
    const sea = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const box = clone.getAttribute('viewBox')!.split(' ');
    sea.setAttribute('x', box[0] ?? '0');
    sea.setAttribute('y', box[1] ?? '0');
    sea.setAttribute('width', '100%');
    sea.setAttribute('height', '100%');
    sea.setAttribute('fill', bg);
    clone.insertBefore(sea, clone.firstChild);
  }
  clone.removeAttribute('xmlns');
  dropForbiddenCharacters(clone);
  const markup = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<svg');
  return { markup, width, height, screenWidth: Math.round(rect.width) };
}

/** Text and attribute values without the characters XML forbids, so the serialiser never fails on data. */
export function dropForbiddenCharacters(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const safe = xmlSafeText(text);
    if (safe !== text) node.nodeValue = safe;
  }
  for (const el of [root, ...root.querySelectorAll('*')])
    for (const attr of [...el.attributes]) {
      const safe = xmlSafeText(attr.value);
      if (safe !== attr.value) el.setAttribute(attr.name, safe);
    }
}

/** Picks the chart's main <svg> inside a container: the largest one (icons and legends are small). */
export function findChartSvg(container: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of Array.from(container.querySelectorAll<SVGSVGElement>('svg'))) {
    if (svg.closest('[data-export-ignore]')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = svg;
    }
  }
  return best;
}

// ---------- fonts ----------

const FAMILIES = ['Inter Variable', 'Noto Sans SC'];
const fontCache = new Map<string, Promise<string>>();

function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)] as [
          number,
          number,
        ];
      const [a, b] = part.split('-');
      const lo = parseInt(a ?? '0', 16);
      return [lo, b ? parseInt(b, 16) : lo] as [number, number];
    });
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function fontDataUrl(url: string): Promise<string> {
  let p = fontCache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((b) => `data:font/woff2;base64,${toBase64(b)}`);
    fontCache.set(url, p);
    p.catch(() => fontCache.delete(url));
  }
  return p;
}

interface FaceRule {
  family: string;
  weight: string;
  ranges: [number, number][];
  rangeText: string;
  url: string;
}

function collectFaceRules(): FaceRule[] {
  const out: FaceRule[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // cross-origin sheet
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      if (!FAMILIES.includes(family)) continue;
      if ((rule.style.getPropertyValue('font-style') || 'normal') !== 'normal') continue;
      const src = rule.style.getPropertyValue('src');
      const m = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(src);
      if (!m?.[1]) continue;
      const rangeText = rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF';
      out.push({
        family,
        weight: rule.style.getPropertyValue('font-weight') || '400',
        ranges: parseUnicodeRange(rangeText),
        rangeText,
        url: new URL(m[1], sheet.href ?? document.baseURI).href,
      });
    }
  }
  return out;
}

/**
 * @font-face rules with data URLs for exactly the font files that cover the given text: Inter where it has
 * the glyph, Noto Sans SC for the rest (Chinese). An SVG drawn as an image cannot reach the page's fonts,
 * so without these the PNG would fall back to whatever the system has (often no Chinese at all).
 */
export async function buildFontCss(text: string): Promise<string> {
  const chars = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp !== undefined && cp > 0x20) chars.add(cp);
  }
  const rules = collectFaceRules();
  const needed: FaceRule[] = [];
  const left = new Set(chars);
  for (const family of FAMILIES) {
    for (const rule of rules.filter((r) => r.family === family)) {
      const hit = [...left].filter((cp) => rule.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
      if (hit.length === 0) continue;
      needed.push(rule);
      hit.forEach((cp) => left.delete(cp));
    }
  }
  const faces = await Promise.all(
    needed.map(async (r) => {
      try {
        const data = await fontDataUrl(r.url);
        return `@font-face{font-family:"${r.family}";font-style:normal;font-weight:${r.weight};font-display:block;src:url(${data}) format("woff2");unicode-range:${r.rangeText};}`;
      } catch {
        return '';
      }
    }),
  );
  return faces.join('');
}

export type ExportTexts = Omit<
  ComposeSpec,
  'width' | 'chartMarkup' | 'chartWidth' | 'chartHeight' | 'fontCss' | 'measure'
>;

/** The whole export as one standalone SVG document, at the chart's on-screen width. */
export async function buildChartSvg(
  chart: SVGSVGElement,
  texts: ExportTexts,
  options: { embedFonts?: boolean } = {},
): Promise<ComposedSvg> {
  await document.fonts?.ready;
  const { markup, width, height, screenWidth } = serializeChartSvg(chart);
  const allText = [
    texts.title,
    texts.subtitle,
    ...texts.legend.map((l) => l.label),
    ...texts.source,
    chart.textContent ?? '',
  ].join(' ');
  const fontCss = options.embedFonts === false ? '' : await buildFontCss(allText);
  return composeSvg({
    ...texts,
    width: screenWidth,
    chartMarkup: markup,
    chartWidth: width,
    chartHeight: height,
    fontCss,
    measure: canvasMeasure(),
  });
}
