import { expect, test, type Page } from '@playwright/test';

/** The map on a phone: 390×844, touch. */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

const mapGroup = (page: Page) => page.getByRole('group', { name: /World map of China/ });

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(page.locator('.map-shape.is-partner').first()).toBeVisible({ timeout: 20_000 });
  // The map settles on its phone frame once it has measured itself.
  await page.waitForTimeout(400);
}

/** The centre of an element's box on screen. */
async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

test('the map comes first: full width, at least half the screen tall, the year control right under it', async ({
  page,
}) => {
  await ready(page);
  const map = await page.locator('svg.world-map').boundingBox();
  expect(map).not.toBeNull();
  expect(map!.width).toBeGreaterThanOrEqual(390 * 0.9);
  expect(map!.height).toBeGreaterThanOrEqual(844 / 2);
  expect(map!.y).toBeLessThan(844 / 4);
  const slider = await page.getByRole('slider', { name: 'Year' }).boundingBox();
  const play = await page.getByRole('button', { name: 'Play' }).boundingBox();
  // Reachable without scrolling: on the first screen, below the map.
  expect(slider!.y).toBeGreaterThan(map!.y + map!.height - 1);
  expect(slider!.y + slider!.height).toBeLessThanOrEqual(844);
  expect(play!.y + play!.height).toBeLessThanOrEqual(844);
});

test('every control is at least 24×24 CSS px', async ({ page }) => {
  await ready(page);
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input, [role="slider"], [role="tab"], summary',
    );
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (el.closest('.sr-only, .skip-link')) continue;
      if (r.width < 24 || r.height < 24)
        out.push(
          `${el.tagName} "${el.getAttribute('aria-label') ?? el.textContent?.trim()}" ${r.width}×${r.height}`,
        );
    }
    return out;
  });
  expect(small).toEqual([]);
});

test('every partner target is 24 px or more, or a tap at its place opens it', async ({ page }) => {
  test.setTimeout(60_000);
  await ready(page);
  // Undersized targets in view: markers, and shapes under 24 px both ways; each with its centre on screen.
  const small = await page.evaluate(() => {
    const group = document.querySelector<SVGGElement>('.rsm-zoomable-group')!;
    const ctm = group.getScreenCTM()!;
    const map = document.querySelector('.world-map')!.getBoundingClientRect();
    const out: { key: string; x: number; y: number }[] = [];
    for (const el of document.querySelectorAll<SVGGraphicsElement>(
      '.world-map .map-shape.is-partner, .world-map .map-marker.is-partner',
    )) {
      const r = el.getBoundingClientRect();
      // A shape a finger can land on along 24 px or more (a long, thin country like Chile) is not undersized.
      if (r.width >= 24 || r.height >= 24) continue;
      const marker = el.tagName === 'circle';
      if (marker && el.getAttribute('aria-hidden') === 'true') continue; // its shape is the target
      const cx = Number(marker ? el.getAttribute('cx') : el.dataset.cx);
      const cy = Number(marker ? el.getAttribute('cy') : el.dataset.cy);
      let p = new DOMPoint(cx, cy).matrixTransform(ctm);
      // A centre covered by another target (Israel's lies under the West Bank): the visible point nearest to it.
      if (document.elementFromPoint(p.x, p.y) !== el) {
        let best: DOMPoint | null = null;
        for (let x = Math.floor(r.left); x <= r.right; x++)
          for (let y = Math.floor(r.top); y <= r.bottom; y++)
            if (
              document.elementFromPoint(x, y) === el &&
              (!best || Math.hypot(x - p.x, y - p.y) < Math.hypot(best.x - p.x, best.y - p.y))
            )
              best = new DOMPoint(x, y);
        if (best) p = best;
      }
      // Off screen at this zoom (or under the zoom buttons): the reader pans to it.
      if (p.x < map.left + 4 || p.x > map.right - 60 || p.y < map.top + 4 || p.y > map.bottom - 4) continue;
      out.push({ key: el.dataset.key!, x: p.x, y: p.y });
    }
    return out;
  });
  expect(small.length).toBeGreaterThan(20);
  // Each one is tapped at its centre (a touch click where the finger lands: the same path a real tap takes; real
  // taps are used for Singapore, Brazil and the Alpine states below, this keeps some 80 taps within the test's time).
  const failing = await page.evaluate(async (targets) => {
    const frame = () => new Promise((r) => setTimeout(r, 16));
    const out: string[] = [];
    for (const t of targets) {
      const el = document.elementFromPoint(t.x, t.y);
      if (!el) {
        out.push(`${t.key}: nothing at its centre`);
        continue;
      }
      el.dispatchEvent(
        new PointerEvent('click', { bubbles: true, clientX: t.x, clientY: t.y, pointerType: 'touch' }),
      );
      const partner = () => new URL(location.href).searchParams.get('partner');
      for (let i = 0; i < 60 && !document.querySelector('.side-panel.is-sheet h2'); i++) await frame();
      await frame();
      const opened = partner();
      const want = document.querySelector(`[data-key="${t.key}"]`)?.getAttribute('aria-label')?.split(':')[0];
      const heading = document.querySelector('.side-panel h2')?.textContent ?? '';
      if (!opened || !want || !heading.startsWith(want)) out.push(`${t.key} (${want}) -> ${opened}`);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      for (let i = 0; i < 60 && document.querySelector('.side-panel.is-sheet'); i++) await frame();
    }
    return out;
  }, small);
  expect(failing).toEqual([]);
});

test('a tap at Singapore opens Singapore, and so does a tap in the sea just beside it', async ({ page }) => {
  await ready(page);
  const sgp = await centreOf(page, '[data-key="m-SGP"]');
  await page.touchscreen.tap(sgp.x, sgp.y);
  await expect(page).toHaveURL(/partner=SGP/);
  await expect(page.getByRole('heading', { level: 2, name: /Singapore/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/partner=/);

  // Beside the marker, within the 12 px of the nearest-partner tap, on no shape.
  const spot = await page.evaluate(
    ({ x, y, r }) => {
      for (let d = r + 4; d <= r + 10; d += 2)
        for (let a = 0; a < 16; a++) {
          const px = x + d * Math.cos((a * Math.PI) / 8);
          const py = y + d * Math.sin((a * Math.PI) / 8);
          const hit = document.elementFromPoint(px, py);
          if (hit && !hit.closest('[data-key]') && hit.closest('.world-map')) return { x: px, y: py };
        }
      return null;
    },
    { x: sgp.x, y: sgp.y, r: sgp.box.width / 2 },
  );
  expect(spot).not.toBeNull();
  await page.touchscreen.tap(spot!.x, spot!.y);
  await expect(page).toHaveURL(/partner=SGP/);
});

test('the partner panel opens as a bottom sheet over the map; the handle and Escape close it', async ({
  page,
}) => {
  await ready(page);
  const mapBefore = await page.locator('svg.world-map').boundingBox();
  const brazil = await centreOf(page, '[data-key="076"]');
  await page.touchscreen.tap(brazil.x, brazil.y);
  await expect(page).toHaveURL(/partner=BRA/);
  const sheet = page.locator('.side-panel.is-sheet');
  await expect(sheet).toBeVisible();
  // The map stays where it was: the sheet covers its lower part instead of pushing it down.
  const mapAfter = await page.locator('svg.world-map').boundingBox();
  expect(Math.abs(mapAfter!.y - mapBefore!.y)).toBeLessThan(2);
  const sheetBox = await sheet.boundingBox();
  expect(sheetBox!.y + sheetBox!.height).toBeLessThanOrEqual(845);
  expect(sheetBox!.y).toBeGreaterThan(844 * 0.3);
  await page.getByRole('button', { name: /Close the panel/ }).click();
  await expect(page).not.toHaveURL(/partner=/);
  await expect(sheet).toHaveCount(0);
});

test('clicking the centres of Switzerland, Belgium and Slovenia opens them (no marker in the way)', async ({
  page,
}) => {
  await ready(page);
  for (const [key, id] of [
    ['756', 'CHE'],
    ['056', 'BEL'],
    ['705', 'SVN'],
  ] as const) {
    const c = await centreOf(page, `[data-key="${key}"]`);
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-key'),
      c,
    );
    expect(hit, `the centre of ${id}`).toBe(key);
    await page.touchscreen.tap(c.x, c.y);
    await expect(page).toHaveURL(new RegExp(`partner=${id}`));
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/partner=/);
  }
  await expect(mapGroup(page)).toBeVisible();
});
