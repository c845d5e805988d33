/**
 * The hardened page: a strict Content-Security-Policy that the app never trips, embeds that work in a
 * sandbox="allow-scripts" frame and show ignored parameters, and the full app refusing another site's frame.
 */
import { expect, test, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4321);
const atlas = `http://127.0.0.1:${port}`;
const host = `http://127.0.0.1:${port + 1}`;

/** Collects CSP violations (reported in the page and its frames) and page errors. */
async function watch(page: Page) {
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { violations, errors };
}

test('the page carries a strict CSP and nothing in a journey breaks it', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/default-src 'none'/);
  expect(csp).toMatch(/script-src 'self';/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await page.goto('./?meeting=blr-2022-09-15');
  await expect(
    page
      .getByRole('article')
      .getByText(/Samarkand/)
      .first(),
  ).toBeVisible();
  await expect(
    page.getByRole('article').getByText('Joint statement', { exact: false }).first(),
  ).toBeVisible();
  await page.goto('./?view=ladder');
  const menu = page.getByRole('button', { name: 'Share or export' }).first();
  await menu.click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download meetings.csv' }).click();
  expect((await download).suggestedFilename()).toBe('meetings.csv');
  await menu.click();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG image' }).click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('an embed works in a sandbox="allow-scripts" frame on another origin', async ({ page }) => {
  const seen = await watch(page);
  await page.setViewportSize({ width: 700, height: 900 });
  const src = `${atlas}/?embed=map&year=2020`;
  await page.goto(`${host}/?width=600&sandbox=allow-scripts&src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#atlas');
  await expect(
    frame.getByRole('heading', { level: 1, name: /China’s partnerships around the world/ }),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(frame.getByRole('group', { name: /World map of China/ })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
    .toBeGreaterThan(0);
  expect(seen.violations).toEqual([]);
});

test('an embed posts its height to the embedding page’s origin, and names ignored parameters compactly', async ({
  page,
}) => {
  const src = `${atlas}/?embed=ladder&tiers=gold,strategic&year=${'9'.repeat(500)}`;
  await page.goto(`${host}/?width=600&src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#atlas');
  await expect(frame.getByRole('status').filter({ hasText: 'Ignored in the link:' })).toHaveText(
    'Ignored in the link: year, tiers',
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { origins: string[] }).origins.length))
    .toBeGreaterThan(0);
  // The host page received the message from the atlas, which addressed it to the host's origin.
  const embedOrigin = await page
    .frames()
    .find((f) => f.url().includes('embed='))!
    .evaluate(() => location.origin);
  expect(embedOrigin).toBe(atlas);
});

test('the full atlas in another site’s frame shows a link out instead of the app', async ({ page }) => {
  await page.goto(`${host}/?width=600&src=${encodeURIComponent(`${atlas}/?year=2020`)}`);
  const frame = page.frameLocator('#atlas');
  const link = frame.getByRole('link', { name: 'Open the Partnership Atlas in a new tab' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(frame.getByRole('group', { name: /World map of China/ })).toHaveCount(0);
});
