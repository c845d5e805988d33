import { expect, test } from '@playwright/test';

test.describe('dashboard journeys', () => {
  test('filter by tier: the map and the URL change, and a reload keeps the filter', async ({ page }) => {
    await page.goto('./');
    const map = page.getByRole('group', { name: /World map of China/ });
    await expect(map.getByRole('button', { name: /^Belarus: / })).toBeVisible();
    const belarusFill = await map.getByRole('button', { name: /^Belarus: / }).getAttribute('fill');

    await page.getByRole('button', { name: /^Comprehensive strategic partnership: \d+ partners$/ }).click();
    await expect(page).toHaveURL(/[?&]tiers=comprehensive-strategic(&|$)/);
    // Belarus (all-weather) is no longer coloured by its tier.
    await expect(map.getByRole('button', { name: /^Belarus: / })).not.toHaveAttribute(
      'fill',
      belarusFill ?? '',
    );
    await expect(map.getByRole('button', { name: /^Belarus: / })).toHaveClass(/is-dimmed/);

    await page.reload();
    await expect(
      page.getByRole('button', { name: /^Comprehensive strategic partnership: \d+ partners$/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByRole('group', { name: /World map of China/ }).getByRole('button', { name: /^Belarus: / }),
    ).toHaveClass(/is-dimmed/);
  });

  test('moving the year back to 2015 shows Belarus on its 2013 tier', async ({ page }) => {
    await page.goto('./');
    const map = page.getByRole('group', { name: /World map of China/ });
    await expect(
      map.getByRole('button', { name: 'Belarus: all-weather comprehensive strategic partnership' }),
    ).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.fill('2015');
    await expect(page).toHaveURL(/year=2015/);
    await expect(
      map.getByRole('button', { name: /^Belarus: comprehensive strategic partnership/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing the status at the end of 2015' }),
    ).toHaveCount(1);
  });

  test('click Belarus, open the Samarkand meeting, and go back', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('group', { name: /World map of China/ })
      .getByRole('button', { name: /^Belarus: / })
      .click();
    await expect(page).toHaveURL(/partner=BLR/);
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2, name: /Belarus/ })).toBeVisible();
    await panel.getByRole('button', { name: /15 September 2022.*Samarkand/ }).click();
    await expect(page).toHaveURL(/meeting=blr-2022-09-15/);
    await expect(
      page.getByRole('article').getByRole('heading', { name: /15 September 2022, Samarkand/ }),
    ).toBeVisible();
    await expect(page.getByRole('article')).toContainText('Samarkand State Guest House');

    await page.goBack();
    await expect(page).not.toHaveURL(/meeting=/);
    await expect(page.getByRole('article').getByRole('heading', { level: 2, name: /Belarus/ })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/partner=/);
  });

  test('the Chinese interface', async ({ page }) => {
    await page.goto('./?lang=zh&partner=TLS');
    await expect(page.getByRole('heading', { level: 1, name: '伙伴关系图集' })).toBeVisible();
    await expect(page.getByRole('article').getByRole('heading', { level: 2, name: /东帝汶/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^全面战略伙伴关系: \d+ 个伙伴$/ })).toBeVisible();
  });

  test('search knows aliases in English and Chinese', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('combobox', { name: 'Find a country' });
    await box.fill('East Timor');
    await page.getByRole('option', { name: /Timor-Leste/ }).click();
    await expect(page).toHaveURL(/partner=TLS/);
    await box.fill('白俄');
    await box.press('Enter');
    await expect(page).toHaveURL(/partner=BLR/);
  });

  test('garbage URL parameters fall back to defaults without errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./?year=abc&tiers=<img src=x onerror=alert(1)>&view=globe&partner=%3Cscript%3E');
    await expect(page.getByRole('group', { name: /World map of China/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'were ignored' })).toContainText(
      'year (“abc”), tiers (“<img src=x onerror=aler…”), partner (“<script>”), view (“globe”)',
    );
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
    expect(errors).toEqual([]);
  });

  test('the table view answers "who were the comprehensive strategic partners in 2014"', async ({ page }) => {
    await page.goto('./?view=table&year=2014&tiers=comprehensive-strategic');
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.first()).toBeVisible();
    const count = (await rows.count()) - 1;
    expect(count).toBeGreaterThan(5);
    await expect(page.getByRole('table')).toContainText('Belarus');
    await expect(page.getByRole('table')).not.toContainText('all-weather');
  });

  test('a phone-width page has no horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const q of [
      './',
      './?partner=BLR',
      './?view=table',
      './?view=ladder',
      './?meeting=tls-2023-09-23',
    ]) {
      await page.goto(q);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, q).toBeLessThanOrEqual(0);
    }
  });
});

test('a well-formed but unknown partner or meeting id is ignored and said so', async ({ page }) => {
  await page.goto('./?partner=XYZ&meeting=xyz-2020-01-01&year=2015');
  await expect(page.getByRole('status').filter({ hasText: 'were ignored' })).toContainText(
    'partner (“XYZ”), meeting (“xyz-2020-01-01”)',
  );
  await expect(page).toHaveURL(/\?year=2015$/);
});

test('a link cited before a meeting was re-dated still opens it, under its new id', async ({ page }) => {
  // Ecuador 2015 was dated to the month in dataset 0.1.0 (ecu-2015-01-01), to the day since.
  await page.goto('./?meeting=ecu-2015-01-01');
  const panel = page.getByRole('article');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('7 January 2015');
  await expect(page).toHaveURL(/meeting=ecu-2015-01-07/);
  await expect(page.getByText('were ignored')).toHaveCount(0);
});
