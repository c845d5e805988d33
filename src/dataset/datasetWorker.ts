/**
 * Loads and parses the dataset off the main thread (see loadDataset.ts): the JSON modules and zod run here,
 * the page only receives the finished result. Same parser, same result, same problems.
 */
import { loadRawDataset } from './loadDataset';
import type { AtlasParseResult } from '../domain/validate';

export type WorkerReply = AtlasParseResult | { ok: 'failed'; message: string };

self.onmessage = async () => {
  let reply: WorkerReply;
  try {
    // The parser loads beside the data, as on the main thread (loadDataset.ts).
    const [{ safeParseAtlasData }, raw] = await Promise.all([import('../domain/validate'), loadRawDataset()]);
    reply = safeParseAtlasData(raw);
  } catch (error) {
    reply = { ok: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
