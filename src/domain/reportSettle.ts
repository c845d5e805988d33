/** What a meeting changed: the report's verbs, corrected by the tier before (stated, or from the dataset). */
import type { TierId } from './schema';
import { statusOn } from './status';
import { tierForWording, tierRank } from './tiers';
import { addDays } from './reportText';
import type { DraftChange, ExtractOptions, ReviewField } from './reportTypes';

export interface SettleInput {
  partnerId: string | null;
  date: string | null;
  options: ExtractOptions;
  /** A wording the report gives for the relationship before the meeting ("from a ... to ..."). */
  statedBefore: string | null;
  changeVerb: 'upgraded' | 'established' | null;
  wording: string | null;
  tierAfter: TierId | null;
  /** The report issues a joint statement, declares a community with a shared future or says "reaffirm". */
  reaffirms: boolean;
  flag: (field: ReviewField, why: string) => void;
  notes: string[];
}

/** The change and the tier before: the report's verbs, corrected by the tier before (stated, or from the dataset). */
export function settleChange(input: SettleInput): { change: DraftChange | null; tierBefore: TierId | null } {
  const { partnerId, date, options, statedBefore, changeVerb, wording, tierAfter, flag, notes } = input;
  const prior =
    partnerId && date && options.meetings ? statusOn(options.meetings, partnerId, addDays(date, -1)) : null;
  let tierBefore: TierId | null = statedBefore ? tierForWording(options.tiers.rules, statedBefore) : null;
  if (!tierBefore && prior?.tier) {
    tierBefore = prior.tier;
    notes.push(`tier_before: from the dataset (${prior.lastMeeting.id})`);
  }
  if (changeVerb && tierAfter) {
    if (!tierBefore) {
      if (changeVerb === 'upgraded' && options.meetings && partnerId) {
        // The dataset knows this partner's history and it has no tier before: the report's "elevation" of
        // relations is the first partnership.
        const known = options.meetings.some((m) => m.partner_id === partnerId);
        flag(
          'change',
          known
            ? 'an elevation, but the dataset has no earlier tier for this partner: read as an establishment'
            : 'an elevation, but the dataset has no earlier tier for this partner: is it an establishment?',
        );
        if (known) return { change: 'established', tierBefore };
      }
      return { change: changeVerb, tierBefore };
    }
    const d = tierRank(tierAfter) - tierRank(tierBefore);
    const priorWording = statedBefore ?? prior?.wordingEn ?? null;
    if (d > 0) return { change: 'upgraded', tierBefore };
    if (d < 0) {
      flag(
        'change',
        `the report speaks of ${changeVerb === 'upgraded' ? 'an upgrade' : 'an establishment'} but ${tierAfter} is below ${tierBefore}`,
      );
      return { change: 'downgraded', tierBefore };
    }
    const same = priorWording && priorWording.split(';')[0]?.trim().toLowerCase() === wording;
    return { change: same ? 'reaffirmed' : 'renamed', tierBefore };
  }
  if (wording && tierAfter) {
    if (tierBefore && tierBefore !== tierAfter)
      flag('change', `the dataset has ${tierBefore} before this meeting, the report reads ${tierAfter}`);
    return { change: input.reaffirms ? 'reaffirmed' : 'none', tierBefore: tierAfter };
  }
  if (wording || changeVerb) flag('change', 'cannot tell what the meeting changed');
  return { change: null, tierBefore };
}
