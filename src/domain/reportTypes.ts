/** The draft a report reader returns, the options it reads against, and the printed form. */
import type { Change, MeetingCore, Partner, TierId, TiersFile } from './schema';

export type DraftChange = Change | 'none';

/** The fields of a draft, in output order (the ingest CLI prints exactly these). */
export const DRAFT_FIELDS = [
  'partner_id',
  'date',
  'city',
  'china_leader',
  'partner_leader',
  'partner_leader_title',
  'tier_before',
  'tier_after',
  'wording_en',
  'wording_zh',
  'change',
  'community_with_shared_future',
  'joint_statement',
  'joint_statement_zh',
  'attendees',
  'needs_review',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type ReviewField = Exclude<DraftField, 'needs_review'>;

export interface DraftRecord {
  partner_id: string | null;
  date: string | null;
  city: string | null;
  china_leader: string | null;
  partner_leader: string | null;
  partner_leader_title: string | null;
  tier_before: TierId | null;
  tier_after: TierId | null;
  wording_en: string | null;
  /** The Chinese wording: as written in a Chinese report, or from the tier rules for a standard English one. */
  wording_zh: string | null;
  change: DraftChange | null;
  community_with_shared_future: boolean;
  /** The joint statement's title in English (as written, or where the dataset knows it). */
  joint_statement: string | null;
  /** Its Chinese title, as written in a Chinese report. */
  joint_statement_zh: string | null;
  attendees: string[];
  needs_review: ReviewField[];
}

/** The draft plus what the extractor found on the way (not printed by the CLI). */
export interface DraftMeeting extends DraftRecord {
  country: string | null;
  venue: string | null;
  china_leader_title: string | null;
  /** Why each field in needs_review is there, and where inferred values came from. */
  notes: string[];
  /** false when the text names no partnership wording and not both a partner and a Chinese leader. */
  related: boolean;
}

export interface ExtractOptions {
  year?: number;
  partners: readonly Partner[];
  tiers: TiersFile;
  meetings?: readonly MeetingCore[];
}

/** Collects the fields to review and why, in DRAFT_FIELDS order. */
export class Review {
  readonly notes: string[] = [];
  private readonly fields = new Set<ReviewField>();
  flag = (field: ReviewField, why: string): void => {
    this.fields.add(field);
    this.notes.push(`${field}: ${why}`);
  };
  has(field: ReviewField): boolean {
    return this.fields.has(field);
  }
  ordered(): ReviewField[] {
    return DRAFT_FIELDS.filter((f): f is ReviewField => f !== 'needs_review' && this.fields.has(f));
  }
}

/** The printed form: exactly DRAFT_FIELDS, in order. */
export function toDraftRecord(draft: DraftRecord): DraftRecord {
  return {
    partner_id: draft.partner_id,
    date: draft.date,
    city: draft.city,
    china_leader: draft.china_leader,
    partner_leader: draft.partner_leader,
    partner_leader_title: draft.partner_leader_title,
    tier_before: draft.tier_before,
    tier_after: draft.tier_after,
    wording_en: draft.wording_en,
    wording_zh: draft.wording_zh,
    change: draft.change,
    community_with_shared_future: draft.community_with_shared_future,
    joint_statement: draft.joint_statement,
    joint_statement_zh: draft.joint_statement_zh,
    attendees: [...draft.attendees],
    needs_review: [...draft.needs_review],
  };
}
