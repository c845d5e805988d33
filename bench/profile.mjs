// `npm run bench -- --profile`: a CPU profile (Chrome DevTools Protocol) of every interaction, on unminified builds
// (dist-profile/ and dist-profile-bare/), in a run that is not counted in the timings. Writes
// bench/results/profile-<page>-<interaction>.cpuprofile (open in Chromium's performance panel) and prints, per
// interaction, the functions with the most time in them (inclusive) and of their own (self).
import { writeFileSync } from 'node:fs';
import { interactionRun, launch } from './interactions.mjs';

/** Self and inclusive milliseconds per function (name and place), from a CDP profile. */
export function summariseProfile(profile, top = 14) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url ? url.replace(/^.*\//, '') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const incl = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)')
      return;
    total += dt;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur));
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + dt);
    }
  });
  const sorted = (m) =>
    [...m]
      .filter(([l]) => l !== '(root)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([l, v]) => ({ fn: l, ms: Math.round(v * 10) / 10 }));
  return { busyMs: Math.round(total), self: sorted(self), inclusive: sorted(incl) };
}

/** Milliseconds per trace event name on the page's main thread (style, layout, paint, script...), top first. */
export function summariseTrace(events, top = 12) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
}

export async function profileRun(targets) {
  const browser = await launch();
  const out = {};
  try {
    for (const { label, url } of targets) {
      out[label] = {};
      await interactionRun(browser, url, async (name, page, fn) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        const result = await fn();
        const { profile } = await cdp.send('Profiler.stop');
        await cdp.detach();
        writeFileSync(`bench/results/profile-${label}-${name}.cpuprofile`, JSON.stringify(profile));
        out[label][name] = summariseProfile(profile);
        return result;
      });
      // The same interactions again under Chromium's tracing: where the time goes outside script (style, layout).
      out[label].trace = {};
      await interactionRun(browser, url, async (name, page, fn) => {
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
        const result = await fn();
        const buffer = await browser.stopTracing();
        const { traceEvents } = JSON.parse(buffer.toString('utf8'));
        out[label].trace[name] = summariseTrace(traceEvents);
        return result;
      });
      for (const [name, events] of Object.entries(out[label].trace))
        console.log(`\ntrace ${label} ${name}: ` + events.map((e) => `${e.name} ${e.ms}`).join(', '));
      for (const [name, s] of Object.entries(out[label])) {
        if (name === 'trace') continue;
        console.log(`\nprofile ${label} ${name}: ${s.busyMs} ms busy over the samples`);
        console.log('  inclusive: ' + s.inclusive.map((x) => `${x.fn} ${x.ms}`).join('\n             '));
        console.log('  self:      ' + s.self.map((x) => `${x.fn} ${x.ms}`).join('\n             '));
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
