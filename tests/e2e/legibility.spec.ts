import { expect, test, type Page } from '@playwright/test';

// The page's Content-Security-Policy refuses inline styles; the style that forces a fallback font is the test's own.
test.use({ bypassCSP: true });

/**
 * No two labels of a legend, axis or title overlap, and none leaves its chart (DESIGN.md budget), in the app and in
 * every embed, at 320, 600 and 1440 px, with the page forced into DejaVu Sans and then Liberation Sans: the fonts a
 * Linux reader's system falls back to, wider and narrower than the design font.
 */
const FONTS = ['DejaVu Sans', 'Liberation Sans'];
const WIDTHS = [320, 600, 1440];
const PAGES: { name: string; url: string; charts: number }[] = [
  { name: 'map', url: '?year=2020', charts: 1 },
  { name: 'ladder', url: '?view=ladder&year=2020', charts: 2 },
  { name: 'partner panel', url: '?partner=BLR&year=2024', charts: 1 },
  { name: 'embed map', url: '?embed=map&year=2020', charts: 1 },
  { name: 'embed ladder', url: '?embed=ladder&year=2020', charts: 1 },
  { name: 'embed partner', url: '?embed=partner&partner=PAK', charts: 1 },
];

interface Box {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Report {
  font: string;
  containers: { name: string; box: Box; legend: Box[]; svgText: Box[][]; other: Box[] }[];
}

async function forceFont(page: Page, font: string) {
  await page.addInitScript((f) => {
    const add = () => {
      const s = document.createElement('style');
      s.textContent = `*, *::before, *::after { font-family: '${f}' !important; }`;
      document.documentElement.appendChild(s);
    };
    if (document.documentElement) add();
    else document.addEventListener('DOMContentLoaded', add);
  }, font);
}

/** Boxes of every label in each chart and legend, read from the laid-out page. */
function measure(): Report {
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { text: (el.textContent ?? '').trim().slice(0, 60), x: r.left, y: r.top, w: r.width, h: r.height };
  };
  const visible = (b: Box) => b.w > 0.5 && b.h > 0.5;
  const containers = Array.from(document.querySelectorAll('.chart-frame, .legend, .overview')).map((c) => ({
    name: c.getAttribute('data-chart') ?? c.className,
    box: box(c),
    legend: Array.from(c.querySelectorAll('.chart-legend-item, .legend-toggle, .legend-base li'))
      .map(box)
      .filter(visible),
    // Each chart's own texts (axis ticks, rung names, value labels), as separate groups per <svg>.
    svgText: Array.from(c.querySelectorAll('svg'))
      .filter((svg) => !svg.closest('.chart-legend'))
      .map((svg) => Array.from(svg.querySelectorAll('text')).map(box).filter(visible)),
    other: Array.from(c.querySelectorAll('.chart-title, .chart-subtitle, .legend-title, .legend-hint'))
      .map(box)
      .filter(visible),
  }));
  const probe = document.querySelector('.chart-legend-label, .legend-name, .chart-title');
  return { font: probe ? getComputedStyle(probe).fontFamily : '', containers };
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x - 1 &&
  a.y >= outer.y - 1 &&
  a.x + a.w <= outer.x + outer.w + 1 &&
  a.y + a.h <= outer.y + outer.h + 1;

function problems(report: Report, viewportWidth: number): string[] {
  const out: string[] = [];
  for (const c of report.containers) {
    const pairs = (boxes: Box[], what: string) => {
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          if (overlap(boxes[i]!, boxes[j]!))
            out.push(`${c.name}: ${what} "${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
    };
    pairs(c.legend, 'legend label');
    pairs(c.other, 'title');
    c.svgText.forEach((texts) => pairs(texts, 'chart label'));
    for (const b of [...c.legend, ...c.other, ...c.svgText.flat()]) {
      if (!inside(b, c.box)) out.push(`${c.name}: "${b.text}" leaves its chart`);
      if (b.x < -1 || b.x + b.w > viewportWidth + 1) out.push(`${c.name}: "${b.text}" leaves the page`);
    }
  }
  return out;
}

/** Brings every chart into view once, so the charts that load on approach are drawn. */
async function drawAll(page: Page, charts: number) {
  await expect(page.locator('.chart-frame').first()).toBeVisible({ timeout: 15_000 });
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(150);
  }
  await expect
    .poll(() => page.locator('.chart-frame .chart-body svg').count(), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(charts);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

for (const font of FONTS)
  for (const width of WIDTHS)
    test.describe(`${font} at ${width} px`, () => {
      for (const p of PAGES)
        test(`${p.name}: no legend, axis or title label overlaps or leaves its chart`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await forceFont(page, font);
          await page.goto(p.url);
          await drawAll(page, p.charts);
          const report = await page.evaluate(measure);
          expect(report.font).toContain(font);
          expect(report.containers.length).toBeGreaterThanOrEqual(p.charts);
          expect(report.containers.flatMap((c) => c.legend).length).toBeGreaterThan(0);
          expect(problems(report, width)).toEqual([]);
        });
    });
