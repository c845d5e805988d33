// The bench's table and budgets. Interaction budgets are held as ratios to the floor measured in the same run
// (bench/bare/ doing the same interactions the cheapest way), as well as absolute bounds on this machine.
const kb = (b) => (b == null ? '-' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x) => (x == null ? '-' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const ratio = (a, b) => (a == null || !b ? '-' : `${(a / b).toFixed(2)}x`);
const fmt = (s) => (s ? `${ms(s.median)} / ${ms(s.p95)}` : '-');

export const INTERACTIONS = [
  ['year', 'year change -> paint'],
  ['tier', 'tier toggle -> paint'],
  ['partner', 'partner open -> paint'],
  ['playStep', 'timeline step -> paint'],
  ['from', 'change view: from -> paint'],
];

function layout(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
    .join('\n');
}

export function table(result) {
  const { app, bare, interactions: ix, floor, synth } = result;
  const out = [];
  if (app && bare) {
    const rows = [['First view (Lighthouse, mobile)', 'atlas', 'bare map', 'ratio']];
    for (const k of ['html', 'js', 'css', 'data', 'topology', 'fonts', 'other', 'total'])
      rows.push([`transfer ${k}`, kb(app.bytes[k]), kb(bare.bytes[k]), ratio(app.bytes[k], bare.bytes[k])]);
    rows.push([
      "  (Lighthouse's own count)",
      kb(app.lighthouseBytes.total),
      kb(bare.lighthouseBytes.total),
      ratio(app.lighthouseBytes.total, bare.lighthouseBytes.total),
    ]);
    for (const k of ['fcp', 'lcp', 'tbt', 'si'])
      rows.push([k.toUpperCase(), ms(app[k]), ms(bare[k]), ratio(app[k], bare[k])]);
    rows.push(['CLS', app.cls.toFixed(3), bare.cls.toFixed(3), '-']);
    rows.push(['performance score', String(app.performance), String(bare.performance), '-']);
    rows.push(['accessibility score', String(app.accessibility), String(bare.accessibility), '-']);
    out.push(layout(rows), `LCP element: atlas ${app.lcpElement ?? '-'}; bare ${bare.lcpElement ?? '-'}`, '');
  }
  const synthHead = Object.keys(synth).map((m) => `10x ${m}`);
  const rows = [['Interactions (median / p95)', 'atlas', 'floor', 'ratio', ...synthHead]];
  for (const [k, name] of INTERACTIONS)
    rows.push([
      name,
      fmt(ix[k]),
      fmt(floor[k]),
      ratio(ix[k].median, floor[k].median),
      ...Object.values(synth).map((s) => fmt(s[k])),
    ]);
  rows.push([
    'timeline play fps',
    ix.fps.toFixed(1),
    floor.fps.toFixed(1),
    '-',
    ...Object.values(synth).map((s) => s.fps.toFixed(1)),
  ]);
  rows.push([
    'timeline longest frame',
    ms(ix.longestFrame),
    ms(floor.longestFrame),
    '-',
    ...Object.values(synth).map((s) => ms(s.longestFrame)),
  ]);
  out.push(layout(rows));
  return out.join('\n');
}

export function budgets(result) {
  const { app, bare, interactions: ix, floor, synth } = result;
  const checks = [];
  if (app && bare) {
    checks.push([
      'first-view transfer <= 2x bare',
      app.bytes.total <= 2 * bare.bytes.total,
      ratio(app.bytes.total, bare.bytes.total),
    ]);
    checks.push([
      'Lighthouse performance within 0.03 of bare',
      app.performance >= bare.performance - 0.03,
      `${app.performance} vs ${bare.performance}`,
    ]);
    checks.push(['Lighthouse performance >= 0.95', app.performance >= 0.95, String(app.performance)]);
    checks.push(['LCP <= 1.2x bare', app.lcp <= 1.2 * bare.lcp, ratio(app.lcp, bare.lcp)]);
    checks.push([
      'Lighthouse accessibility = 1',
      app.accessibility === 1,
      `${app.accessibility}${app.a11yFailures.length ? ` (${app.a11yFailures.join(', ')})` : ''}`,
    ]);
  }
  for (const [k, name] of INTERACTIONS) {
    const a = ix[k];
    const f = floor[k];
    const label = name.replace(' -> paint', '');
    checks.push([`${label}: median <= 2x floor`, a.median <= 2 * f.median, ratio(a.median, f.median)]);
    checks.push([`${label}: median < 50 ms`, a.median < 50, ms(a.median)]);
    checks.push([`${label}: p95 < 100 ms`, a.p95 < 100, ms(a.p95)]);
  }
  checks.push(['timeline smooth (>= 50 fps)', ix.fps >= 50, `${ix.fps.toFixed(0)} fps`]);
  for (const [mode, s] of Object.entries(synth))
    for (const [k] of INTERACTIONS)
      checks.push([`10x ${mode}: ${k} < 100 ms`, s[k].median < 100, ms(s[k].median)]);
  return checks.map(([name, ok, value]) => ({ name, ok, value }));
}
