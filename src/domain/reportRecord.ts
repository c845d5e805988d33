/** Building a full meeting record from a reviewed draft. */
import { CORE_FACT_FIELDS } from './ids';
import type { Meeting, Source } from './schema';
import type { DraftMeeting, DraftRecord } from './reportTypes';

export interface RecordSource {
  url: string;
  publisher: string;
  title: string;
  date?: string | null;
  lang?: Source['lang'];
}

export class DraftIncompleteError extends Error {
  constructor(readonly missing: string[]) {
    super(`the draft cannot become a record: ${missing.join(', ')}`);
    this.name = 'DraftIncompleteError';
  }
}

/** A full meeting record from a (reviewed) draft. Throws DraftIncompleteError when a required field is missing. */
export function toMeetingRecord(
  draft: DraftRecord & Partial<Pick<DraftMeeting, 'venue' | 'country' | 'china_leader_title'>>,
  source: RecordSource,
): Meeting {
  const missing: string[] = [];
  if (!draft.partner_id) missing.push('partner_id is unknown');
  if (!draft.date) missing.push('date is unknown');
  if (!draft.wording_en) missing.push('wording_en is unknown');
  if (!draft.change) missing.push('change is unknown');
  if (draft.change === 'none')
    missing.push('the report changes nothing (change "none"): there is no event to record');
  if (
    missing.length ||
    !draft.partner_id ||
    !draft.date ||
    !draft.wording_en ||
    !draft.change ||
    draft.change === 'none'
  )
    throw new DraftIncompleteError(missing);
  const primary =
    /xinhua|ministry|mfa|fmprc|government|presidency|state council|people's daily|cgtn|cctv|china daily/i.test(
      source.publisher,
    );
  const review = draft.needs_review.length
    ? ` Fields flagged for review: ${draft.needs_review.join(', ')}.`
    : '';
  return {
    id: `${draft.partner_id.toLowerCase()}-${draft.date}`,
    partner_id: draft.partner_id,
    date: draft.date,
    date_precision: 'day',
    place: { city: draft.city, country: draft.country ?? null, venue: draft.venue ?? null },
    china_principal: draft.china_leader
      ? { name: draft.china_leader, title: draft.china_leader_title ?? 'President' }
      : null,
    partner_principal: draft.partner_leader
      ? { name: draft.partner_leader, title: draft.partner_leader_title ?? 'unknown' }
      : null,
    change: draft.change,
    tier_before: draft.change === 'established' ? null : draft.tier_before,
    tier_after: draft.tier_after,
    wording_en: draft.wording_en,
    wording_zh: draft.wording_zh,
    community_with_shared_future: draft.community_with_shared_future,
    joint_statement:
      draft.joint_statement || draft.joint_statement_zh
        ? {
            title_en: draft.joint_statement ?? draft.joint_statement_zh ?? '',
            title_zh: draft.joint_statement_zh,
            url: null,
          }
        : null,
    attendees: [...draft.attendees],
    summary: null,
    key_points: [],
    sources: [
      {
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        date: source.date ?? null,
        lang: source.lang ?? 'en',
        kind: primary ? 'primary' : 'secondary',
      },
    ],
    verified: false,
    // Nothing is checked until a curator reads the sources and quotes the evidence.
    unverified: [...CORE_FACT_FIELDS],
    evidence: [],
    notes: `Drafted from a wire report by ingest; review.${review}`,
  };
}
