/**
 * What the import panel shows for a pasted or dropped text: a draft, or why there is none. The same readReport
 * as the ingest CLI (plain text or a saved web page, English or Chinese). Pure; runs in extractWorker.ts.
 */
import type { AtlasData } from '../../domain/schema';
import { readReport, type DraftMeeting } from '../../domain/report';

export type Extraction =
  | { draft: DraftMeeting; /** The text read: a saved page's article. */ text: string; html: boolean }
  | { problem: string }
  | null;

/** A pasted wire report is a few KB; a paste far larger is not one report (a saved page may be larger). */
export const MAX_REPORT_CHARS = 200_000;

export function extractForPanel(
  text: string,
  dataset: Pick<AtlasData, 'partners' | 'tiers' | 'meetings'>,
  html = false,
): Extraction {
  if (!text.trim()) return null;
  if (!html && text.length > MAX_REPORT_CHARS && !/^\s*</.test(text))
    return {
      problem: `the text is ${Math.round(text.length / 1000)} thousand characters long; paste one report (at most ${MAX_REPORT_CHARS / 1000} thousand)`,
    };
  const r = readReport(text, dataset);
  return r.ok ? { draft: r.draft, text: r.text, html: r.html } : { problem: r.reason };
}
