// The first view, cold, with Lighthouse at mobile defaults (simulated slow 4G, 4x CPU), one fresh browser per run.
import { CHROME, FLAGS, config, median } from './config.mjs';

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
const empty = () => ({ html: 0, js: 0, css: 0, data: 0, topology: 0, fonts: 0, other: 0 });
const total = (b) => ({ ...b, total: Object.values(b).reduce((s, x) => s + x, 0) });
const shortUrl = (u) => (u?.startsWith('http') ? new URL(u).pathname : (u ?? ''));

/** What the long tasks were and what element was the largest paint: to find what to cut, not only how much. */
function diagnostics(a) {
  const lcpItems = a['largest-contentful-paint-element']?.details?.items ?? [];
  const node = lcpItems[0]?.items?.[0]?.node ?? lcpItems[0]?.node;
  const phases = (lcpItems[1]?.items ?? []).map((p) => `${p.phase ?? p.label} ${Math.round(p.timing ?? 0)}`);
  return {
    lcpElement: node ? `${node.selector ?? ''} ${String(node.snippet ?? '').slice(0, 80)}` : null,
    lcpPhases: phases,
    longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({
      url: shortUrl(t.url),
      start: Math.round(t.startTime),
      duration: Math.round(t.duration),
    })),
    bootup: (a['bootup-time']?.details?.items ?? []).map((t) => ({
      url: shortUrl(t.url),
      scripting: Math.round(t.scripting),
      parse: Math.round(t.scriptParseCompile),
    })),
    layoutShifts: (a['layout-shifts']?.details?.items ?? []).map((t) => ({
      node: `${t.node?.selector ?? ''} ${String(t.node?.snippet ?? '').slice(0, 60)}`,
      score: Math.round((t.score ?? 0) * 1000) / 1000,
    })),
    mainThread: Object.fromEntries(
      (a['mainthread-work-breakdown']?.details?.items ?? []).map((t) => [t.group, Math.round(t.duration)]),
    ),
  };
}

/**
 * One Lighthouse run. Transfer is counted by the server: the compressed bytes it sent, by kind. (Lighthouse's own
 * transferSize misses the body of a worker's script; its per-kind figures are kept beside, as `lighthouseBytes`.)
 * Returns null when headless Chromium recorded no paint (Lighthouse's NO_FCP), for the caller to retry.
 */
export async function lighthouseRun({ url, sent }, label) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
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
      process.stdout.write(`  lighthouse ${label}: ${lhr.runtimeError.code}, retrying\n`);
      return null;
    }
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
    return {
      bytes: total(bytes),
      lighthouseBytes: total(lighthouseBytes),
      files,
      lcp: a['largest-contentful-paint'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      si: a['speed-index'].numericValue,
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      a11yFailures: failing.map((x) => x.id),
      diagnostics: diagnostics(a),
    };
  } finally {
    await chrome.kill();
  }
}

/** Medians over the runs of one page. */
export function summarise(runs) {
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
    lcpElement: runs[0].diagnostics.lcpElement,
    files: runs[0].files,
    runs,
  };
}

/** The atlas and the bare page, alternating run by run (so a busy spell of the machine hits both alike). */
export async function lighthouseAlternating(pages) {
  const runs = pages.map(() => []);
  let retries = 0;
  for (let i = 0; i < config.runs; i++) {
    const order = i % 2 ? [...pages.keys()].reverse() : [...pages.keys()];
    for (const k of order) {
      let r = null;
      while (!r) {
        r = await lighthouseRun(pages[k].server, pages[k].label);
        // Headless Chromium now and then records no paint: retry that run, a few times at most.
        if (!r && ++retries > 4) throw new Error(`${pages[k].label}: Lighthouse recorded no paint`);
      }
      runs[k].push(r);
      process.stdout.write(
        `  lighthouse ${pages[k].label} run ${i + 1}/${config.runs}: perf ${r.performance} a11y ${r.accessibility}, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms\n`,
      );
    }
  }
  return runs.map(summarise);
}
