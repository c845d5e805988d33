/** What the import panel shows for a pasted text: a draft, or why there is none. Pure; runs in extractWorker.ts. */
import type { AtlasData } from '../../domain/schema';
import { extractMeeting, unreadableReason } from '../../domain/report';

export type Extraction = { draft: ReturnType<typeof extractMeeting> } | { problem: string } | null;

/** A wire report is a few KB; a paste far larger is not one report (and would take seconds to read). */
export const MAX_REPORT_CHARS = 200_000;

export function extractForPanel(
  text: string,
  dataset: Pick<AtlasData, 'partners' | 'tiers' | 'meetings'>,
): Extraction {
  if (!text.trim()) return null;
  if (text.length > MAX_REPORT_CHARS)
    return {
      problem: `the text is ${Math.round(text.length / 1000)} thousand characters long; paste one report (at most ${MAX_REPORT_CHARS / 1000} thousand)`,
    };
  const problem = unreadableReason(text);
  if (problem) return { problem };
  const draft = extractMeeting(text, {
    partners: dataset.partners,
    tiers: dataset.tiers,
    meetings: dataset.meetings,
  });
  return draft.related
    ? { draft }
    : { problem: 'no partner and no partnership wording found; is this a meeting report?' };
}
