// `npm run bench`: builds the atlas, the bare reference page and the atlas with synthetic datasets ten times larger,
// serves them on loopback with gzip (like any static host), then measures in headless Chromium (Debian's package):
//   1. the first view, cold, with Lighthouse at mobile defaults (median of --runs runs), atlas and bare page in turns
//      (bench/lighthouse.mjs);
//   2. interactions through Playwright, read from the pages' own performance marks (src/app/perfMarks.ts): year
//      change, tier toggle, partner open, timeline steps and fps, the change view's `from` (bench/interactions.mjs),
//      on the atlas, on the floor (bench/bare/ doing the same interactions the cheapest way) and on the 10x builds,
//      in turns;
//   3. with --profile, a CPU profile of each interaction on unminified builds (bench/profile.mjs).
// Prints a table with each interaction's ratio to the floor and the budgets (bench/report.mjs), and writes
// bench/results/bench-<time>.json (and latest.json).
// Options: --runs N (default 3), --samples N per interaction per run (default 12), --skip-build, --no-lighthouse,
// --profile, --dist DIR, --dist-synth DIR and --dist-synth-partners DIR (serve other, already built folders),
// --synth-mode meetings|partners|both (default both; bench/synth.mjs: ten times the meetings, or the partners too),
// --no-synth (the atlas and the floor only, for a quick comparison).
import { mkdirSync, writeFileSync } from 'node:fs';
import { config } from './config.mjs';
import { buildAll, serve } from './serve.mjs';
import { lighthouseAlternating } from './lighthouse.mjs';
import { interactionsAlternating } from './interactions.mjs';
import { profileRun } from './profile.mjs';
import { budgets, table } from './report.mjs';

async function main() {
  const started = Date.now();
  const synthCounts = config.build ? buildAll() : null;
  const dirs = [config.dist, 'dist-bare', ...config.synthModes.map(config.synthDist)];
  if (config.profile) dirs.push('dist-profile', 'dist-profile-bare');
  const servers = await Promise.all(dirs.map(serve));
  const [app, bare, ...rest] = servers;
  const synthServers = rest.slice(0, config.synthModes.length);
  const result = {
    date: new Date().toISOString(),
    runs: config.runs,
    samples: config.samples,
    synthetic: { modes: config.synthModes, counts: synthCounts },
  };
  mkdirSync('bench/results', { recursive: true });
  try {
    if (config.lighthouse) {
      [result.app, result.bare] = await lighthouseAlternating([
        { label: 'atlas', server: app },
        { label: 'bare', server: bare },
      ]);
    }
    const targets = [
      { label: 'atlas', url: app.url },
      { label: 'floor', url: bare.url },
      ...config.synthModes.map((m, i) => ({ label: `10x ${m}`, url: synthServers[i].url })),
    ];
    const [ix, floor, ...synth] = await interactionsAlternating(targets);
    result.interactions = ix;
    result.floor = floor;
    result.synth = Object.fromEntries(config.synthModes.map((m, i) => [m, synth[i]]));
    if (config.profile) {
      const [profAtlas, profBare] = rest.slice(config.synthModes.length);
      result.profile = await profileRun([
        { label: 'atlas', url: profAtlas.url },
        { label: 'floor', url: profBare.url },
      ]);
    }
  } finally {
    servers.forEach((s) => s.server.close());
  }
  result.budgets = budgets(result);
  const text = table(result);
  console.log(`\n${text}\n`);
  for (const b of result.budgets) console.log(`${b.ok ? 'MET ' : 'MISS'}  ${b.name}: ${b.value}`);
  const file = `bench/results/bench-${result.date.replace(/[:.]/g, '-')}.json`;
  const json = JSON.stringify({ ...result, table: text }, null, 2);
  writeFileSync(file, json);
  writeFileSync('bench/results/latest.json', json);
  console.log(`\nwrote ${file} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
