/**
 * Loads the bundled dataset. The JSON files are pulled in with dynamic `import()` so they land in their own
 * chunk and the page paints before they arrive. Parsing happens once, here; nothing downstream re-checks.
 */
import { parseDataset, type RawDataset } from '../domain/validate';
import type { Dataset } from '../domain/schema';

export async function loadRawDataset(): Promise<RawDataset> {
  const [tiers, partners, meetings, meta] = await Promise.all([
    import('../../data/tiers.json'),
    import('../../data/partners.json'),
    import('../../data/meetings.json'),
    import('../../data/meta.json'),
  ]);
  return { tiers: tiers.default, partners: partners.default, meetings: meetings.default, meta: meta.default };
}

export async function loadDataset(load: () => Promise<RawDataset> = loadRawDataset): Promise<Dataset> {
  return parseDataset(await load());
}
