// Command line and browser settings shared by the bench's modules (see bench/run.mjs for the options).
import { join } from 'node:path';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
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
const mode = opt('synth-mode', 'both');
if (!['meetings', 'partners', 'both'].includes(mode))
  throw new Error(`--synth-mode must be meetings, partners or both (got ${mode})`);

export const config = {
  runs: Number(opt('runs', 3)),
  samples: Number(opt('samples', 12)),
  build: !args.includes('--skip-build'),
  lighthouse: !args.includes('--no-lighthouse'),
  profile: args.includes('--profile'),
  dist: opt('dist', 'dist'),
  synthModes: args.includes('--no-synth') ? [] : mode === 'both' ? ['meetings', 'partners'] : [mode],
  /** The synthetic builds: dist-synth/ (ten times the meetings) and dist-synth-partners/ (ten times the partners). */
  synthDist: (m) =>
    opt(`dist-synth${m === 'meetings' ? '' : `-${m}`}`, m === 'meetings' ? 'dist-synth' : `dist-synth-${m}`),
  synthData: (m) => join(process.cwd(), `bench/results/synth-data-${m}`),
};

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const p95 = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : null;
};
export const stat = (xs) => ({ median: median(xs), p95: p95(xs), n: xs.length });
