/** Dates in English reports: the dateline, a date in a sentence about the meeting, and the year from context. */
import type { Partner } from './schema';
import type { ExtractOptions, Review } from './reportTypes';
import {
  addDays,
  isoDate,
  L,
  monthNumber,
  MONTH_RE,
  splitSentences,
  weekdayOf,
  WEEKDAYS,
} from './reportText';

export interface Dateline {
  match: string;
  city: string | null;
  country: string | null;
  month: number;
  day: number;
  year: number | null;
  /** Where the dateline ends in the full text. */
  end: number;
}

/** "HANGZHOU, Sept. 22 (Xinhua) --", "Xinhua News Agency, Samarkand, Uzbekistan, September 15". */
export function parseDateline(text: string): Dateline | null {
  const head = text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/i, '').slice(0, 400);
  const datelineRe = new RegExp(
    `(?:^|\\n|\\))\\s*((?:[A-Z][${L} .-]*?, ){1,3})${MONTH_RE} (\\d{1,2})(?:, (\\d{4}))?\\b`,
    'u',
  );
  const dl = datelineRe.exec(head) ?? datelineRe.exec(`\n${head.split('\n').slice(0, 3).join('\n')}`);
  if (!dl) return null;
  const places = (dl[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !/xinhua|news|agency|reuters|\bap\b|afp|daily|times|press|post|cgtn/i.test(s));
  const titleCase = (s: string) =>
    s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  const first = places[0];
  return {
    match: dl[0],
    city: first ? (first === first.toUpperCase() ? titleCase(first) : first) : null,
    country: places[1] ?? null,
    month: monthNumber(dl[2] ?? ''),
    day: Number(dl[3]),
    year: dl[4] ? Number(dl[4]) : null,
    end:
      (dl.index ?? 0) +
      dl[0].length +
      (text.length - text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/i, '').length),
  };
}

export interface DateInput {
  text: string;
  sentences: string[];
  dateline: Dateline | null;
  partner: Partner | null;
  options: ExtractOptions;
  review: Review;
}

/** The meeting date: a header, a date in a sentence about the meeting, or the dateline moved to the weekday named. */
export function englishDate(input: DateInput): string | null {
  const { text, dateline: dl, options, review } = input;
  const { notes, flag } = review;
  const header = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(text);
  if (
    header?.[1] &&
    isoDate(Number(header[1].slice(0, 4)), Number(header[1].slice(5, 7)), Number(header[1].slice(8, 10)))
  ) {
    notes.push('date: from the header line');
    return header[1];
  }
  const meetingVerb =
    /\b(met|meets|meeting|talks|held|announced|agreed|decided|summit|co-chaired|chaired|signed)\b/i;
  // A full or partial date in a sentence about the meeting: "on September 23, 2023", "24 January 2024", "on the afternoon of the 15th"
  let month = 0;
  let day = 0;
  let year: number | null = null;
  let weekday: number | null = null;
  const datelineMonth = dl?.month ?? 0;
  const undated = dl ? text.replace(dl.match, (m) => ' '.repeat(m.length)) : text;
  for (const s of splitSentences(undated).slice(0, 6)) {
    if (!meetingVerb.test(s)) continue;
    const md = new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:, (\\d{4}))?`, 'i').exec(s);
    const dm = new RegExp(`\\b(\\d{1,2}) ${MONTH_RE}(?: (\\d{4}))?\\b`, 'i').exec(s);
    const otherEvent = (at: number) =>
      /\b(?:since|in|founded|established in|opens?|opened|runs?|running|until|begins?|began|starts?|started|ends?|ended|closes?|scheduled|set for|due)\s+(?:on\s+)?$/i.test(
        s.slice(0, at),
      );
    if (md && !otherEvent(md.index)) {
      month = monthNumber(md[1] ?? '');
      day = Number(md[2]);
      year = md[3] ? Number(md[3]) : null;
    } else if (dm && !otherEvent(dm.index)) {
      month = monthNumber(dm[2] ?? '');
      day = Number(dm[1]);
      year = dm[3] ? Number(dm[3]) : null;
    } else {
      const ord = /\bof the (\d{1,2})(?:st|nd|rd|th)\b/i.exec(s);
      if (ord && datelineMonth) {
        month = datelineMonth;
        day = Number(ord[1]);
      }
      const wd = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.exec(s);
      if (wd && weekday === null) weekday = WEEKDAYS.indexOf((wd[1] ?? '').toLowerCase());
    }
    // "on Wednesday" in the lead sentence is read against the dateline, not against later dates.
    if (month || (weekday !== null && datelineMonth)) break;
  }
  if (!month && dl && datelineMonth) {
    month = datelineMonth;
    day = dl.day;
  }
  if (!month) {
    const any = new RegExp(`\\b${MONTH_RE} (\\d{1,2})\\b(?:, (\\d{4}))?`, 'i').exec(text);
    if (any) {
      month = monthNumber(any[1] ?? '');
      day = Number(any[2]);
      year = any[3] ? Number(any[3]) : null;
      notes.push('date: the only date in the text');
    }
  }
  if (!month) {
    flag('date', 'no date in the text');
    return null;
  }
  const datelineYear = dl?.year ?? null;
  const yearSource = year ? 'text' : options.year ? 'option' : datelineYear ? 'dateline' : null;
  year = year ?? options.year ?? datelineYear ?? contextYear(input, month);
  if (!year) {
    flag('date', 'the year is not in the text: pass --year');
    return null;
  }
  if (!yearSource) notes.push(`date: year ${year} inferred from context`);
  let iso = isoDate(year, month, day);
  if (!iso) {
    flag('date', `${year}-${month}-${day} is not a calendar date`);
    return null;
  }
  if (weekday !== null) {
    // "on Saturday" in a report datelined the 23rd: the latest such weekday on or before the dateline date.
    let back = 0;
    while (weekdayOf(iso) !== weekday && back < 7) {
      iso = addDays(iso, -1);
      back++;
    }
    if (back >= 7) flag('date', 'weekday does not fit');
    else if (back > 0) notes.push(`date: "on ${WEEKDAYS[weekday]}" is ${back} day(s) before the dateline`);
  }
  return iso;
}

// prettier-ignore
const CONGRESS: Record<number, [number, number]> = {
  16: [2002, 11], 17: [2007, 10], 18: [2012, 11], 19: [2017, 10], 20: [2022, 10], 21: [2027, 10],
};

/** The year when the report gives none: anniversaries of relations, a Party Congress, or other full dates. */
function contextYear(input: DateInput, month: number): number | null {
  const { text, sentences, partner, review } = input;
  const clues = new Set<number>();
  const since = partner?.relations?.since ? Number(partner.relations.since.slice(0, 4)) : null;
  if (since) {
    for (const s of sentences) {
      if (!/diplomatic (?:relations|ties)/i.test(s)) continue;
      const ago = /\b(\d{1,3}) years ago\b/i.exec(s);
      const anniv = /\b(\d{1,3})(?:st|nd|rd|th) anniversary\b/i.exec(s);
      const n = Number(ago?.[1] ?? anniv?.[1] ?? 0);
      if (n > 0) clues.add(since + n);
    }
  }
  for (const m of text.matchAll(
    /\b(1[6-9]|2[01])(?:st|nd|rd|th) (?:National )?Congress of the (?:Communist Party of China|CPC)|\b(1[6-9]|2[01])(?:st|nd|rd|th) CPC National Congress/gi,
  )) {
    const [y, cm] = CONGRESS[Number(m[1] ?? m[2])] ?? [0, 0];
    if (!y) continue;
    const around = text.slice(Math.max(0, (m.index ?? 0) - 120), (m.index ?? 0) + m[0].length + 40);
    if (/\b(wish|upcoming|ahead of|success|will be|to be held|convene)/i.test(around) && month <= cm + 1)
      clues.add(y);
    else if (/\b(after|since|following|conclu|closing|first)\b/i.test(around) && month >= cm) clues.add(y);
  }
  if (clues.size === 0) {
    // Other full dates in the report ("the forum opens on October 18, 2023"), when they agree on one year.
    const years = new Set<number>();
    for (const m of text.matchAll(
      new RegExp(`\\b${MONTH_RE} \\d{1,2}, (\\d{4})\\b|\\b\\d{1,2} ${MONTH_RE} (\\d{4})\\b`, 'gi'),
    ))
      years.add(Number(m[2] ?? m[4]));
    if (years.size === 1) return [...years][0] ?? null;
  }
  if (clues.size === 1) return [...clues][0] ?? null;
  if (clues.size > 1) review.notes.push(`date: context gives several years (${[...clues].join(', ')})`);
  return null;
}
