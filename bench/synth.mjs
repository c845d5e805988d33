// Synthetic dataset ten times larger, for `npm run bench`: node bench/synth.mjs OUT_DIR [FACTOR] [meetings|partners]
// Both modes pass the same schema and integrity checks as data/ (see buildSynthDataset).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 86_400_000;

function shiftDate(date, precision, days) {
  if (precision !== 'day') return date; // month/year precision keeps its -01 / -01-01 form
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/**
 * mode "meetings" (the default, what the bench measures): the same partners, ten times the meetings. After every
 * event that leaves a partner on a rung, FACTOR-1 "reaffirmed" meetings on that rung, spread over the time until the
 * partner's next event (or today): a much longer history for every partner, as decades more of summits would give.
 * mode "partners": FACTOR x partners as well: FACTOR-1 look-alike organisations per partner (ids AFG-S1, ...; no map
 * shape of their own, so they land in the list beside the map), each with a copy of its model's history.
 */
export function buildSynthDataset(dataDir, factor = 10, mode = 'meetings') {
  const read = (f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
  const tiers = read('tiers.json');
  const partners = read('partners.json');
  // data/meetings/<PARTNER_ID>.json: one array per partner (src/cli/dataStore.ts).
  const meetings = readdirSync(join(dataDir, 'meetings'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => read(join('meetings', f)));
  const meta = read('meta.json');
  const byPartner = new Map();
  for (const m of meetings) byPartner.set(m.partner_id, [...(byPartner.get(m.partner_id) ?? []), m]);
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);

  if (mode === 'meetings') {
    const out = [...meetings];
    // Ids and former ids are taken: a copy must not reuse a cited id (validate.ts refuses that).
    const taken = new Set(meetings.flatMap((m) => [m.id, ...(m.former_ids ?? [])]));
    // Enough copies after each event that keeps a tier to reach FACTOR x the meetings overall.
    const keeping = meetings.filter((m) => m.tier_after);
    const perEvent = Math.ceil(((factor - 1) * meetings.length) / Math.max(1, keeping.length));
    for (const list of byPartner.values()) {
      const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      sorted.forEach((m, i) => {
        if (!m.tier_after) return;
        const from = Date.parse(`${m.date}T00:00:00Z`);
        const next = sorted[i + 1];
        const to = next ? Date.parse(`${next.date}T00:00:00Z`) : today;
        for (let k = 1; k <= perEvent; k++) {
          const date = new Date(from + Math.floor(((to - from) * k) / (perEvent + 1) / DAY) * DAY)
            .toISOString()
            .slice(0, 10);
          const id = `${m.partner_id.toLowerCase()}-${date}`;
          if (date <= m.date || (next && date >= next.date) || taken.has(id)) continue;
          taken.add(id);
          out.push({
            ...m,
            former_ids: undefined, // a copy has no history of ids (and must not repeat the model's)
            id,
            date,
            date_precision: 'day',
            change: 'reaffirmed',
            tier_before: m.tier_after,
            notes: `Synthetic reaffirmation for the benchmark (copy of ${m.id}).`,
          });
        }
      });
    }
    return { tiers, partners, meetings: out, meta };
  }

  const outPartners = [...partners];
  const outMeetings = [...meetings];
  for (const p of partners) {
    for (let k = 1; k < factor; k++) {
      const id = `${p.id.slice(0, 8)}-S${k}`;
      outPartners.push({
        ...p,
        id,
        kind: 'organization',
        name_en: `${p.name_en} (synthetic ${k})`,
        name_zh: `${p.name_zh}（合成${k}）`,
        aliases: [],
        demonyms: [],
        iso_numeric: null,
        marker: null,
        relations: null,
        members: null,
      });
      for (const m of byPartner.get(p.id) ?? []) {
        const date = shiftDate(m.date, m.date_precision, k);
        outMeetings.push({
          ...m,
          former_ids: undefined,
          id: `${id.toLowerCase()}-${date}`,
          partner_id: id,
          date,
        });
      }
    }
  }
  return { tiers, partners: outPartners, meetings: outMeetings, meta };
}

/** Writes the dataset in the repository's layout under outDir/data/ (what ATLAS_DATASET_DIR=outDir builds). */
export function writeSynthDataset(dataDir, outDir, factor = 10, mode = 'meetings') {
  const ds = buildSynthDataset(dataDir, factor, mode);
  const data = join(outDir, 'data');
  mkdirSync(join(data, 'meetings'), { recursive: true });
  for (const name of ['tiers', 'partners', 'meta'])
    writeFileSync(join(data, `${name}.json`), JSON.stringify(ds[name]));
  const byPartner = new Map();
  for (const m of ds.meetings) byPartner.set(m.partner_id, [...(byPartner.get(m.partner_id) ?? []), m]);
  for (const [id, list] of byPartner) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    writeFileSync(join(data, 'meetings', `${id}.json`), JSON.stringify(list));
  }
  return { partners: ds.partners.length, meetings: ds.meetings.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'bench/results/synth-data';
  const counts = writeSynthDataset('data', out, Number(process.argv[3] ?? 10), process.argv[4] ?? 'meetings');
  console.log(`wrote ${counts.partners} partners and ${counts.meetings} meetings to ${out}`);
}
