import { describe, expect, it } from 'vitest';
import {
  composeSvg,
  escapeXml,
  estimateText,
  layoutLegend,
  wrapText,
  type LegendItem,
} from '../../../src/export/composeSvg';

/** A small well-formedness check: tags nest and close, attributes are not repeated. */
function checkXml(xml: string) {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const [, close, name, attrs, self] = m;
    const names = [...attrs!.matchAll(/\s([\w:-]+)=/g)].map((a) => a[1]);
    expect(new Set(names).size, `repeated attribute in <${name}${attrs}>`).toBe(names.length);
    if (close) expect(stack.pop()).toBe(name);
    else if (!self) stack.push(name!);
  }
  expect(stack).toEqual([]);
}

const legend: LegendItem[] = [
  { label: 'Comprehensive strategic partnership of coordination for a new era (1)', color: '#2b1f70' },
  { label: 'All-weather / permanent strategic partnership (2)', color: '#225ea8' },
  { label: 'No diplomatic relations', color: '#ffffff', shape: 'outline' },
  { label: 'Disputed status', color: '#d4d0c8', shape: 'hatch' },
];

const chart =
  '<svg viewBox="0 0 800 400" width="800" height="400"><rect width="800" height="400" fill="#eef3f7"/><path d="M0 0L10 10" style="fill:rgb(65, 182, 196)"/></svg>';

describe('wrapText', () => {
  it('keeps short text on one line and wraps long text at spaces', () => {
    expect(wrapText('Short title', 300, 18)).toEqual(['Short title']);
    const lines = wrapText('Partnership Atlas: China’s partnerships around the world', 200, 18);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Partnership Atlas: China’s partnerships around the world');
    for (const line of lines) expect(estimateText(line, 18)).toBeLessThanOrEqual(200 + 18 * 12); // a single long word may overflow
  });
  it('breaks Chinese between characters', () => {
    const lines = wrapText('全天候全面战略伙伴关系全天候全面战略伙伴关系', 100, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('全天候全面战略伙伴关系全天候全面战略伙伴关系');
  });
});

describe('layoutLegend', () => {
  it('flows items in rows on wide charts and stacks them on narrow ones', () => {
    const wide = layoutLegend(legend, 1200);
    expect(wide.items.filter((i) => i.y === 0).length).toBeGreaterThan(1);
    const narrow = layoutLegend(legend, 220);
    expect(new Set(narrow.items.map((i) => i.y)).size).toBe(legend.length);
    expect(narrow.items.every((i) => i.x === 0)).toBe(true);
    expect(narrow.height).toBeGreaterThan(wide.height);
    // The long label wraps instead of running off the edge.
    expect(narrow.items[0]!.lines.length).toBeGreaterThan(1);
  });
});

describe('composeSvg', () => {
  const spec = {
    width: 600,
    chartMarkup: chart,
    chartWidth: 800,
    chartHeight: 400,
    title: 'Partnership Atlas: China’s partnerships & the world',
    subtitle: 'As of the end of 2020 · Tiers: Strategic partnership · All regions',
    legend,
    source: [
      'Source: Partnership Atlas, dataset version 1.2.0 (updated 2026-11-23), CC BY 4.0.',
      'Status on 2020-12-31. Exported 2026-11-23. https://example.org/?year=2020&tiers=strategic',
    ],
  };

  it('is one well-formed standalone SVG at the chart width, with title, subtitle, legend and source as text', () => {
    const { svg, width, height } = composeSvg(spec);
    checkXml(svg);
    expect(width).toBe(600);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*width="600" height="\d+" viewBox="0 0 600 \d+"/,
    );
    expect(svg).toContain('<title>Partnership Atlas: China’s partnerships &amp; the world</title>');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('Partnership Atlas: China’s partnerships &amp; the world');
    expect(texts).toContain('As of the end of 2020 · Tiers: Strategic partnership · All regions');
    expect(texts).toContain('All-weather / permanent strategic partnership (2)');
    expect(texts.some((t) => t!.includes('dataset version 1.2.0'))).toBe(true);
    expect(texts.some((t) => t!.includes('https://example.org/?year=2020&amp;tiers=strategic'))).toBe(true);
    // Chart scaled into the inner width, keeping its aspect ratio, below the heading.
    expect(svg).toMatch(/<svg x="16" y="[\d.]+" width="568" height="284\.0" viewBox="0 0 800 400">/);
    expect(height).toBeGreaterThan(284 + 100);
    // Fonts: a stack with CJK families even when nothing is embedded.
    expect(svg).toContain("'Noto Sans SC', 'Noto Sans CJK SC'");
  });

  it('grows taller on a phone-width chart (wrapped title and legend) and keeps everything inside', () => {
    const narrow = composeSvg({ ...spec, width: 320 });
    checkXml(narrow.svg);
    const ys = [...narrow.svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(narrow.height);
    const titleLines = [...narrow.svg.matchAll(/font-size="18" font-weight="700"/g)].length;
    expect(titleLines).toBeGreaterThan(1);
  });

  it('embeds @font-face rules when given and escapes the text it writes', () => {
    const { svg } = composeSvg({
      ...spec,
      title: '<script>alert(1)</script>',
      fontCss: '@font-face{font-family:"Noto Sans SC";src:url(data:font/woff2;base64,AAAA)}',
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('@font-face{font-family:"Noto Sans SC"');
    checkXml(svg);
  });

  it('replaces the chart’s own size attributes instead of repeating them', () => {
    const { svg } = composeSvg({
      ...spec,
      chartMarkup:
        '<svg width="800" height="400" x="3" viewBox="0 0 800 400" style="stroke-width:1px"><g/></svg>',
    });
    checkXml(svg);
    expect(svg).toContain('style="stroke-width:1px"');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
