/**
 * The helpers that put a partner's status into words (tooltips, the table, legends). The words themselves are in
 * the one dictionary (./i18n.ts, ./text/reader.ts).
 */
import type { BaseStatus } from '../domain/filters';
import type { MeetingCore } from '../domain/schema';
import type { Lang } from '../url/viewState';
import { formatDate } from './format';
import { readerText } from './i18n';

export { readerText };
export type { ReaderTextKey } from './text/reader';

/** The one wording for a partner without a tier, everywhere (table, tooltips, legends). */
export function noTierLabel(base: BaseStatus | 'disputed', lang: Lang): string {
  const r = readerText(lang);
  return base === 'none' ? r('noRelations') : base === 'disputed' ? r('disputed') : r('noPartnership');
}

/** The dates of a status. `tierSince` (when the rung was reached) is optional until every status carries it. */
export interface StatusDates {
  since: string | null;
  sincePrecision: MeetingCore['date_precision'];
  tierSince?: string | null;
  tierSincePrecision?: MeetingCore['date_precision'];
}

/**
 * "On this rung since 2004; current wording since 2015" when the rung was reached before the current wording,
 * otherwise "Since 2015". The rung date comes first (DESIGN.md).
 */
export function describeStatusDates(status: StatusDates, lang: Lang): string | null {
  const r = readerText(lang);
  if (!status.since) return null;
  const since = formatDate(status.since, status.sincePrecision, lang);
  if (status.tierSince && status.tierSince < status.since) {
    const rung = formatDate(status.tierSince, status.tierSincePrecision ?? 'day', lang);
    const sep = lang === 'zh' ? '；' : '; ';
    const word = lang === 'zh' ? '' : ' ';
    const first = r('onRungSince');
    return `${first.charAt(0).toUpperCase()}${first.slice(1)}${word}${rung}${sep}${r('wordingSince')}${word}${since}`;
  }
  return `${r('since')}${lang === 'zh' ? '' : ' '}${since}`;
}

/** True when an official wording says no more than the rung's name (so a tooltip shows it once). */
export function sameWording(wording: string, tierName: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s\u3000]+/g, ' ')
      .trim();
  return norm(wording) === norm(tierName);
}
