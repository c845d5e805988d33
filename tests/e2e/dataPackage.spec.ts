import { expect, test } from '@playwright/test';

test.describe('the published data and its codebook', () => {
  test('the built site serves datapackage.json and every resource it lists, at relative paths', async ({
    page,
    request,
  }) => {
    await page.goto('./');
    const base = new URL('./data/', page.url());
    const pkg = await (await request.get(new URL('datapackage.json', base).href)).json();
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['partners', 'meetings', 'atlas']),
    );
    for (const r of pkg.resources as { path: string; schema?: { fields: { name: string }[] } }[]) {
      const res = await request.get(new URL(r.path, base).href);
      expect(res.status(), r.path).toBe(200);
      if (r.schema) {
        const header = (await res.text())
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/)[0]!
          .split(',');
        expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
      }
    }
  });

  test('the codebook opens from the Methodology and from a chart’s menu, and closes with Escape', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Methodology' }).click();
    await page.getByRole('button', { name: /Codebook: every column/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Codebook' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('rowheader', { name: 'tier_since' })).toBeVisible();
    await expect(page).toHaveURL(/#codebook$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/#codebook/);

    await page.locator('figure[data-chart="map"]').getByRole('button', { name: 'Share or export' }).click();
    await page.getByRole('button', { name: 'Codebook and the full dataset' }).click();
    await expect(page.getByRole('dialog', { name: 'Codebook' })).toBeVisible();
  });
});
