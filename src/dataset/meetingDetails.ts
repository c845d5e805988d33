/**
 * Meeting details on demand: per partner, parsed in a worker (detailsWorker.ts) when the browser allows one, on
 * this thread otherwise (tests, a sandboxed frame that cannot start workers).
 */
import type { MeetingDetails } from '../domain/schema';
import { DatasetError, type DatasetProblem } from '../domain/datasetError';

export interface DetailsRequest {
  id: number;
  /** Partner ids; null for every partner (an export). */
  partners: string[] | null;
}
export type DetailsReply =
  | { id: number; ok: true; details: Map<string, MeetingDetails> }
  | { id: number; ok: false; problems: DatasetProblem[] }
  | { id: number; ok: 'failed'; message: string };

/** Fetches and parses the details parts that hold `partners` (all parts when null) in this thread. */
export async function loadDetailsHere(partners: string[] | null): Promise<Map<string, MeetingDetails>> {
  const [{ parseMeetingDetails }, index] = await Promise.all([
    import('../domain/validate'),
    import('virtual:atlas/meetings-details').then((m) => m.default),
  ]);
  // A partner with no meetings is in no part: no details, and nothing wrong.
  const wanted = partners
    ? [...new Set(partners.map((p) => index.partOf[p]).filter((n): n is number => n !== undefined))]
    : index.parts.map((_, n) => n);
  const parts = await Promise.all(
    wanted.map(async (n) => parseMeetingDetails((await index.parts[n]!()).default)),
  );
  const out = new Map<string, MeetingDetails>();
  for (const part of parts) for (const [k, v] of part) out.set(k, v);
  return out;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (d: Map<string, MeetingDetails>) => void; reject: (e: Error) => void; partners: string[] | null }
>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./detailsWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<DetailsReply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok === true) job.resolve(reply.details);
      else if (reply.ok === false) job.reject(new DatasetError(reply.problems));
      else loadDetailsHere(job.partners).then(job.resolve, job.reject);
    };
    w.onerror = (event) => {
      event.preventDefault();
      // The worker cannot run here (e.g. a sandboxed frame): every waiting job, and later ones, run on this thread.
      worker = null;
      w.terminate();
      for (const [id, job] of pending) {
        pending.delete(id);
        loadDetailsHere(job.partners).then(job.resolve, job.reject);
      }
    };
    return w;
  } catch {
    return null;
  }
}

/** The details of the meetings of `partners` (every partner when null), keyed by meeting id. */
export function loadMeetingDetails(partners: string[] | null = null): Promise<Map<string, MeetingDetails>> {
  if (worker === undefined) worker = startWorker();
  const w = worker;
  if (!w) return loadDetailsHere(partners);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, partners });
    w.postMessage({ id, partners } satisfies DetailsRequest);
  });
}
