import { expect, test, type Page } from '@playwright/test';

/** At desktop width: the small states, search, Escape, the title and language, link previews, the region zoom. */
const mapGroup = (page: Page) => page.getByRole('group', { name: /World map of China/ });

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(page.locator('.map-shape.is-partner').first()).toBeVisible({ timeout: 20_000 });
}

test('clicking the centres of Switzerland, Belgium and Slovenia opens them, not a marker', async ({
  page,
}) => {
  await ready(page);
  for (const [key, name] of [
    ['756', 'Switzerland'],
    ['056', 'Belgium'],
    ['705', 'Slovenia'],
  ] as const) {
    const box = (await page.locator(`[data-key="${key}"]`).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible();
    await expect(page).toHaveTitle(`${name} — Partnership Atlas`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toHaveCount(0);
  }
});

test('Escape closes the meeting panel, then the partner panel, and focus returns to what opened it', async ({
  page,
}) => {
  await ready(page, './?partner=BLR');
  const panel = page.getByRole('article');
  await panel.getByRole('button', { name: /15 September 2022.*Samarkand/ }).click();
  await expect(page).toHaveURL(/meeting=/);
  await expect(page).toHaveTitle(/^Belarus, 15\s+September\s+2022 — Partnership Atlas$/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/meeting=/);
  await expect(page).toHaveURL(/partner=BLR/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/partner=/);
  await expect(page).toHaveTitle('Map — Partnership Atlas');

  // Opened from the map with the keyboard: Escape gives the focus back to the country.
  const belarus = mapGroup(page).getByRole('button', { name: /^Belarus: / });
  await belarus.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/partner=BLR/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/partner=/);
  await expect(belarus).toBeFocused();
});

test('lang=zh sets <html lang="zh">, a Chinese title, and Chinese names of leaders and places', async ({
  page,
}) => {
  await ready(page, './?lang=zh&meeting=blr-2022-09-15');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page).toHaveTitle(/伙伴关系图集$/);
  const panel = page.getByRole('article');
  await expect(panel).toContainText('习近平');
  await expect(panel).toContainText('卢卡申科');
  await expect(panel).toContainText('撒马尔罕');
  await expect(page.locator('.site-footer')).toContainText('伙伴关系图集：中国的双边伙伴关系层级');
  await page.getByRole('button', { name: /Switch the interface to English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('search finds every shape, with typos: Taiwan, Hong Kong, Kosovo, Brasil, Egipt', async ({ page }) => {
  await ready(page);
  const box = page.getByRole('combobox', { name: 'Find a country' });
  for (const [query, expected] of [
    ['Taiwan', /Taiwan.*Disputed status/],
    ['Hong Kong', /Hong Kong.*Special administrative region/],
    ['Kosovo', /Kosovo.*Disputed status/],
    ['Brasil', /Brazil/],
    ['Egipt', /Egypt/],
  ] as const) {
    await box.fill(query);
    await expect(
      page.getByRole('listbox', { name: 'Find a country' }).getByRole('option').first(),
    ).toHaveText(expected);
  }
  await box.fill('Brasil');
  await box.press('Enter');
  await expect(page).toHaveURL(/partner=BRA/);
  await box.fill('Taiwan');
  await box.press('Enter');
  // An area that is not a partner: the map centres on it and says what it is.
  await expect(page.locator('.map-tooltip')).toContainText('Taiwan');
  await expect(page.locator('[data-key="158"]')).toBeFocused();
});

test('a region zooms the map to it; filtered-out countries look unlike "no partnership"', async ({
  page,
}) => {
  await ready(page);
  const egypt = page.locator('[data-key="818"]');
  const before = (await egypt.boundingBox())!;
  await page.getByRole('combobox', { name: 'Region' }).selectOption('Africa');
  await expect(page).toHaveURL(/region=Africa/);
  await expect.poll(async () => (await egypt.boundingBox())!.width).toBeGreaterThan(before.width * 1.4);
  const france = page.locator('[data-key="250"]');
  await expect(france).toHaveClass(/is-filtered-out/);
  await expect(france).toHaveAttribute('fill', 'url(#filtered-out)');
  await expect(page.getByText('Outside the current filter')).toBeVisible();
  // The overview's latest changes follow the filter: only African partners.
  const items = page.locator('.recent .timeline-date');
  await expect(items.first()).toBeVisible();
  for (const name of await items.allInnerTexts()) expect(name).not.toMatch(/Armenia|Azerbaijan|Slovakia/);
});

test('a shared link has Open Graph and Twitter card tags, and the preview image is served', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/og-image\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Partnership Atlas/);
  const res = await request.get(new URL(image!, page.url()).toString());
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toBe('image/png');
  expect((await res.body()).length).toBeGreaterThan(10_000);
});
