import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const timorReport = readFileSync('tests/fixtures/seeds/000_17cc30498ef1f3d8.txt', 'utf8');

test('import a report: paste it, check the draft, preview it on the map, download it as JSON', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./?year=2020');
  const map = page.getByRole('group', { name: /World map of China/ });
  await expect(
    map.getByRole('button', {
      name: /^Timor-Leste: comprehensive partnership of good-neighbourly friendship/,
    }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Import a report' }).click();
  await page.getByRole('textbox', { name: 'Report text' }).fill(timorReport);
  const draft = page.getByRole('form', { name: 'Draft record' });
  await expect(draft.getByLabel('Partner', { exact: true })).toHaveValue('TLS');
  await expect(draft.getByLabel('Date (YYYY-MM-DD)')).toHaveValue('2023-09-23');
  await expect(draft.getByLabel('City', { exact: true })).toHaveValue('Hangzhou');

  await draft.getByRole('button', { name: 'Preview on map' }).click();
  await expect(
    map.getByRole('button', { name: /^Timor-Leste: Comprehensive strategic partnership/ }),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    draft.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const record = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(record).toMatchObject({
    partner_id: 'TLS',
    date: '2023-09-23',
    tier_after: 'comprehensive-strategic',
    change: 'upgraded',
  });

  // Nothing was sent anywhere: every request stayed on the atlas's own origin.
  const origin = new URL(page.url()).origin;
  expect(
    requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
  ).toEqual([]);
});
