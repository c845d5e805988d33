// Interactions through Playwright, read from the pages' own performance marks (src/app/perfMarks.ts): year change,
// tier toggle and partner open to next paint, frames per second while the timeline plays, and the change view's
// `from`. The atlas, the floor (bench/bare/, the same interactions done the cheapest way) and the 10x builds share
// one browser and take turns run by run.
import { CHROME, FLAGS, config, median, stat } from './config.mjs';

const KEYS = ['year', 'tier', 'partner', 'playSteps', 'from'];

async function waitForMeasures(page, name, count) {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(`interaction:${n}`).length >= c,
    [name, count],
    { timeout: 10_000 },
  );
}
const measures = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(`interaction:${n}`).map((e) => e.duration), name);

/**
 * One run of every interaction on a fresh page. `around(name, page, fn)` wraps each interaction's loop (the CPU
 * profiler uses it); by default it just runs it.
 */
export async function interactionRun(browser, baseUrl, around = (_name, _page, fn) => fn()) {
  const samples = config.samples;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${baseUrl}?view=map`);
  await page.locator('.map-shape.is-partner').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const out = {};

  // Year: keyboard steps on the slider, alternating back and forth.
  const slider = page.locator('.year-control input[type="range"]');
  await slider.focus();
  await around('year', page, async () => {
    for (let i = 0; i < samples; i++) {
      await slider.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
      await waitForMeasures(page, 'year', i + 1);
    }
  });
  out.year = await measures(page, 'year');

  // Tier toggle: the legend's first rung, on and off.
  const rung = page.locator('.legend-list button[aria-pressed]').first();
  await around('tier', page, async () => {
    for (let i = 0; i < samples; i++) {
      await rung.click();
      await waitForMeasures(page, 'tier', i + 1);
    }
  });
  out.tier = await measures(page, 'tier');

  // Partner open: click a country on the map, then close the panel.
  await around('partner', page, async () => {
    for (let i = 0; i < samples; i++) {
      await page.evaluate((k) => {
        const all = document.querySelectorAll('.map-shape.is-partner');
        all[(k * 7) % all.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }, i);
      await waitForMeasures(page, 'partner', i + 1);
      await page.locator('.side-panel .close-button').first().click();
    }
  });
  out.partner = await measures(page, 'partner');

  // Timeline play: frames per second and the longest frame while it walks through the years.
  await page.evaluate(() => performance.clearMeasures('interaction:year'));
  await page.locator('.year-control button[aria-pressed]').click();
  out.play = await around('play', page, () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const gaps = [];
          let last = t0;
          const tick = (now) => {
            gaps.push(now - last);
            last = now;
            if (now - t0 < 4000) requestAnimationFrame(tick);
            else
              resolve({ fps: (gaps.length * 1000) / (now - t0), longestFrame: Math.max(...gaps.slice(1)) });
          };
          requestAnimationFrame(tick);
        }),
    ),
  );
  out.playSteps = await measures(page, 'year');
  await page.locator('.year-control button[aria-pressed]').click();

  // Change view: switching `from` (the first date) repaints the map, flows, strip and table.
  await page.goto(`${baseUrl}?view=changes&from=2012&year=2024`);
  await page.locator('.change-map .map-shape.is-partner').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const fromSelect = page.locator('.change-controls select').first();
  await around('from', page, async () => {
    for (let i = 0; i < samples; i++) {
      await fromSelect.selectOption(i % 2 ? '2012' : '2008');
      await waitForMeasures(page, 'from', i + 1);
    }
  });
  out.from = await measures(page, 'from');
  await page.close();
  return out;
}

export async function launch() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
}

/** Every target, `config.runs` times, in turns (the order rotates each run). Returns each target's statistics. */
export async function interactionsAlternating(targets) {
  const browser = await launch();
  const all = targets.map(() => ({
    ...Object.fromEntries(KEYS.map((k) => [k, []])),
    fps: [],
    longestFrame: [],
  }));
  try {
    for (let i = 0; i < config.runs; i++) {
      const order = targets.map((_, k) => (k + i) % targets.length);
      for (const k of order) {
        const r = await interactionRun(browser, targets[k].url);
        for (const key of KEYS) all[k][key].push(...r[key]);
        all[k].fps.push(r.play.fps);
        all[k].longestFrame.push(r.play.longestFrame);
        const m = (xs) => median(xs)?.toFixed(1);
        process.stdout.write(
          `  interactions ${targets[k].label} run ${i + 1}/${config.runs}: year ${m(r.year)} ms, tier ${m(r.tier)} ms, partner ${m(r.partner)} ms, step ${m(r.playSteps)} ms, from ${m(r.from)} ms, ${r.play.fps.toFixed(0)} fps\n`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return all.map((a) => ({
    year: stat(a.year),
    tier: stat(a.tier),
    partner: stat(a.partner),
    playStep: stat(a.playSteps),
    from: stat(a.from),
    fps: median(a.fps),
    longestFrame: median(a.longestFrame),
  }));
}
