// `npm run bench`: builds the atlas, the bare reference page and a synthetic atlas ten times larger, serves them
// on loopback with gzip (like any static host), then measures in headless Chromium (Debian's package):
//   1. the first view, cold, with Lighthouse at mobile defaults (median of --runs runs), for the atlas and the bare page;
//   2. interactions through Playwright, read from the atlas's own performance marks (src/app/perfMarks.ts):
//      year change, tier toggle and partner open to next paint, and frames per second while the timeline plays;
//   3. the same interactions on the synthetic dataset.
// Prints a table and writes bench/results/bench-<time>.json (and latest.json).
// Options: --runs N (default 3), --samples N per interaction per run (default 12), --skip-build, --no-lighthouse,
// --dist DIR and --dist-synth DIR (serve other, already built folders, e.g. a build from before a change),
// --synth-mode meetings|partners (bench/synth.mjs: ten times the meetings, or ten times the partners too).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSynthDataset } from './synth.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('runs', 3));
const SAMPLES = Number(opt('samples', 12));
const BUILD = !args.includes('--skip-build');
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const SYNTH_MODE = opt('synth-mode', 'meetings');
const cwd = process.cwd();
const SYNTH_DATA = join(cwd, 'bench/results/synth-data');

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : null;
};

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status})`);
  }
}

// ---------------------------------------------------------------- builds
function buildAll() {
  console.log('building dist/ (atlas), dist-bare/ (reference) and dist-synth/ (10x dataset) ...');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/bare/vite.config.ts']);
  const counts = writeSynthDataset(join(cwd, 'data'), SYNTH_DATA, 10, SYNTH_MODE);
  console.log(
    `synthetic dataset (${SYNTH_MODE} x10): ${counts.partners} partners, ${counts.meetings} meetings`,
  );
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-synth', '--emptyOutDir'], {
    ATLAS_DATASET_DIR: SYNTH_DATA,
  });
  return counts;
}

// ---------------------------------------------------------------- static server with gzip, loopback only
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

function readTree(root, rel = '', out = new Map()) {
  for (const name of readdirSync(join(root, rel))) {
    const path = join(rel, name);
    if (statSync(join(root, path)).isDirectory()) readTree(root, path, out);
    else out.set(`/${path.split(sep).join('/')}`, readFileSync(join(root, path)));
  }
  return out;
}

/** Serves a snapshot of `dir` taken now, from memory: a rebuild of the folder during the run cannot mix two builds. */
function serve(dir) {
  const files = readTree(resolve(cwd, dir));
  const gzipped = new Map();
  const sent = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const raw = files.get(path);
    if (!raw) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const ext = extname(path);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip && !gzipped.has(path)) gzipped.set(path, gzipSync(raw, { level: 9 }));
    const body = gzip ? gzipped.get(path) : raw;
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    sent.push({ path, bytes: body.length });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, sent, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}

// ---------------------------------------------------------------- Lighthouse
function kindOf(item) {
  const url = item.url ?? '';
  const path = new URL(url).pathname;
  if (/countries-\d+m[^/]*\.json$/.test(path)) return 'topology';
  if (/\.(woff2?|ttf|otf)$/.test(path) || item.resourceType === 'Font') return 'fonts';
  if (/\/(tiers|partners|meetings|meta)-[^/]*\.js$/.test(path) || /\.json$/.test(path)) return 'data';
  if (item.resourceType === 'Script' || /\.m?js$/.test(path)) return 'js';
  if (item.resourceType === 'Stylesheet' || /\.css$/.test(path)) return 'css';
  if (item.resourceType === 'Document') return 'html';
  return 'other';
}

/**
 * Transfer is counted by the server: the compressed bytes it sent during the run, by kind. (Lighthouse's own
 * transferSize misses the body of a worker's script; its per-kind figures are kept beside, as `lighthouseBytes`.)
 */
async function lighthouseRuns({ url, sent }, label) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  let retries = 0;
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser per run: cold caches, and no NO_FCP from a reused headless window.
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      sent.length = 0;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = result.lhr;
      if (lhr.runtimeError) {
        // Headless Chromium now and then records no paint (Lighthouse's NO_FCP): retry that run, a few times at most.
        if (++retries > 3) throw new Error(`${label}: ${lhr.runtimeError.message}`);
        process.stdout.write(`  lighthouse ${label} run ${i + 1}: ${lhr.runtimeError.code}, retrying\n`);
        i--;
        continue;
      }
      const empty = () => ({ html: 0, js: 0, css: 0, data: 0, topology: 0, fonts: 0, other: 0 });
      const bytes = empty();
      const lighthouseBytes = empty();
      const files = [];
      // The requests of the page load are Lighthouse's (later ones come from its own gatherers, e.g. the full-page
      // screenshot, which makes every lazy part "visible"); the bytes of each are the ones the server sent.
      const sentBytes = new Map();
      for (const { path, bytes: n } of sent) if (!sentBytes.has(path)) sentBytes.set(path, n);
      for (const item of lhr.audits['network-requests'].details.items) {
        if (!item.url?.startsWith('http')) continue;
        const kind = kindOf(item);
        let path = new URL(item.url).pathname;
        if (path.endsWith('/')) path += 'index.html';
        const n = sentBytes.get(path) ?? item.transferSize ?? 0;
        bytes[kind] += n;
        lighthouseBytes[kind] += item.transferSize ?? 0;
        files.push({ url: path, kind, sent: n, transfer: item.transferSize });
      }
      const a = lhr.audits;
      const failing = Object.values(a).filter(
        (x) =>
          x.score !== null &&
          x.score < 1 &&
          lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id && r.weight > 0),
      );
      runs.push({
        bytes: { ...bytes, total: Object.values(bytes).reduce((s, x) => s + x, 0) },
        lighthouseBytes: {
          ...lighthouseBytes,
          total: Object.values(lighthouseBytes).reduce((s, x) => s + x, 0),
        },
        files,
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        a11yFailures: failing.map((x) => x.id),
      });
      process.stdout.write(
        `  lighthouse ${label} run ${i + 1}/${RUNS}: perf ${lhr.categories.performance.score} a11y ${lhr.categories.accessibility.score}\n`,
      );
    } finally {
      await chrome.kill();
    }
  }
  const pick = (f) => median(runs.map(f));
  const kinds = Object.keys(runs[0].bytes);
  return {
    bytes: Object.fromEntries(kinds.map((k) => [k, pick((r) => r.bytes[k])])),
    lighthouseBytes: Object.fromEntries(kinds.map((k) => [k, pick((r) => r.lighthouseBytes[k])])),
    lcp: pick((r) => r.lcp),
    fcp: pick((r) => r.fcp),
    tbt: pick((r) => r.tbt),
    cls: pick((r) => r.cls),
    si: pick((r) => r.si),
    performance: pick((r) => r.performance),
    accessibility: pick((r) => r.accessibility),
    a11yFailures: [...new Set(runs.flatMap((r) => r.a11yFailures))],
    files: runs[0].files,
    runs,
  };
}

// ---------------------------------------------------------------- interactions (Playwright)
async function waitForMeasures(page, name, count) {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(`interaction:${n}`).length >= c,
    [name, count],
    { timeout: 10_000 },
  );
}
const measures = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(`interaction:${n}`).map((e) => e.duration), name);

async function interactionRun(browser, baseUrl) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${baseUrl}?view=map`);
  await page.locator('.map-shape.is-partner').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const out = {};

  // Year: keyboard steps on the slider, alternating back and forth.
  const slider = page.locator('.year-control input[type="range"]');
  await slider.focus();
  for (let i = 0; i < SAMPLES; i++) {
    await slider.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
    await waitForMeasures(page, 'year', i + 1);
  }
  out.year = await measures(page, 'year');

  // Tier toggle: the legend's first rung, on and off.
  const rung = page.locator('.legend-list button[aria-pressed]').first();
  for (let i = 0; i < SAMPLES; i++) {
    await rung.click();
    await waitForMeasures(page, 'tier', i + 1);
  }
  out.tier = await measures(page, 'tier');

  // Partner open: click a country on the map, then close the panel.
  const shapes = await page.locator('.map-shape.is-partner').count();
  for (let i = 0; i < SAMPLES; i++) {
    await page.evaluate((k) => {
      const all = document.querySelectorAll('.map-shape.is-partner');
      all[(k * 7) % all.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }, i);
    await waitForMeasures(page, 'partner', i + 1);
    await page.locator('.side-panel .close-button').first().click();
  }
  out.partner = await measures(page, 'partner');
  out.shapes = shapes;

  // Timeline play: frames per second and the longest frame while it walks through the years.
  await page.evaluate(() => performance.clearMeasures('interaction:year'));
  await page.locator('.year-control button[aria-pressed]').click();
  const frames = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const gaps = [];
        let last = t0;
        const tick = (now) => {
          gaps.push(now - last);
          last = now;
          if (now - t0 < 4000) requestAnimationFrame(tick);
          else resolve({ fps: (gaps.length * 1000) / (now - t0), longestFrame: Math.max(...gaps.slice(1)) });
        };
        requestAnimationFrame(tick);
      }),
  );
  out.playSteps = await measures(page, 'year');
  await page.locator('.year-control button[aria-pressed]').click();
  out.play = frames;

  // Change view: switching `from` (the first date) repaints the map, flows, strip and table.
  await page.goto(`${baseUrl}?view=changes&from=2012&year=2024`);
  await page.locator('.change-map .map-shape.is-partner').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const fromSelect = page.locator('.change-controls select').first();
  for (let i = 0; i < SAMPLES; i++) {
    await fromSelect.selectOption(i % 2 ? '2012' : '2008');
    await waitForMeasures(page, 'from', i + 1);
  }
  out.from = await measures(page, 'from');
  await page.close();
  return out;
}

async function interactions(baseUrl, label) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const all = { year: [], tier: [], partner: [], playSteps: [], from: [], fps: [], longestFrame: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await interactionRun(browser, baseUrl);
      for (const k of ['year', 'tier', 'partner', 'playSteps', 'from']) all[k].push(...r[k]);
      all.fps.push(r.play.fps);
      all.longestFrame.push(r.play.longestFrame);
      process.stdout.write(
        `  interactions ${label} run ${i + 1}/${RUNS}: year ${median(r.year)?.toFixed(1)} ms, tier ${median(r.tier)?.toFixed(1)} ms, partner ${median(r.partner)?.toFixed(1)} ms, from ${median(r.from)?.toFixed(1)} ms, ${r.play.fps.toFixed(0)} fps\n`,
      );
    }
  } finally {
    await browser.close();
  }
  const stat = (xs) => ({ median: median(xs), p95: p95(xs), n: xs.length });
  return {
    year: stat(all.year),
    tier: stat(all.tier),
    partner: stat(all.partner),
    playStep: stat(all.playSteps),
    from: stat(all.from),
    fps: median(all.fps),
    longestFrame: median(all.longestFrame),
  };
}

// ---------------------------------------------------------------- report
const kb = (b) => (b == null ? '-' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x) => (x == null ? '-' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const ratio = (a, b) => (a == null || !b ? '-' : `${(a / b).toFixed(2)}x`);

function table(result) {
  const { app, bare, interactions: ix, synth } = result;
  const rows = [];
  if (app && bare) {
    rows.push(['First view (Lighthouse, mobile)', 'atlas', 'bare map', 'ratio']);
    for (const k of ['html', 'js', 'css', 'data', 'topology', 'fonts', 'other', 'total'])
      rows.push([`transfer ${k}`, kb(app.bytes[k]), kb(bare.bytes[k]), ratio(app.bytes[k], bare.bytes[k])]);
    rows.push([
      "  (Lighthouse's own count)",
      kb(app.lighthouseBytes.total),
      kb(bare.lighthouseBytes.total),
      ratio(app.lighthouseBytes.total, bare.lighthouseBytes.total),
    ]);
    rows.push(['FCP', ms(app.fcp), ms(bare.fcp), ratio(app.fcp, bare.fcp)]);
    rows.push(['LCP', ms(app.lcp), ms(bare.lcp), ratio(app.lcp, bare.lcp)]);
    rows.push(['TBT', ms(app.tbt), ms(bare.tbt), ratio(app.tbt, bare.tbt)]);
    rows.push(['CLS', app.cls.toFixed(3), bare.cls.toFixed(3), '-']);
    rows.push([
      'performance score',
      String(app.performance),
      String(bare.performance),
      ratio(app.performance, bare.performance),
    ]);
    rows.push([
      'accessibility score',
      String(app.accessibility),
      String(bare.accessibility),
      ratio(app.accessibility, bare.accessibility),
    ]);
    rows.push(['', '', '', '']);
  }
  rows.push(['Interactions (median / p95)', 'atlas', '10x synthetic', '']);
  const fmt = (s) => `${ms(s.median)} / ${ms(s.p95)}`;
  rows.push(['year change -> paint', fmt(ix.year), fmt(synth.year), '']);
  rows.push(['tier toggle -> paint', fmt(ix.tier), fmt(synth.tier), '']);
  rows.push(['partner open -> paint', fmt(ix.partner), fmt(synth.partner), '']);
  rows.push(['timeline step -> paint', fmt(ix.playStep), fmt(synth.playStep), '']);
  rows.push(['change view: from -> paint', fmt(ix.from), fmt(synth.from), '']);
  rows.push(['timeline play fps', ix.fps.toFixed(1), synth.fps.toFixed(1), '']);
  rows.push(['timeline longest frame', ms(ix.longestFrame), ms(synth.longestFrame), '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
    .join('\n');
}

function budgets(result) {
  const { app, bare, interactions: ix, synth } = result;
  const checks = [];
  if (app && bare) {
    checks.push([
      'first-view transfer <= 2x bare',
      app.bytes.total <= 2 * bare.bytes.total,
      `${ratio(app.bytes.total, bare.bytes.total)}`,
    ]);
    checks.push(['Lighthouse performance >= 0.95', app.performance >= 0.95, String(app.performance)]);
    checks.push([
      'Lighthouse accessibility = 1',
      app.accessibility === 1,
      `${app.accessibility}${app.a11yFailures.length ? ` (${app.a11yFailures.join(', ')})` : ''}`,
    ]);
  }
  checks.push(['year change < 50 ms', ix.year.median < 50, ms(ix.year.median)]);
  checks.push(['tier toggle < 50 ms', ix.tier.median < 50, ms(ix.tier.median)]);
  checks.push(['change view: from change < 50 ms', ix.from.median < 50, ms(ix.from.median)]);
  checks.push([
    'timeline smooth (>= 50 fps, steps < 50 ms)',
    ix.fps >= 50 && ix.playStep.median < 50,
    `${ix.fps.toFixed(0)} fps, ${ms(ix.playStep.median)}`,
  ]);
  for (const k of ['year', 'tier', 'partner', 'playStep', 'from'])
    checks.push([`10x: ${k} < 100 ms`, synth[k].median < 100, ms(synth[k].median)]);
  return checks;
}

async function main() {
  const started = Date.now();
  const synthCounts = BUILD ? buildAll() : null;
  const servers = await Promise.all(
    [opt('dist', 'dist'), 'dist-bare', opt('dist-synth', 'dist-synth')].map(serve),
  );
  const [appUrl, , synthUrl] = servers.map((s) => s.url);
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    samples: SAMPLES,
    chromium: CHROME,
    synthetic: { mode: SYNTH_MODE, ...synthCounts },
  };
  try {
    if (LIGHTHOUSE) {
      result.app = await lighthouseRuns(servers[0], 'atlas');
      result.bare = await lighthouseRuns(servers[1], 'bare');
    }
    result.interactions = await interactions(appUrl, 'atlas');
    result.synth = await interactions(synthUrl, '10x');
  } finally {
    servers.forEach((s) => s.server.close());
  }
  result.budgets = budgets(result).map(([name, ok, value]) => ({ name, ok, value }));
  const text = table(result);
  console.log(`\n${text}\n`);
  for (const b of result.budgets) console.log(`${b.ok ? 'MET ' : 'MISS'}  ${b.name}: ${b.value}`);
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${result.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ ...result, table: text }, null, 2));
  writeFileSync('bench/results/latest.json', JSON.stringify({ ...result, table: text }, null, 2));
  console.log(`\nwrote ${file} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
