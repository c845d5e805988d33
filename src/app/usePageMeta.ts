import { useEffect } from 'react';
import type { MeetingCore, Partner } from '../domain/schema';
import type { Lang } from '../url/viewState';
import type { Translate } from '../ui/i18n';
import { formatDate, partnerName } from '../ui/format';

/** The document's title and language follow the view ("Belarus — Partnership Atlas", <html lang="zh">). */
export function usePageMeta(title: string, lang: 'en' | 'zh') {
  // A moment later, once the change that caused it has painted: the browser's title update is not free (a few ms a
  // year step), and the title is not on the page.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      document.title = title;
    }, 50);
    return () => window.clearTimeout(timer);
  }, [title]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

export function buildPageTitle(parts: readonly (string | null | undefined)[], appTitle: string): string {
  const head = parts.filter(Boolean).join(', ');
  return head ? `${head} — ${appTitle}` : appTitle;
}

/**
 * The atlas's page title: the open meeting (partner, date), else the open partner, else the view and the chosen
 * year ("Table, 2014 — Partnership Atlas").
 */
export function atlasPageTitle(
  t: Translate,
  lang: Lang,
  open: { meeting: MeetingCore | null; meetingPartner: Partner | undefined; partner: Partner | null },
  view: string,
  chosenYear: number | null,
): string {
  const viewNames: Record<string, string> = {
    map: t('viewMap'),
    ladder: t('viewLadder'),
    table: t('viewTable'),
  };
  const { meeting, meetingPartner, partner } = open;
  return buildPageTitle(
    meeting
      ? [
          meetingPartner ? partnerName(meetingPartner, lang) : meeting.partner_id,
          formatDate(meeting.date, meeting.date_precision, lang),
        ]
      : partner
        ? [partnerName(partner, lang)]
        : [viewNames[view] ?? null, chosenYear ? String(chosenYear) : null],
    t('title'),
  );
}
