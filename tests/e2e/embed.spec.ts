import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4321);
const atlas = `http://127.0.0.1:${port}`;
const host = `http://127.0.0.1:${port + 1}`;

type HostWindow = Window & { heights: number[] };

/** The host page (another origin) with the atlas in a plain <iframe> of the given width. */
async function openHost(page: Page, src: string, width: number) {
  await page.setViewportSize({ width: Math.max(width + 40, 360), height: 900 });
  await page.goto(`${host}/?width=${width}&src=${encodeURIComponent(src)}`);
  return page.frameLocator('#atlas');
}

/** Waits until the embed has reported a height and the host has applied it; returns it. */
async function reportedHeight(page: Page) {
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).heights.length))
    .toBeGreaterThan(0);
  // Let layout settle (fonts, measured widths), then read the last report.
  await page.waitForTimeout(400);
  const height = await page.evaluate(() => (window as unknown as HostWindow).heights.at(-1) ?? 0);
  const applied = await page
    .locator('#atlas')
    .evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
  expect(Math.round(applied)).toBe(height);
  return height;
}

async function contentSize(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('embed='));
  if (!frame) throw new Error('no embed frame');
  return frame.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    embedHeight: Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
  }));
}

test.describe('embeds', () => {
  for (const width of [320, 375, 1024]) {
    test(`map embed on another origin at ${width} px: renders, fits, reports its height`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const frame = await openHost(page, `${atlas}/?embed=map&year=2020`, width);
      await expect(
        frame.getByRole('heading', {
          level: 1,
          name: 'Partnership Atlas: China’s partnerships around the world',
        }),
      ).toBeVisible();
      await expect(frame.getByText('As of the end of 2020 · All tiers · All regions')).toBeVisible();
      await expect(
        frame.getByRole('group', { name: /World map of China/ }).getByRole('button', { name: /^Belarus: / }),
      ).toBeVisible();
      await expect(
        frame
          .getByRole('list', { name: 'China’s partnerships around the world: legend' })
          .getByText(/^All-weather/),
      ).toBeVisible(); // the legend, HTML that wraps in the reader's font
      await expect(frame.locator('.source-line')).toContainText(/dataset version \d+\.\d+\.\d+/);
      // No app chrome.
      await expect(frame.getByRole('button', { name: 'Methodology' })).toHaveCount(0);
      await expect(frame.getByRole('slider')).toHaveCount(0);
      await expect(frame.getByRole('button', { name: 'Share or export' })).toHaveCount(0);

      const height = await reportedHeight(page);
      const size = await contentSize(page);
      expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
      expect(Math.abs(size.embedHeight - height)).toBeLessThanOrEqual(1);
      expect(height).toBeGreaterThan(width < 400 ? 350 : 500);
      test.info().annotations.push({ type: 'height', description: `map embed at ${width}px: ${height}px` });
      expect(errors).toEqual([]);
    });
  }

  test('ladder and partner embeds render and report their heights', async ({ page }) => {
    let frame = await openHost(page, `${atlas}/?embed=ladder&tiers=strategic,all-weather`, 375);
    await expect(frame.getByRole('heading', { level: 1, name: /Partners on each rung/ })).toBeVisible();
    await expect(
      frame.getByText(/Tiers: All-weather .*Strategic partnership|Tiers: Strategic partnership/),
    ).toBeVisible();
    await expect(frame.locator('svg.recharts-surface')).toBeVisible();
    const ladder = await reportedHeight(page);

    frame = await openHost(page, `${atlas}/?embed=partner&partner=BLR&lang=zh`, 375);
    await expect(frame.getByRole('heading', { level: 1, name: /白俄罗斯/ })).toBeVisible();
    await expect(frame.getByText('全天候全面战略伙伴关系').first()).toBeVisible();
    await expect(frame.locator('svg.climb-svg')).toBeVisible();
    const partner = await reportedHeight(page);
    test
      .info()
      .annotations.push({ type: 'height', description: `ladder ${ladder}px, partner ${partner}px at 375px` });
  });

  test('an iframe snippet from the Share dialog, pasted into a plain page, sizes itself', async ({
    page,
    context,
  }) => {
    await page.goto('./?year=2020');
    const chart = page.locator('figure[data-chart="map"]');
    await chart.getByRole('button', { name: 'Share or export' }).click();
    await chart.getByRole('button', { name: /Share, embed or cite/ }).click();
    const snippet = await page
      .getByRole('dialog')
      .getByLabel('Embed in a web page', { exact: true })
      .inputValue();

    for (const width of [375, 1280]) {
      const host = await context.newPage();
      await host.setViewportSize({ width, height: 900 });
      await host.goto(`${atlas.replace(String(port), String(port + 1))}/`); // another origin
      await host.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body><h1>My report</h1>${snippet}<p>After the chart.</p></body></html>`,
      );
      const iframe = host.locator('iframe[data-partnership-atlas]');
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      await expect(
        host.frameLocator('iframe[data-partnership-atlas]').getByRole('heading', { level: 1 }),
      ).toBeVisible();
      await expect
        .poll(() => iframe.evaluate((el) => (el as HTMLIFrameElement).style.height))
        .toMatch(/^\d+px$/);
      const box = await iframe.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(width);
      expect(box!.height).toBeGreaterThan(300);
      test.info().annotations.push({
        type: 'snippet',
        description: `${width}px page: iframe ${Math.round(box!.width)}×${Math.round(box!.height)}`,
      });
      await host.close();
    }
  });
});

test('ladder and partner embeds have no axe violations', async ({ page }) => {
  for (const url of ['./?embed=ladder&year=2020', './?embed=partner&partner=BLR']) {
    await page.goto(url);
    await expect(page.locator('.chart-frame svg.recharts-surface, .chart-frame svg.climb-svg')).toBeVisible();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(
      axe.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test.describe('hosting under a sub-path', () => {
  test('the built app works under /atlas/: data, map, views and links', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${atlas}/atlas/?year=2020`);
    await expect(page.getByRole('heading', { level: 1, name: 'Partnership Atlas' })).toBeVisible();
    const map = page.getByRole('group', { name: /World map of China/ });
    await expect(map.getByRole('button', { name: /^Belarus: / })).toBeVisible();
    await map.getByRole('button', { name: /^Belarus: / }).click();
    await expect(page).toHaveURL(`${atlas}/atlas/?year=2020&partner=BLR`);
    await page.getByRole('button', { name: 'Ladder', exact: true }).click();
    await expect(page.locator('figure[data-chart="ladder"] svg.recharts-surface')).toBeVisible();
    await page.reload();
    await expect(page.locator('figure[data-chart="ladder"] svg.recharts-surface')).toBeVisible();
    expect(failed).toEqual([]);
  });

  test('an embed served under /atlas/ links back to the full view under /atlas/', async ({ page }) => {
    const frame = await openHost(page, `${atlas}/atlas/?embed=map&year=2019`, 600);
    await expect(
      frame.getByRole('group', { name: /World map of China/ }).getByRole('button', { name: /^Belarus: / }),
    ).toBeVisible();
    await reportedHeight(page);
    const link = frame.getByRole('link', { name: /Open the full atlas/ });
    await expect(link).toHaveAttribute('href', './?year=2019');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`${atlas}/atlas/?year=2019`);
    await page.goto(href);
    await expect(
      page.getByRole('group', { name: /World map of China/ }).getByRole('button', { name: /^Belarus: / }),
    ).toBeVisible();
  });
});
