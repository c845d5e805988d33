import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../src/export/toCsv';

const meta = JSON.parse(readFileSync(join(process.cwd(), 'data/meta.json'), 'utf8')) as { version: string };

async function download(page: Page, chart: string, item: string | RegExp) {
  const frame = page.locator(`figure[data-chart="${chart}"]`);
  await frame.getByRole('button', { name: /Share or export|分享或导出/ }).click();
  const pending = page.waitForEvent('download');
  await frame.getByRole('button', { name: item }).click();
  const file = await pending;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function screenWidth(svg: Locator) {
  const box = await svg.boundingBox();
  if (!box) throw new Error('chart not visible');
  return Math.round(box.width);
}

/** Parses an SVG document in the page, then draws it as an image; returns what a reader would check. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate(async (svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    let drawn = 0;
    try {
      await img.decode();
      drawn = img.naturalWidth;
    } catch {
      drawn = -1;
    }
    return {
      error,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      title: doc.querySelector('title')?.textContent ?? '',
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      fontFaces: (doc.querySelector('style')?.textContent?.match(/@font-face/g) ?? []).length,
      drawn,
    };
  }, text);
}

test.describe('exports', () => {
  test('map: PNG at 2× the chart width, and a self-contained SVG with title, legend and source', async ({
    page,
  }) => {
    await page.goto('./?year=2020');
    const map = page.locator('figure[data-chart="map"] svg.world-map');
    await expect(map.getByRole('button', { name: /^Belarus: / })).toBeVisible();
    const width = await screenWidth(map);

    const png = await download(page, 'map', 'Download PNG image');
    expect(png.name).toBe('partnership-atlas-map-2020.png');
    const size = pngSize(png.bytes);
    expect(size.width).toBe(2 * width);
    expect(size.height).toBeGreaterThan(size.width * 0.5); // map, legend and source below the title
    expect(png.bytes.length).toBeGreaterThan(30_000);
    expect(png.bytes.length).toBeLessThan(5_000_000);

    const svg = await download(page, 'map', 'Download SVG image');
    expect(svg.name).toBe('partnership-atlas-map-2020.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.bytes.length).toBeGreaterThan(20_000);
    expect(text).not.toMatch(/<(script|foreignObject)\b/);
    const info = await inspectSvg(page, text);
    expect(info.error).toBeNull();
    expect(info.root).toBe('svg');
    expect(info.width).toBe(width);
    expect(info.drawn).toBe(width);
    expect(info.title).toBe('Partnership Atlas: China’s partnerships around the world');
    expect(info.texts).toContain(info.title);
    expect(info.texts).toContain('As of the end of 2020 · All tiers · All regions');
    expect(
      info.texts.some(
        (t) => t.startsWith('Source: Partnership Atlas') && t.includes(`dataset version ${meta.version}`),
      ),
    ).toBe(true);
    expect(info.texts.some((t) => t.includes('Status on 2020-12-31'))).toBe(true);
    expect(info.texts.some((t) => /^All-weather \/ permanent strategic partnership \(\d+\)$/.test(t))).toBe(
      true,
    ); // the legend
    expect(info.fontFaces).toBeGreaterThan(0); // fonts travel with the file
  });

  test('ladder and ladder over time: PNG and SVG in Chinese, with the Chinese fonts embedded', async ({
    page,
  }) => {
    await page.goto('./?view=ladder&lang=zh&year=2020');
    const bars = page.locator('figure[data-chart="ladder"] svg.recharts-surface');
    await expect(bars).toBeVisible();
    const width = await screenWidth(bars);
    const png = await download(page, 'ladder', '下载 PNG 图片');
    expect(pngSize(png.bytes).width).toBe(2 * width);

    const svg = await download(page, 'ladder-time', '下载 SVG 图片');
    const info = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(info.error).toBeNull();
    expect(info.title).toBe('伙伴关系图集：层级随时间变化');
    expect(info.texts.some((t) => t.startsWith('来源') && t.includes(meta.version))).toBe(true);
    expect(svg.bytes.toString('utf8')).toMatch(/font-family:"Noto Sans SC"/);
  });

  test('partner climb: PNG of the side-panel chart', async ({ page }) => {
    await page.goto('./?partner=BLR');
    const chart = page.locator('figure[data-chart="partner"] svg.climb-svg');
    await expect(chart).toBeVisible();
    const width = await screenWidth(chart);
    const png = await download(page, 'partner', 'Download PNG image');
    expect(png.name).toMatch(/^partnership-atlas-partner-blr-\d{4}/);
    expect(pngSize(png.bytes).width).toBe(2 * width);
    // The subtitle names the partner in Chinese too (白俄罗斯): the English page embeds the Chinese font for it.
    const svg = (await download(page, 'partner', 'Download SVG image')).bytes.toString('utf8');
    expect(svg).toContain('白俄罗斯');
    expect(svg).toMatch(/font-family:"Noto Sans SC"/);
  });

  test('partners.csv parses back to the rows on screen; meetings.csv and JSON agree', async ({ page }) => {
    await page.goto('./?view=table&year=2015&tiers=comprehensive-strategic');
    await expect(page.locator('.partner-table tbody th[scope="row"]').first()).toBeVisible();
    const names = (await page.locator('.partner-table tbody th[scope="row"]').allTextContents())
      .map((s) => s.trim())
      .sort();
    expect(names.length).toBeGreaterThan(5);

    await page.goto('./?year=2015&tiers=comprehensive-strategic');
    await expect(page.locator('figure[data-chart="map"] svg.world-map')).toBeVisible();
    const file = await download(page, 'map', 'Download partners.csv');
    expect(file.name).toBe('partners-2015-12-31.csv');
    const partners = parseCsv(file.bytes.toString('utf8'));
    const [header, ...rows] = partners;
    expect(header).toEqual([
      'partner_id',
      'name_en',
      'name_zh',
      'kind',
      'region',
      'as_of',
      'relations',
      'relations_since',
      'tier_id',
      'tier_rank',
      'tier_since',
      'wording_en',
      'wording_zh',
      'since',
      'community_with_shared_future',
    ]);
    expect(rows.map((r) => r[1]).sort()).toEqual(names);
    expect(new Set(rows.map((r) => r[header!.indexOf('tier_id')]))).toEqual(
      new Set(['comprehensive-strategic']),
    );

    const meetings = parseCsv((await download(page, 'map', 'Download meetings.csv')).bytes.toString('utf8'));
    const mh = meetings[0]!;
    expect(mh.slice(0, 4)).toEqual(['meeting_id', 'date', 'date_precision', 'partner_id']);
    expect(mh).toHaveLength(19);
    expect(mh).toEqual(expect.arrayContaining(['verified', 'unverified', 'note']));
    const ids = new Set(rows.map((r) => r[0]));
    for (const m of meetings.slice(1)) {
      expect(ids.has(m[3]!)).toBe(true);
      expect(m[1]! <= '2015-12-31').toBe(true);
    }

    const json = JSON.parse((await download(page, 'map', 'Download JSON')).bytes.toString('utf8'));
    expect(json.dataset.version).toBe(meta.version);
    expect(json.as_of).toBe('2015-12-31');
    expect(json.filters).toEqual({ as_of: '2015-12-31', tiers: ['comprehensive-strategic'] });
    expect(json.partners).toHaveLength(rows.length);
  });

  test('the app’s files are the same as `npm run export` for the same date', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    execFileSync(
      join(process.cwd(), 'node_modules/.bin/tsx'),
      ['src/cli/main.ts', 'export', '--out', dir, '--as-of', '2015-12-31'],
      { stdio: 'pipe' },
    );
    await page.goto('./?year=2015');
    await expect(page.locator('figure[data-chart="map"] svg.world-map')).toBeVisible();
    expect((await download(page, 'map', 'Download partners.csv')).bytes.toString('utf8')).toBe(
      readFileSync(join(dir, 'partners-2015-12-31.csv'), 'utf8'),
    );
    expect((await download(page, 'map', 'Download meetings.csv')).bytes.toString('utf8')).toBe(
      readFileSync(join(dir, 'meetings-2015-12-31.csv'), 'utf8'),
    );
    expect((await download(page, 'map', 'Download JSON')).bytes.toString('utf8')).toBe(
      readFileSync(join(dir, 'atlas-2015-12-31.json'), 'utf8'),
    );
  });

  test('share dialog: link, iframe snippet and citations with the dataset version', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?year=2020&tiers=strategic');
    const frame = page.locator('figure[data-chart="map"]');
    await frame.getByRole('button', { name: 'Share or export' }).click();
    await frame.getByRole('button', { name: /Share, embed or cite/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this chart' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Link to this view', { exact: true })).toHaveValue(
      /\/\?year=2020&tiers=strategic$/,
    );
    const snippet = await dialog.getByLabel('Embed in a web page', { exact: true }).inputValue();
    expect(snippet).toMatch(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=map&amp;year=2020&amp;tiers=strategic" title="[^"]+" width="100%" height="\d+" loading="lazy"/,
    );
    expect(snippet).toContain('partnership-atlas:height');
    await expect(dialog.getByLabel('APA', { exact: true })).toHaveValue(
      new RegExp(`\\(Version ${meta.version.replace(/\./g, '\\.')}\\) \\[Data set\\]\\. Retrieved `),
    );
    await expect(dialog.getByLabel('BibTeX', { exact: true })).toHaveValue(
      new RegExp(`version = \\{${meta.version.replace(/\./g, '\\.')}\\}`),
    );
    await dialog.getByRole('button', { name: 'Copy: APA' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Partnership Atlas contributors\. \(\d{4}\)/,
    );
    const axe = await new AxeBuilder({ page })
      .include('.share-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Focus returns to the page; the menu button is still there to reopen it.
    await expect(frame.getByRole('button', { name: 'Share or export' })).toBeVisible();
  });

  test('printing shows the chart and its source, not the controls', async ({ page }) => {
    await page.goto('./?year=2020');
    await expect(page.locator('figure[data-chart="map"] svg.world-map')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('figure[data-chart="map"] .chart-menu')).toBeHidden();
    await expect(page.locator('.filter-bar')).toBeHidden();
    await expect(page.locator('figure[data-chart="map"] svg.world-map')).toBeVisible();
    await expect(page.locator('figure[data-chart="map"] .source-line')).toContainText(
      `dataset version ${meta.version}`,
    );
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
