import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/export/toCsv';
import { buildChanges, countChanges, summarizeChanges } from '../../src/domain/changes';
import { yearEnd } from '../../src/domain/status';

const read = (f: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', f), 'utf8'));
// One file of meetings per partner under data/meetings/.
const meetings = readdirSync(join(process.cwd(), 'data', 'meetings'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => read(`meetings/${f}`));
const dataset = { partners: read('partners.json'), meetings };
const expected = (leader: string | null = null) => {
  const rows = buildChanges(dataset, yearEnd(2013), yearEnd(2024), { regions: [], tiers: [], leader });
  return { rows, counts: countChanges(rows), summary: summarizeChanges(rows) };
};
const port = Number(process.env.E2E_PORT ?? 4321);

async function openRange(page: Page) {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main view' }).getByRole('button', { name: 'Changes' }).click();
  await page.getByRole('combobox', { name: 'From the end of' }).selectOption('2013');
  await page.getByRole('combobox', { name: 'to the end of' }).selectOption('2024');
  await expect(page).toHaveURL(/view=changes&from=2013&year=2024/);
}

test.describe('change view journeys', () => {
  test('sets 2013 to 2024 from the main view and reads the headline from the data', async ({ page }) => {
    await openRange(page);
    const { summary: s } = expected();
    await expect(page.locator('.change-headline')).toHaveText(
      `Between the end of 2013 and the end of 2024: ${s.established} new partnerships, ${s.upgrades} upgrades, ${s.downgrades} downgrade${s.downgrades === 1 ? '' : 's'}, ${s.lapses} lapse${s.lapses === 1 ? '' : 's'}.`,
    );
    // The same in Chinese.
    await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
    await expect(page.locator('.change-headline')).toHaveText(
      `2013年底至2024年底：新建伙伴关系${s.established}个，升级${s.upgrades}个，降级${s.downgrades}个，失效${s.lapses}个。`,
    );
  });

  test('the “up two rungs” legend entry leaves only those partners on the map and in the table', async ({
    page,
  }) => {
    await openRange(page);
    const { counts } = expected();
    const entry = page.getByRole('button', { name: `Up two rungs: ${counts.up2} partners` });
    await entry.click();
    await expect(entry).toHaveAttribute('aria-pressed', 'true');
    const table = page.locator('.change-data-table tbody tr');
    await expect(table).toHaveCount(counts.up2);
    expect(new Set(await table.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-change'))))).toEqual(
      new Set(['up2']),
    );
    const map = page.getByRole('group', { name: /World map of what changed/ });
    // Every coloured shape is an up-two partner; the others are greyed out.
    const lit = await map
      .locator('.map-shape.is-partner:not(.is-dimmed)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-change')));
    expect(lit.length).toBeGreaterThan(0);
    expect(new Set(lit)).toEqual(new Set(['up2']));
    await expect(map.locator('.map-shape.is-dimmed[data-change="new"]').first()).toBeAttached();
    // A tooltip-card names both tiers and the meetings in between, with links.
    await map.locator('.map-shape.is-partner:not(.is-dimmed)').first().click();
    const card = page.locator('.change-card');
    await expect(card).toContainText(/\(2013\) → .* \(2024\), via /);
    await expect(card.getByRole('link').first()).toHaveAttribute('href', /meeting=[a-z-]+-\d{4}-\d{2}-\d{2}/);
  });

  test('clicking a flow lists its partners', async ({ page }) => {
    await openRange(page);
    const { rows } = expected();
    const fromNothing = rows.filter((r) => !r.tierBefore && r.tierAfter === 'strategic');
    const cell = page.getByRole('button', {
      name: `No partnership → Strategic: ${fromNothing.length} partners`,
    });
    await cell.click();
    const list = page.getByRole('region', { name: 'Partners in this cell' });
    await expect(list.getByRole('listitem')).toHaveCount(fromNothing.length);
    await expect(list).toContainText(fromNothing[0]!.partner.name_en);
    // A partner in the list opens its panel.
    await list.getByRole('button').first().click();
    await expect(page).toHaveURL(/partner=[A-Z]{3}/);
  });

  test('filters the strip, the map and the table to Xi Jinping’s meetings', async ({ page }) => {
    await openRange(page);
    const all = expected();
    const xi = expected('xi-jinping');
    expect(xi.rows.length).toBeLessThan(all.rows.length);
    await page.getByRole('button', { name: /^Xi Jinping: \d+ meetings$/ }).click();
    await expect(page).toHaveURL(/leader=xi-jinping/);
    await expect(page.locator('.change-headline')).toContainText('(meetings held by Xi Jinping)');
    await expect(page.locator('.change-headline')).toContainText(`${xi.summary.established} new partnership`);
    const xiRows = xi.rows.filter((r) => r.cls !== 'none').length;
    await expect(page.locator('.change-table-tools .muted')).toHaveText(`${xiRows} partners`);
    // Long tables come in pages of 50; "Show all" lists every row.
    const showAll = page.getByRole('button', { name: `Show all partners (${xiRows})` });
    if (xiRows > 50) await showAll.click();
    await expect(page.locator('.change-data-table tbody tr')).toHaveCount(xiRows);
    const marks = page.locator('.strip-mark');
    const labels = await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.every((l) => l.endsWith(', Xi Jinping'))).toBe(true);
    // A mark opens its meeting.
    await marks.first().click();
    await expect(page).toHaveURL(/meeting=[a-z-]+-\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole('article')).toBeVisible();
  });

  test('downloads the CSV of the changes on screen', async ({ page }) => {
    await openRange(page);
    const pending = page.waitForEvent('download');
    await page.locator('.change-table').getByRole('button', { name: 'Download changes.csv' }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toBe('partnership-atlas-changes-2013-2024.csv');
    const rows = parseCsv(readFileSync((await file.path())!, 'utf8'));
    expect(rows[0]).toEqual(
      expect.arrayContaining(['partner_id', 'tier_end_2013', 'tier_end_2024', 'rungs_moved']),
    );
    const onScreen = Number((await page.locator('.change-table-tools .muted').textContent())!.split(' ')[0]);
    expect(rows.length - 1).toBe(onScreen);
    expect(onScreen).toBe(expected().rows.filter((r) => r.cls !== 'none').length);
    const blr = rows.find((r) => r[0] === 'BLR')!;
    expect(blr.slice(4, 8)).toEqual(['comprehensive-strategic', 'all-weather', '2', 'up2']);
  });

  test('share dialog gives the embed=changes snippet with the range, and PNG export works', async ({
    page,
  }) => {
    await openRange(page);
    const frame = page.locator('figure[data-chart="changes"]');
    await frame.getByRole('button', { name: 'Share or export' }).click();
    await frame.getByRole('button', { name: /Share, embed or cite/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this chart' });
    const snippet = await dialog.getByLabel('Embed in a web page', { exact: true }).inputValue();
    expect(snippet).toContain('?embed=changes&amp;from=2013&amp;year=2024"');
    await expect(dialog.getByLabel('APA', { exact: true })).toHaveValue(/\[Data set\]/);
    await page.keyboard.press('Escape');
    await frame.getByRole('button', { name: 'Share or export' }).click();
    const pending = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'Download PNG image' }).click();
    expect((await pending).suggestedFilename()).toBe('partnership-atlas-changes-2013-2024.png');
    await frame.getByRole('button', { name: 'Share or export' }).click();
    const svgPending = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'Download SVG image' }).click();
    const svg = readFileSync((await (await svgPending).path())!, 'utf8');
    // Title, subtitle, the legend with counts and the source line travel with the image.
    expect(svg).toContain('Partnership Atlas: What changed between two dates');
    expect(svg).toContain('The end of 2013 → the end of 2024');
    expect(svg).toMatch(/Up two rungs \(\d+\)/);
    expect(svg).toMatch(/dataset version \d+\.\d+\.\d+/);
  });

  test('a from after year and an unknown leader fall back with a notice', async ({ page }) => {
    await page.goto('./?view=changes&from=2030&year=2024&leader=nobody-at-all');
    await expect(page.locator('.notice')).toContainText(/ignored: .*from.*leader|ignored: .*leader.*from/);
    await expect(page).toHaveURL(/from=2012&year=2024/);
    await expect(page).not.toHaveURL(/leader=/);
    // Moving the year slider before the first date moves the first date back with it.
    await page.getByRole('slider', { name: 'Year' }).fill('2010');
    await expect(page).toHaveURL(/from=2009&year=2010/);
    await expect(page.locator('.change-headline')).toContainText(
      'Between the end of 2009 and the end of 2010',
    );
  });

  test('at 390 px the change view has no sideways scrolling; the matrix and table scroll inside their boxes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?view=changes&from=2013&year=2024');
    await expect(page.locator('.change-map .map-shape').first()).toBeAttached();
    await expect(page.locator('.change-data-table')).toBeVisible();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
  });

  test('embed=changes in a 600 px iframe: title, legend and source line, nothing overlaps', async ({
    page,
  }) => {
    const src = `http://127.0.0.1:${port}/?embed=changes&from=2013&year=2024`;
    await page.setViewportSize({ width: 640, height: 900 });
    await page.goto(`http://127.0.0.1:${port + 1}/?width=600&src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('#atlas');
    await expect(
      frame.getByRole('heading', { level: 1, name: 'Partnership Atlas: What changed between two dates' }),
    ).toBeVisible();
    await expect(frame.locator('.change-headline')).toContainText(
      'Between the end of 2013 and the end of 2024',
    );
    await expect(
      frame
        .getByRole('list', { name: 'What changed between two dates: legend' })
        .getByText(/^New partnership \(\d+\)$/),
    ).toBeVisible();
    await expect(frame.locator('.source-line')).toContainText(/dataset version \d+\.\d+\.\d+/);
    await expect(frame.locator('.map-shape').first()).toBeAttached();
    const boxes = await frame.locator('.embed').evaluate((root) => {
      const pick = [
        '.chart-title',
        '.chart-subtitle',
        '.change-headline',
        '.world-map',
        '.chart-legend',
        '.source-line',
      ];
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        rects: pick.map((s) => {
          const r = root.querySelector(s)!.getBoundingClientRect();
          return { s, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        }),
      };
    });
    expect(boxes.overflow).toBeLessThanOrEqual(0);
    for (let i = 0; i + 1 < boxes.rects.length; i++) {
      const a = boxes.rects[i]!;
      const b = boxes.rects[i + 1]!;
      expect(a.bottom, `${a.s} above ${b.s}`).toBeLessThanOrEqual(b.top + 0.5);
      expect(b.right, `${b.s} fits`).toBeLessThanOrEqual(600.5);
    }
  });
});
