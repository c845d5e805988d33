/** Reads pasted reports off the main thread (useExtraction.ts): the dataset once, then one text per message. */
import type { AtlasData } from '../../domain/schema';
import { extractForPanel, type Extraction } from './extract';

export type ExtractRequest =
  | { type: 'init'; dataset: Pick<AtlasData, 'partners' | 'tiers' | 'meetings'> }
  | { type: 'extract'; id: number; text: string };
export interface ExtractReply {
  id: number;
  result: Extraction | { problem: string };
}

let dataset: Pick<AtlasData, 'partners' | 'tiers' | 'meetings'> | null = null;

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    dataset = msg.dataset;
    return;
  }
  let result: ExtractReply['result'];
  try {
    result = dataset ? extractForPanel(msg.text, dataset) : { problem: 'the dataset is not loaded yet' };
  } catch (error) {
    result = {
      problem: `the report could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  self.postMessage({ id: msg.id, result } satisfies ExtractReply);
};
