import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test.describe('table, tooltips and methodology as a reader meets them', () => {
  test('the table shows its filters as chips, exports exactly its rows and clears all', async ({ page }) => {
    await page.goto('?view=table&year=2014&tiers=comprehensive-strategic');
    const table = page.getByRole('table');
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const names = await table.getByRole('rowheader').allTextContents();
    await expect(page.getByText(`${names.length} of `)).toContainText('partners shown');
    await expect(
      page.getByRole('button', { name: 'Remove filter: Tier: Comprehensive strategic partnership' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove filter: As of the end of: 2014' })).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download these rows (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('partners-table-2014-12-31.csv');
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^partner_id,name_en,/);
    expect(lines).toHaveLength(names.length + 1);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page).not.toHaveURL(/tiers=|year=/);
    await expect(page.getByText('All partners, all regions')).toBeVisible();
  });

  test('ascending and descending, partners without a tier come last, with one wording', async ({ page }) => {
    await page.goto('?view=table&year=2014');
    const tierButton = page.getByRole('button', { name: /^Tier/ });
    for (const _ of [0, 1]) {
      await tierButton.click();
      const cells = await page.locator('.partner-table tbody tr td:nth-child(3)').allTextContents();
      const firstBlank = cells.findIndex((c) => !/^\d\./.test(c));
      expect(firstBlank).toBeGreaterThan(0);
      expect(cells.slice(firstBlank).every((c) => !/^\d\./.test(c))).toBe(true);
      expect(new Set(cells.slice(firstBlank))).toEqual(
        new Set(['Relations, no partnership', 'No diplomatic relations']),
      );
    }
  });

  test('the map tooltip names the partner, its rung once, the wording, the date and a sparkline', async ({
    page,
  }) => {
    await page.goto('?year=2020');
    await page
      .getByRole('button', { name: /^Kazakhstan: / })
      .first()
      .hover();
    const tip = page.locator('.map-tooltip');
    await expect(tip).toContainText('Kazakhstan');
    const text = (await tip.textContent()) ?? '';
    expect(text.split('All-weather / permanent strategic partnership')).toHaveLength(2);
    expect(text).toContain('“permanent comprehensive strategic partnership”');
    expect(text).toMatch(/Since\s\d+\s\w+\s2019/);
    await expect(tip.locator('svg.climb-sparkline line')).not.toHaveCount(0);
    // Never cut off: the card stays inside the map.
    const [t, m] = await Promise.all([tip.boundingBox(), page.locator('.map-wrap').boundingBox()]);
    expect(t!.x).toBeGreaterThanOrEqual(m!.x - 1);
    expect(t!.x + t!.width).toBeLessThanOrEqual(m!.x + m!.width + 1);
  });

  test('organisation wordings carry proper names, not ids', async ({ page }) => {
    await page.goto('?view=table');
    await expect(page.locator('.partner-table')).not.toContainText(/china-[a-z]/);
  });

  test('"Import a report" is not in the header; the footer and the Methodology offer it', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Import a report' })).toHaveCount(0);
    await expect(
      page.getByRole('contentinfo').getByRole('button', { name: 'Import a report' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Methodology' }).click();
    const dialog = page.getByRole('dialog', { name: 'Methodology' });
    await expect(dialog.getByRole('heading', { level: 4 }).first()).toContainText('Rung 7');
    await expect(dialog).not.toContainText(/\\b|\[\^|test suite|\.json/);
    await dialog.getByRole('button', { name: 'Import a report' }).click();
    await expect(page.getByRole('region', { name: 'Import a report' })).toBeVisible();
  });
});
