import { expect, test, type ConsoleMessage } from '@playwright/test';

test('the built atlas renders both seed meetings with no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Partnership Atlas' })).toBeVisible();
  await expect(page.getByRole('group', { name: /World map of China/ })).toBeVisible();

  await page.goto('./?meeting=blr-2022-09-15');
  const belarus = page.getByRole('article');
  await expect(belarus.getByRole('heading', { name: /15 September 2022, Samarkand/ })).toBeVisible();
  await expect(belarus).toContainText('all-weather comprehensive strategic partnership');
  await expect(belarus).toContainText('全天候全面战略伙伴关系');
  await expect(belarus).toContainText('Alexander Lukashenko, President');
  await expect(belarus).toContainText('Ding Xuexiang, Yang Jiechi, Wang Yi, He Lifeng');

  await page.goto('./?meeting=tls-2023-09-23');
  const timor = page.getByRole('article');
  await expect(timor.getByRole('heading', { name: /23 September 2023, Hangzhou/ })).toBeVisible();
  await expect(timor).toContainText('Xanana Gusmão, Prime Minister');
  await expect(timor).toContainText('Cai Qi, Ding Xuexiang, Wang Yi, Shen Yiqin');
  await expect(timor.getByRole('link').first()).toHaveAttribute('target', '_blank');

  expect(errors).toEqual([]);
});

test('the English view draws its few Chinese characters, even on a system without a Chinese font', async ({
  page,
}) => {
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Switch the interface to Chinese' });
  await expect(toggle).toHaveText('中文');
  // Han glyphs are one em wide; the empty boxes drawn for missing glyphs are much narrower.
  await expect
    .poll(() =>
      toggle.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize);
      }),
    )
    .toBeGreaterThan(1.8);
  expect(
    await page.evaluate(() =>
      [...document.fonts].some((f) => f.family.includes('Atlas UI Han') && f.status === 'loaded'),
    ),
  ).toBe(true);
});
