/**
 * Loads the bundled dataset. The JSON files are pulled in with dynamic `import()` so they land in their own
 * chunk and the page paints before they arrive. Parsing happens once, here; nothing downstream re-checks.
 * The parser (zod and the schemas) is loaded the same way, beside the data, so it never delays the first paint;
 * in a browser both run in a worker (datasetWorker.ts).
 */
import type { RawDataset } from '../domain/validate';
import type { AtlasData } from '../domain/schema';
import { DatasetError } from '../domain/datasetError';
import type { WorkerReply } from './datasetWorker';

export async function loadRawDataset(): Promise<RawDataset> {
  const [tiers, partners, meetings, meta] = await Promise.all([
    import('../../data/tiers.json'),
    import('../../data/partners.json'),
    import('virtual:atlas/meetings-core'),
    import('../../data/meta.json'),
  ]);
  return { tiers: tiers.default, partners: partners.default, meetings: meetings.default, meta: meta.default };
}

/** In a browser, the bundled dataset is loaded and parsed in a worker, so the page stays responsive meanwhile. */
function loadInWorker(): Promise<AtlasData | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      // No worker here (e.g. a frame sandboxed without allow-same-origin): parse on the main thread.
      resolve(null);
      return;
    }
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      done();
      const reply = event.data;
      if (reply.ok === true) resolve(reply.data);
      else if (reply.ok === false) reject(new DatasetError(reply.problems));
      else resolve(null); // anything else: try again on the main thread, which reports it as before
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      resolve(null);
    };
    worker.postMessage('load');
  });
}

export async function loadDataset(load?: () => Promise<RawDataset>): Promise<AtlasData> {
  if (!load) {
    const dataset = await loadInWorker();
    if (dataset) return dataset;
  }
  const [{ parseAtlasData }, raw] = await Promise.all([
    import('../domain/validate'),
    (load ?? loadRawDataset)(),
  ]);
  return parseAtlasData(raw);
}

/** The meetings' details, per partner, parsed off the main thread: see meetingDetails.ts. */
export { loadMeetingDetails } from './meetingDetails';
