/** The English reader: a wire report (Xinhua, MFA) in English → a draft meeting record. */
import type { Partner } from './schema';
import { tierForWording } from './tiers';
import { statementTitle, zhForWording } from './reportBilingual';
import { englishDate, parseDateline } from './reportEnglishDate';
import {
  englishAttendees,
  englishChinaLeader,
  englishPartnerLeader,
  englishPlace,
} from './reportEnglishPeople';
import { findPartnerHits, leaderIndex, partnerNames } from './reportPartners';
import { settleChange } from './reportSettle';
import { CHINESE_CITIES } from './reportTables';
import { escapeRe, splitSentences, stripAccents } from './reportText';
import { Review, type DraftMeeting, type ExtractOptions } from './reportTypes';
import { ESTABLISH_RE, findJointStatement, findWordings, UPGRADE_RE } from './reportWording';

/** A partnership named in passing for a region or a group (China-ASEAN, China-EU, China-Africa, ...). */
const REGIONAL_BEFORE =
  /\b(?:China-(?:ASEAN|EU|Africa|Arab|CELAC|Central Asia|Pacific Island|Latin America)|(?:ASEAN|EU|Africa|Arab)-China|Asia-Pacific)\s+(?:[a-z][a-z-]*\s+)*$/;

export function readEnglish(text: string, options: ExtractOptions): DraftMeeting {
  const sentences = splitSentences(text);
  const review = new Review();
  const { flag, notes } = review;
  const partnersById = new Map(options.partners.map((p) => [p.id, p]));
  const leaders = leaderIndex(options.meetings ?? []);
  const dl = parseDateline(text);

  // --- partner
  const hits = findPartnerHits(text, options.partners);
  const scores = new Map<string, number>();
  const add = (id: string, s: number) => scores.set(id, (scores.get(id) ?? 0) + s);
  for (const h of hits) {
    const inDateline = dl && h.index < dl.end && h.index < 300;
    const around = text.slice(Math.max(0, h.index - 12), h.index + h.length + 12);
    let s = inDateline ? 0.3 : 1;
    if (
      /China[-\s]$|China and $|-China\b|^[^]*?\S+[-]China/.test(
        text.slice(Math.max(0, h.index - 10), h.index),
      ) ||
      /^[-]China\b/.test(text.slice(h.index + h.length, h.index + h.length + 7))
    )
      s += 1.5;
    if (
      /\b(?:of|from)\s*$/.test(around.slice(0, 12)) ||
      /^\s*(?:President|Prime Minister|King|Emir|Sultan)/.test(
        text.slice(h.index + h.length, h.index + h.length + 16),
      )
    )
      s += 0.5;
    add(h.id, s);
  }
  const plainText = stripAccents(text);
  const leadersNamed = new Set<string>();
  if (leaders.re) for (const m of plainText.matchAll(leaders.re)) leadersNamed.add(m[0]);
  for (const name of leadersNamed) {
    const info = leaders.index.get(name);
    if (info) add(info.partnerId, 2);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  let partnerId: string | null = null;
  if (ranked[0] && ranked[0][1] >= 1) {
    partnerId = ranked[0][0];
    const second = ranked[1];
    if (
      second &&
      second[1] >= ranked[0][1] * 0.8 &&
      !partnersById.get(partnerId)?.members?.includes(second[0])
    )
      flag('partner_id', `both ${partnerId} and ${second[0]} are named often`);
  } else flag('partner_id', 'no partner country or organization found');
  const partner: Partner | null = partnerId ? (partnersById.get(partnerId) ?? null) : null;
  const partnerRe = partner
    ? new RegExp(
        partnerNames(partner, false)
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|'),
      )
    : null;

  // --- wordings (not a regional one named in passing, unless the partner is that organization)
  const regional = (t: string, at: number) =>
    partner?.kind === 'country' && REGIONAL_BEFORE.test(t.slice(Math.max(0, at - 80), at));
  const statement = findJointStatement(text);
  const bodyText = statement.title ? text.replace(statement.title, ' ') : text;
  const bodySentences = splitSentences(bodyText);
  let changeVerb: 'upgraded' | 'established' | null = null;
  let wording: string | null = null;
  let statedBefore: string | null = null;
  for (const s of bodySentences) {
    if (/diplomatic (?:relations|ties)/i.test(s) && !/partnership/i.test(s)) continue;
    const up = UPGRADE_RE.exec(s);
    const est = ESTABLISH_RE.exec(s);
    const m = up ?? est;
    if (!m) continue;
    if (
      /\b(will|would|hope[sd]? to|expect|look(?:s|ed)? forward|willing|ready)\b/i.test(s.slice(0, m.index)) &&
      !/\b(announced?|decided|agreed)\b/i.test(s)
    )
      continue;
    // "this year marks the 10th anniversary of the establishment of the ... partnership" is history, not news.
    if (
      !up &&
      /\b(anniversary|years ago|since the establishment|back in)\b/i.test(s.slice(0, m.index + m[0].length))
    )
      continue;
    const from = s.slice(m.index);
    const found = findWordings(from).filter((f) => !regional(from, f.index));
    const toPart = /\bto (?:a |an |the )?/i.exec(from.slice(m[1]?.length ?? 0));
    let pick = found[0];
    if (up && toPart) {
      const toAt = (m[1]?.length ?? 0) + toPart.index;
      pick = found.find((f) => f.index > toAt) ?? pick;
      const fromM = /\bfrom (?:a |an |the )?([^.;]*?partnership)/i.exec(from);
      if (fromM) statedBefore = findWordings(fromM[1] ?? '')[0]?.wording ?? null;
    }
    if (!pick) continue;
    changeVerb = up ? 'upgraded' : 'established';
    wording = pick.wording;
    break;
  }
  if (!wording && statement.title) {
    const w = findWordings(statement.title)[0];
    if (w) {
      wording = w.wording;
      if (/elevat|upgrad/i.test(statement.title)) changeVerb = 'upgraded';
      else if (/establish/i.test(statement.title)) changeVerb = 'established';
      notes.push('wording_en: read from the joint statement title');
    }
  }
  if (!wording) {
    const all = findWordings(bodyText).filter(
      (w) => !/^(?:strategic|cooperative)$/.test(w.wording) && !regional(bodyText, w.index),
    );
    const counts = new Map<string, number>();
    for (const w of all) counts.set(w.wording, (counts.get(w.wording) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
    if (best) wording = best[0];
  }
  const tierAfter = wording ? tierForWording(options.tiers.rules, wording) : null;
  if (!wording) flag('wording_en', 'no partnership wording found');
  else if (!tierAfter) flag('tier_after', `no rule maps "${wording}" to a tier`);

  // --- community with a shared future (bilateral only, not "for mankind" or a regional one)
  let community = false;
  for (const s of sentences) {
    for (const m of s.matchAll(/communit(?:y|ies) with a shared future/gi)) {
      const at = m.index ?? 0;
      const prefix = s.slice(Math.max(0, at - 40), at);
      const rest = s.slice(at, at + 60);
      if (/for (?:all )?mankind|for humanity|of mankind/i.test(rest)) continue;
      if (
        /(Africa|Arab|Latin America|LAC|Central Asia|Asia-Pacific|Pacific|neighbou?rhood|Lancang|global|cyberspace)\b[^,.]*$/i.test(
          prefix,
        )
      )
        continue;
      if (/\b(ASEAN)\b/.test(prefix) && partnerId !== 'ASEAN') continue;
      if (
        /\b(?:bilateral|two countries|both countries|two sides)\b/i.test(s) ||
        (partnerRe && partnerRe.test(s))
      )
        community = true;
    }
  }

  const date = englishDate({ text, sentences, dateline: dl, partner, options, review });
  const place = englishPlace(text, sentences, options.partners, dl?.city ?? null);
  const { venue, city } = place;
  if (place.fromDateline) notes.push('city: from the dateline');
  if (!city) flag('city', 'no city found');

  const china = englishChinaLeader(text);
  if (!china) flag('china_leader', 'no Chinese leader found');
  const partnerLeader = englishPartnerLeader({
    text,
    plainText,
    partner,
    partnersById,
    meetings: options.meetings ?? [],
    leadersNamed,
  });
  if (!partnerLeader) flag('partner_leader', 'no partner leader found');
  else if (!partnerLeader.title) flag('partner_leader_title', 'no title found');
  const attendees = englishAttendees(sentences, [china?.value.name, partnerLeader?.name]);

  const { change, tierBefore } = settleChange({
    partnerId,
    date,
    options,
    statedBefore,
    changeVerb,
    wording,
    tierAfter,
    reaffirms:
      community || statement.title !== null || statement.described !== null || /\breaffirm/i.test(text),
    flag,
    notes,
  });

  let jointStatement = statement.title;
  if (!jointStatement && statement.described) {
    jointStatement = statement.described;
    flag('joint_statement', 'the report describes the joint statement but does not give its title');
  } else if (!jointStatement && statement.mentioned)
    flag('joint_statement', 'a joint statement is mentioned without a title');

  return {
    partner_id: partnerId,
    date,
    city,
    china_leader: china?.value.name ?? null,
    partner_leader: partnerLeader?.name ?? null,
    partner_leader_title: partnerLeader?.title ?? null,
    tier_before: tierBefore,
    tier_after: tierAfter,
    wording_en: wording,
    wording_zh: wording ? zhForWording(wording, options.tiers, options.meetings) : null,
    change,
    community_with_shared_future: community,
    joint_statement: jointStatement,
    joint_statement_zh: statement.title
      ? statementTitle(statement.title, 'en', options.tiers, options.meetings)
      : null,
    attendees,
    needs_review: review.ordered(),
    country: dl?.country ?? (city && CHINESE_CITIES.has(city) ? 'China' : null),
    venue,
    china_leader_title: china?.value.title ?? null,
    notes,
    // A meeting report names a partnership, or at least a partner and a Chinese leader.
    related: wording !== null || (partnerId !== null && china !== null),
  };
}
