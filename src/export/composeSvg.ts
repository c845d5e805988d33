/**
 * The exported image: title, subtitle, the chart, a legend and the source line, all drawn as SVG
 * (pure string building; the DOM side is in svgToString.ts). recharts draws its legend as HTML,
 * outside its <svg>, so the legend here is our own, laid out by `layoutLegend` (the on-screen
 * ChartLegend uses the same layout, so screen and file agree).
 */
import { xmlSafeText } from './xmlText';

import { dotsPatternSvg, hatchPatternSvg } from '../domain/palette';
import type { LegendItem } from '../domain/legend';

export type { LegendItem };

/** Width of a text in px at a font size; a real measurer (canvas) can be passed in from the browser. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** A fair estimate for Inter / Noto Sans SC when no canvas is available (tests, node). */
export const estimateText: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) {
    if (CJK.test(ch)) em += 1;
    else if (/[il.,:;'|!·\s]/.test(ch)) em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.85;
    else if (/[A-Z0-9]/.test(ch)) em += 0.64;
    else em += 0.55;
  }
  return em * fontSize * (bold ? 1.06 : 1);
};

/** Greedy word wrap; CJK text may break between any two characters. Never returns an empty list. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateText,
  bold = false,
): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && !/^\s+$/.test(token) && measure(next.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token;
    } else if (!line && /^\s+$/.test(token)) {
      continue;
    } else line = next;
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

export interface LegendLayoutItem extends LegendItem {
  x: number;
  y: number;
  /** The label, wrapped when it is wider than the legend. */
  lines: string[];
}

export const LEGEND = {
  swatch: 12,
  gap: 6,
  itemGap: 16,
  rowHeight: 20,
  lineHeight: 15,
  fontSize: 12,
} as const;

/** Items flow left to right and wrap; one per row on narrow widths, long labels wrap. y is the item's top. */
export function layoutLegend(
  items: readonly LegendItem[],
  width: number,
  measure: MeasureText = estimateText,
) {
  const out: LegendLayoutItem[] = [];
  const textRoom = Math.max(40, width - LEGEND.swatch - LEGEND.gap);
  let x = 0;
  let y = 0;
  let rowHeight: number = LEGEND.rowHeight;
  for (const item of items) {
    const labelWidth = measure(item.label, LEGEND.fontSize);
    const lines =
      labelWidth > textRoom ? wrapText(item.label, textRoom, LEGEND.fontSize, measure) : [item.label];
    const w = LEGEND.swatch + LEGEND.gap + Math.min(labelWidth, textRoom);
    const h = LEGEND.rowHeight + (lines.length - 1) * LEGEND.lineHeight;
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
      rowHeight = LEGEND.rowHeight;
    }
    out.push({ ...item, x, y, lines });
    rowHeight = Math.max(rowHeight, h);
    x += w + LEGEND.itemGap;
  }
  return { items: out, height: items.length === 0 ? 0 : y + rowHeight };
}

/** Text for XML content or an attribute: escaped, and without the characters XML forbids (xmlText.ts). */
export function escapeXml(s: string): string {
  return xmlSafeText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const HATCH_PATTERN_ID = 'pa-legend-hatch';

/** The legend as SVG elements (no wrapper), for the export and for ChartLegend on screen. */
export function legendMarkup(items: readonly LegendLayoutItem[]): string {
  const s = LEGEND.swatch;
  return items
    .map((it) => {
      const top = it.y + (LEGEND.rowHeight - s) / 2;
      let mark: string;
      if (it.shape === 'line')
        mark = `<line x1="${it.x}" y1="${top + s / 2}" x2="${it.x + s}" y2="${top + s / 2}" stroke="${escapeXml(it.color)}" stroke-width="2.5"/>`;
      else if (it.shape === 'hatch' || it.shape === 'dots')
        mark = `<rect x="${it.x}" y="${top}" width="${s}" height="${s}" fill="url(#${it.shape === 'hatch' ? HATCH_PATTERN_ID : DOTS_PATTERN_ID})" stroke="#9a958b" stroke-width="0.5"/>`;
      else
        mark = `<rect x="${it.x}" y="${top}" width="${s}" height="${s}" rx="2" fill="${escapeXml(it.color)}"${it.shape === 'outline' || it.color.toLowerCase() === '#ffffff' ? ' stroke="#9a958b" stroke-width="0.75"' : ''}/>`;
      const text = it.lines
        .map(
          (line, i) =>
            `<text x="${it.x + s + LEGEND.gap}" y="${it.y + LEGEND.rowHeight / 2 + i * LEGEND.lineHeight}" dominant-baseline="central" font-size="${LEGEND.fontSize}" fill="#33302a">${escapeXml(line)}</text>`,
        )
        .join('');
      return mark + text;
    })
    .join('');
}

export const DOTS_PATTERN_ID = 'pa-legend-dots';

export const HATCH_DEFS = `${hatchPatternSvg(HATCH_PATTERN_ID)}${dotsPatternSvg(DOTS_PATTERN_ID)}`;

/** Latin first, then CJK families: a reader without the embedded fonts still gets Chinese glyphs. */
export const FONT_STACK =
  "'Inter Variable', Inter, 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', system-ui, -apple-system, 'Segoe UI', Arial, sans-serif";

export interface ComposeSpec {
  /** Output width in CSS px: the on-screen width of the chart. */
  width: number;
  /** The chart as an `<svg ...>...</svg>` string with its own width/height/viewBox. */
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  /** Source, version, as-of date, link: one entry per paragraph (each wraps). */
  source: readonly string[];
  /** @font-face rules (data URLs) to embed; empty = rely on FONT_STACK. */
  fontCss?: string;
  lang?: 'en' | 'zh';
  measure?: MeasureText;
  background?: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;

/** Lays out title → subtitle → chart (scaled to the inner width) → legend → source, and returns a standalone SVG. */
export function composeSvg(spec: ComposeSpec): ComposedSvg {
  const measure = spec.measure ?? estimateText;
  const width = Math.max(1, Math.round(spec.width));
  const inner = Math.max(40, width - 2 * PAD);
  const parts: string[] = [];
  let y = PAD;

  const textBlock = (lines: string[], fontSize: number, lineHeight: number, fill: string, bold = false) => {
    for (const line of lines) {
      y += lineHeight;
      parts.push(
        `<text x="${PAD}" y="${(y - (lineHeight - fontSize) / 2 - fontSize * 0.18).toFixed(1)}" font-size="${fontSize}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(line)}</text>`,
      );
    }
  };

  textBlock(wrapText(spec.title, inner, 18, measure, true), 18, 24, '#1f1d1a', true);
  if (spec.subtitle) textBlock(wrapText(spec.subtitle, inner, 13, measure), 13, 18, '#4a463f');
  y += 10;

  const scale = inner / spec.chartWidth;
  const chartHeight = spec.chartHeight * scale;
  const chartSvg = spec.chartMarkup.replace(
    /^<svg\b([^>]*)>/,
    (_, attrs: string) =>
      `<svg x="${PAD}" y="${y.toFixed(1)}" width="${inner}" height="${chartHeight.toFixed(1)}"${attrs.replace(/\s(?:x|y|width|height)="[^"]*"/g, '')}>`,
  );
  parts.push(chartSvg);
  y += chartHeight + 12;

  if (spec.legend.length > 0) {
    const legend = layoutLegend(spec.legend, inner, measure);
    parts.push(`<g transform="translate(${PAD} ${y.toFixed(1)})">${legendMarkup(legend.items)}</g>`);
    y += legend.height + 8;
  }

  parts.push(
    `<line x1="${PAD}" y1="${y.toFixed(1)}" x2="${width - PAD}" y2="${y.toFixed(1)}" stroke="#e3dfd6" stroke-width="1"/>`,
  );
  y += 4;
  for (const paragraph of spec.source) textBlock(wrapText(paragraph, inner, 11, measure), 11, 15, '#6b665d');
  y += PAD - 4;

  const height = Math.ceil(y);
  const style = `${spec.fontCss ?? ''}text{font-family:${FONT_STACK};}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${spec.lang === 'zh' ? ' xml:lang="zh-CN"' : ' xml:lang="en"'}>`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml([spec.subtitle, ...spec.source].filter(Boolean).join(' '))}</desc>`,
    `<defs><style>${style.replace(/]]>/g, ']]&gt;')}</style>${HATCH_DEFS}</defs>`,
    `<rect width="100%" height="100%" fill="${spec.background ?? '#ffffff'}"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
