/**
 * The import panel's draft for the pasted text, read in a worker and debounced: typing or a huge paste never blocks
 * the page, and a text is read once, DEBOUNCE_MS after the last keystroke. Without workers (tests, a frame that
 * cannot start one) it is read here, as before.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../../domain/schema';
import { extractForPanel, type Extraction } from './extract';
import type { ExtractReply, ExtractRequest } from './extractWorker';

export const DEBOUNCE_MS = 250;

function startWorker(dataset: AtlasData): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });
    const { partners, tiers, meetings } = dataset;
    worker.postMessage({ type: 'init', dataset: { partners, tiers, meetings } } satisfies ExtractRequest);
    return worker;
  } catch {
    return null;
  }
}

export function useExtraction(text: string, dataset: AtlasData): { result: Extraction; pending: boolean } {
  const inWorker = typeof Worker !== 'undefined';
  const here = useMemo(() => (inWorker ? null : extractForPanel(text, dataset)), [inWorker, text, dataset]);
  const [done, setDone] = useState<{ text: string; result: Extraction } | null>(null);
  const worker = useRef<Worker | null>(null);
  const failed = useRef(false);
  const nextId = useRef(0);

  useEffect(() => {
    if (!inWorker) return;
    const w = startWorker(dataset);
    worker.current = w;
    return () => {
      w?.terminate();
      worker.current = null;
    };
  }, [inWorker, dataset]);

  useEffect(() => {
    if (!inWorker) return;
    if (!text.trim()) return;
    const timer = setTimeout(() => {
      const w = worker.current;
      if (!w || failed.current) {
        setDone({ text, result: extractForPanel(text, dataset) });
        return;
      }
      const id = ++nextId.current;
      w.onmessage = (event: MessageEvent<ExtractReply>) => {
        if (event.data.id === nextId.current) setDone({ text, result: event.data.result });
      };
      w.onerror = (event) => {
        event.preventDefault();
        failed.current = true;
        if (id === nextId.current) setDone({ text, result: extractForPanel(text, dataset) });
      };
      w.postMessage({ type: 'extract', id, text } satisfies ExtractRequest);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [inWorker, text, dataset]);

  if (!inWorker) return { result: here, pending: false };
  if (!text.trim()) return { result: null, pending: false };
  const current = done?.text === text;
  return { result: current ? done.result : (done?.result ?? null), pending: !current && !!text.trim() };
}
