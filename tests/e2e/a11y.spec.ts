import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** axe-core on every main view and panel (WCAG 2.x A/AA plus best practices): zero violations. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

async function ready(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading-view')).toHaveCount(0);
}

const pages: [string, string, (page: Page) => Promise<void>][] = [
  [
    'map view',
    './?view=map',
    async (page) => {
      await expect(page.locator('.map-shape').first()).toBeVisible();
    },
  ],
  [
    'ladder view',
    './?view=ladder',
    async (page) => {
      await expect(page.locator('.ladder-view svg').first()).toBeVisible();
    },
  ],
  [
    'table view',
    './?view=table',
    async (page) => {
      await expect(page.getByRole('table').first()).toBeVisible();
    },
  ],
  [
    'partner panel',
    './?partner=BLR',
    async (page) => {
      await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible();
    },
  ],
  [
    'meeting panel',
    './?meeting=blr-2022-09-15',
    async (page) => {
      await expect(
        page.getByRole('article').getByRole('heading', { name: /15 September 2022/ }),
      ).toBeVisible();
    },
  ],
  [
    'Chinese interface',
    './?lang=zh',
    async (page) => {
      await expect(page.locator('html [lang="zh-CN"]').first()).toBeAttached();
      await expect(page.locator('.map-shape').first()).toBeVisible();
    },
  ],
  [
    'Chinese partner panel',
    './?lang=zh&partner=BLR',
    async (page) => {
      await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible();
    },
  ],
  [
    'change view',
    './?view=changes&from=2013&year=2024',
    async (page) => {
      await expect(page.locator('.change-map .map-shape').first()).toBeVisible();
      await expect(page.locator('.change-data-table')).toBeVisible();
    },
  ],
  [
    'change embed',
    './?embed=changes&from=2013&year=2024',
    async (page) => {
      await expect(page.locator('.change-map .map-shape').first()).toBeVisible();
    },
  ],
  [
    'map embed',
    './?embed=map',
    async (page) => {
      await expect(page.locator('.map-shape').first()).toBeVisible();
    },
  ],
];

for (const [name, url, settle] of pages) {
  test(`axe: ${name} has no violations`, async ({ page }) => {
    // The change view is the largest page (map, matrix, strip and a table): axe needs longer on a busy machine.
    if (url.includes('view=changes')) test.slow();
    await page.goto(url);
    if (!url.includes('embed')) await ready(page);
    await settle(page);
    await expectNoViolations(page);
  });
}

test('axe: the methodology dialog has no violations', async ({ page }) => {
  await page.goto('./?view=map');
  await ready(page);
  await page.getByRole('button', { name: 'Methodology' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});

test('keyboard only: tab to the year, change it, reach a country, open its panel, close it', async ({
  page,
}) => {
  await page.goto('./?view=map');
  await ready(page);
  await expect(page.locator('.map-shape').first()).toBeVisible();

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        type: el?.getAttribute('type'),
        role: el?.getAttribute('role'),
        cls: el?.getAttribute('class') ?? '',
        label: el?.getAttribute('aria-label') ?? '',
      };
    });
  async function tabUntil(predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (predicate(await focused())) return;
    }
    throw new Error(`not reached in ${limit} tabs`);
  }

  // 1. The year control.
  await tabUntil((f) => f.tag === 'input' && f.type === 'range');
  const slider = page.locator('.year-control input[type="range"]');
  const before = Number(await slider.inputValue());
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue(String(before - 1));
  await expect(page).toHaveURL(new RegExp(`year=${before - 1}`));

  // 2. The map: one tab stop (China to start with), then arrow keys move between countries to a partner.
  await tabUntil((f) => f.cls.includes('map-shape'));
  for (let i = 0; i < 12 && (await focused()).role !== 'button'; i++)
    await page.keyboard.press(i < 6 ? 'ArrowLeft' : 'ArrowDown');
  expect((await focused()).role).toBe('button');
  const country = (await focused()).label.split(':')[0] ?? '';
  await page.keyboard.press('Enter');
  const panel = page.getByRole('article');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(country);
  await expect(page).toHaveURL(/partner=/);
  // Focus moved into the panel.
  await expect(panel.locator(':focus')).toHaveCount(1);

  // 3. Close it with the keyboard: back to its close button, Enter.
  for (let i = 0; i < 10 && !(await focused()).cls.includes('close-button'); i++)
    await page.keyboard.press('Shift+Tab');
  expect((await focused()).cls).toContain('close-button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page).not.toHaveURL(/partner=/);
});

test('tier is never carried by colour alone', async ({ page }) => {
  await page.goto('./?view=map');
  await ready(page);
  await expect(page.locator('.map-shape.is-partner').first()).toBeVisible();
  // Every partner on the map names its tier (or its status) in words.
  const labels = await page
    .locator('.map-shape.is-partner')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(50);
  for (const label of labels) expect(label).toMatch(/^[^:]+: \S/);
  // The legend writes each rung's name and rank next to its swatch.
  const rungs = page.locator('.legend-list button[aria-pressed]');
  expect(await rungs.count()).toBeGreaterThanOrEqual(7);
  for (const text of await rungs.allInnerTexts()) expect(text).toMatch(/\d[\s\S]*[A-Za-z]{3}/);
  // The list beside the map gives the wording in words.
  const orgs = await page
    .locator('.org-button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  for (const label of orgs) expect(label).toMatch(/: \S/);
});
