/** Place and people in English reports: venue and city, China's principal, the partner's, and the attendees. */
import type { MeetingCore, Partner } from './schema';
import { findPartnerHits, leaderIndex, partnerNames } from './reportPartners';
import { CHINA_TITLES, CHINESE_LEADERS, cleanName, NAME, PARTNER_TITLES, SHORT_NAME } from './reportTables';
import { escapeRe, L, wordRe } from './reportText';

export interface Person {
  name: string;
  title: string | null;
}

/** The venue ("at the Great Hall of the People") and the city the meeting was held in. */
export function englishPlace(
  text: string,
  sentences: string[],
  partners: readonly Partner[],
  datelineCity: string | null,
): { venue: string | null; city: string | null; fromDateline: boolean } {
  const venueM =
    /\bat (?:the )?((?:[A-Z][\w'-]*|of|the) ?(?:[A-Z][\w'-]* ?|of |the )*?(?:House|Hall of the People|Hall|Palace|Guesthouse|Guest House|Center|Centre|Building|Office|Residence|Istana|Kremlin)\b)/.exec(
      text,
    );
  const venue = venueM?.[1]?.trim() ?? null;
  let city: string | null = null;
  for (const s of sentences) {
    if (!/\b(met|meet|meets|meeting|talks|summit|video link)\b/i.test(s)) continue;
    for (const m of s.matchAll(new RegExp(`\\bin ((?:[A-Z][${L}-]+)(?: [A-Z][${L}-]+)?)`, 'gu'))) {
      const cand = m[1] ?? '';
      if (
        /^(?:The|This|January|February|March|April|May|June|July|August|September|October|November|December|China|Chinese)$/.test(
          cand,
        )
      )
        continue;
      if (findPartnerHits(cand, partners).length > 0) continue;
      if (/^(?:Great|Hall|State|Palace|People)/.test(cand)) continue;
      city = cand;
      break;
    }
    if (city) break;
  }
  if (!city && venue) {
    if (/Great Hall of the People|Diaoyutai|Zhongnanhai/i.test(venue)) city = 'Beijing';
    else if (/West Lake State Guest ?House/i.test(venue)) city = 'Hangzhou';
    else {
      const v = /^([A-Z][a-z]+) State Guest ?House/.exec(venue);
      if (v?.[1]) city = v[1];
    }
  }
  if (!city && datelineCity) return { venue, city: datelineCity, fromDateline: true };
  return { venue, city, fromDateline: false };
}

/** China's principal: a title and a known name, else the first known leader named. `sure` when titled. */
export function englishChinaLeader(text: string): { value: Person; sure: boolean } | null {
  const titled = new RegExp(`(?:Chinese |China's )?(${CHINA_TITLES}) (${NAME})`, 'gu');
  for (const m of text.matchAll(titled)) {
    const name = cleanName(m[2] ?? '');
    const known = CHINESE_LEADERS.find((k) => name.startsWith(k));
    if (known) return { value: { name: known, title: m[1] ?? null }, sure: true };
    if (/^Chinese /.test(m[0])) return { value: { name, title: m[1] ?? null }, sure: false };
  }
  for (const k of CHINESE_LEADERS)
    if (wordRe(k).test(text)) return { value: { name: k, title: null }, sure: false };
  return null;
}

export interface PartnerLeaderInput {
  text: string;
  /** The text without accents, for matching the dataset's leader names. */
  plainText: string;
  partner: Partner | null;
  partnersById: Map<string, Partner>;
  meetings: readonly MeetingCore[];
  /** Leader names (accent-stripped) the text mentions. */
  leadersNamed: Set<string>;
}

/** The partner's principal: titled and tied to the partner's name, a known leader, or any non-Chinese titled name. */
export function englishPartnerLeader(input: PartnerLeaderInput): Person | null {
  const { text, plainText, partner, partnersById } = input;
  const leaders = leaderIndex(input.meetings);
  const isChinese = (n: string) => CHINESE_LEADERS.some((k) => n.startsWith(k) || k.startsWith(n));
  const memberNames = partner?.members
    ? partner.members.flatMap((id) => {
        const p = partnersById.get(id);
        return p ? partnerNames(p, false) : [];
      })
    : [];
  const sideNames = partner ? [...partnerNames(partner, false), ...memberNames] : [];
  const side = sideNames.length
    ? `(?:${sideNames
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')})`
    : null;
  const patterns: RegExp[] = [];
  if (side) {
    patterns.push(new RegExp(`(${PARTNER_TITLES}) (${SHORT_NAME}) of (?:the )?${side}(?![\\p{L}])`, 'gu'));
    patterns.push(new RegExp(`${side}(?:'s)? (${PARTNER_TITLES}) (${SHORT_NAME})`, 'gu'));
    patterns.push(
      new RegExp(`(${NAME}), (?:the )?(${PARTNER_TITLES}) of (?:the )?${side}(?![\\p{L}])`, 'gu'),
    );
  }
  for (const [i, re] of patterns.entries()) {
    for (const m of text.matchAll(re)) {
      const [title, name] = i === 2 ? [m[2], m[1]] : [m[1], m[2]];
      const n = cleanName((name ?? '').replace(/^(?:Haji|His Majesty|Her Majesty|H\.E\.) /, ''));
      if (!n || isChinese(n)) continue;
      return { name: n, title: title ?? null };
    }
  }
  // Known leaders of this partner (dataset), as spelled in the text.
  for (const name of input.leadersNamed) {
    const info = leaders.index.get(name);
    if (!info || info.partnerId !== partner?.id) continue;
    const m = wordRe(name, 'u').exec(plainText);
    if (!m) continue;
    // Accent stripping keeps positions for NFC text, so the name can be copied as written.
    const written = plainText.length === text.length ? text.slice(m.index, m.index + name.length) : name;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const t = new RegExp(`(${PARTNER_TITLES})(?: of the [^,]*?)? $`).exec(before);
    return { name: written, title: t?.[1] ?? info.title };
  }
  // Any titled name that is not Chinese.
  for (const m of text.matchAll(new RegExp(`(?<!Chinese |Vice )(${PARTNER_TITLES}) (${NAME})`, 'gu'))) {
    const n = cleanName(m[2] ?? '');
    if (isChinese(n) || /^(?:Xi|Li)\b/.test(n)) continue;
    return { name: n, title: m[1] ?? null };
  }
  return null;
}

/** Names in the sentence "X, Y and Z attended the talks", leaving out the two principals. */
export function englishAttendees(sentences: string[], principals: (string | undefined)[]): string[] {
  const attendees: string[] = [];
  for (const s of sentences) {
    const m = /^(.*?)\b(?:attended|were present at|also attended|were also present)\b/i.exec(s);
    if (
      !m ||
      !/\battended (?:the |both |these |)(?:meeting|talks|events?|ceremony|welcome|banquet|signing|above)|were (?:also )?present/i.test(
        s,
      )
    )
      continue;
    const clause = (m[1] ?? '').replace(/\band others\b/i, '');
    for (const n of clause.matchAll(
      new RegExp(`(?<![${L}])([A-Z][a-z]+ [A-Z][a-z'-]+(?:-[a-z]+)?)(?![${L}])`, 'gu'),
    )) {
      const name = n[1] ?? '';
      if (/^(?:Senior|Chinese|Other|Officials|Leaders|State|Foreign|Vice|Premier|President)\b/.test(name))
        continue;
      if (principals.includes(name)) continue;
      if (!attendees.includes(name)) attendees.push(name);
    }
    if (attendees.length) break;
  }
  return attendees;
}
