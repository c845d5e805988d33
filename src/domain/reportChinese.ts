/**
 * The Chinese reader: a 新华社/CCTV/MFA report in Chinese → the same draft as an English one. Names are given in
 * English where the tables know them, and kept in Chinese and flagged otherwise; `wording_zh` is as written and
 * `wording_en` comes from the tier rules (see reportBilingual).
 */
import { statusOn } from './status';
import { tierForWording } from './tiers';
import { enForWording, statementOfMeeting, statementTitle } from './reportBilingual';
import { chineseDate } from './reportChineseDate';
import { chinesePartner } from './reportChinesePartner';
import {
  otherSide,
  zhAttendees,
  zhChinaLeader,
  zhCommunity,
  zhPartnerLeader,
  zhPlace,
  zhStatement,
  zhWordings,
  type ZhWordingHit,
} from './reportChineseParts';
import { settleChange } from './reportSettle';
import { CHINESE_CITIES } from './reportTables';
import { addDays } from './reportText';
import { Review, type DraftMeeting, type ExtractOptions } from './reportTypes';

const UP = /(?:提升为|升级为|提升至|提升到|上升为)$/;
const EST = /(?:建立|建立了|宣布建立|决定建立|同意建立|宣布发展|决定发展|同意发展|关于建立|关于发展)$/;
const HISTORY = /\d{4}年|以来|此前|曾经|已经|年来/;
const HOPE = /愿|希望|期待|致力于|努力/;
const DECIDED = /宣布|决定|同意|一致/;

interface WordingFind {
  wording: string | null;
  verb: 'upgraded' | 'established' | null;
  statedBefore: string | null;
}

function findChange(sentences: string[], keep: (h: ZhWordingHit) => boolean): WordingFind {
  const stated: string[] = [];
  for (const s of sentences) {
    const hits = zhWordings(s).filter(keep);
    for (const [i, h] of hits.entries()) {
      const pre = s.slice(0, h.at).replace(/(?:中[\u3400-\u9fff]{1,2})?(?:两国)?(?:关系)?$/, '');
      const post = s.slice(h.at + h.wording.length, h.at + h.wording.length + 6);
      const up = UP.test(pre);
      const est = !up && EST.test(pre);
      const past = HISTORY.test(pre.slice(-12)) || /^\d+周年|^\d+年来|^以来|^已经/.test(post);
      const hoped = HOPE.test(pre.slice(-16)) && !DECIDED.test(pre);
      if ((up || est) && !past && !hoped) {
        const before = up ? hits[i - 1] : undefined;
        return {
          wording: h.wording,
          verb: up ? 'upgraded' : 'established',
          statedBefore: before && /将|把|由|从/.test(s.slice(0, before.at).slice(-6)) ? before.wording : null,
        };
      }
      if (!past) stated.push(h.wording);
    }
  }
  const counts = new Map<string, number>();
  for (const w of stated) counts.set(w, (counts.get(w) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
  return { wording: best?.[0] ?? null, verb: null, statedBefore: null };
}

export function readChinese(text: string, options: ExtractOptions): DraftMeeting {
  const review = new Review();
  const { flag, notes } = review;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const sentences = lines
    .flatMap((l) => l.split(/(?<=[。！？])/))
    .map((s) => s.trim())
    .filter(Boolean);

  const found = chinesePartner(text, options.partners);
  const partner = found.partner;
  const partnerId = partner?.id ?? null;
  if (!partner || found.problem) flag('partner_id', found.problem ?? 'no partner found');

  const date = chineseDate({ lines, sentences, year: options.year, review });
  const place = zhPlace(sentences, text);
  if (!place.city) flag('city', 'no city found');
  else if (place.how === 'guess') flag('city', 'the only city the text names; check it is where they met');
  else if (place.how !== 'meeting') notes.push(`city: from the ${place.how}`);

  const china = zhChinaLeader(text);
  if (!china) flag('china_leader', 'no Chinese leader found');
  const leader = zhPartnerLeader(text, partner);
  if (!leader) flag('partner_leader', 'no partner leader found');
  else if (!leader.en)
    flag('partner_leader', `"${leader.zh}" is not in the table of officials; give it in English`);
  if (!leader?.title) flag('partner_leader_title', 'no title found');

  // Wording and change. Not another partnership named in passing: China–ASEAN, 中欧, a trade agreement.
  const keep = (h: ZhWordingHit) =>
    !otherSide(h.short, partner, options.partners) &&
    !/东盟|中国[—－-]|中欧|中非|中拉|中阿|区域|领域|地区/.test(h.sentence.slice(Math.max(0, h.at - 8), h.at));
  const body = sentences.filter((s) => !/《[^》]*》/.test(s));
  let change = findChange(body, keep);
  const statement = zhStatement(sentences);
  if (!change.verb && statement.title) {
    const fromTitle = findChange([statement.title], () => true);
    if (fromTitle.wording && (fromTitle.verb || !change.wording)) {
      change = { ...fromTitle, wording: change.verb ? change.wording : fromTitle.wording };
      notes.push('wording_zh: read from the joint statement title');
    }
  }
  let wordingZh = change.wording;
  const en = wordingZh ? enForWording(wordingZh, options.tiers, options.meetings) : null;
  let wordingEn = en?.en ?? null;
  let tierAfter = wordingZh ? tierForWording(options.tiers.rules, wordingEn ?? '', wordingZh) : null;
  const prior =
    partnerId && date && options.meetings ? statusOn(options.meetings, partnerId, addDays(date, -1)) : null;
  if (!wordingZh && prior?.tier && prior.wordingEn) {
    // A meeting that names no partnership restates the current one.
    wordingEn = prior.wordingEn;
    tierAfter = prior.tier;
    wordingZh = prior.lastMeeting.wording_zh;
    flag('wording_en', 'the report names no partnership; this is the current one from the dataset');
  } else if (!wordingZh) flag('wording_en', 'no partnership wording found');
  else if (!wordingEn) flag('wording_en', `no English wording known for "${wordingZh}"`);
  if (wordingZh && !tierAfter) flag('tier_after', `no rule maps "${wordingZh}" to a tier`);

  const community = zhCommunity(sentences, partner, options.partners);
  const statementEn = statement.title
    ? (statementTitle(statement.title, 'zh', options.tiers, options.meetings) ??
      statementOfMeeting(partnerId, date, options.tiers, options.meetings))
    : null;
  if (statement.title && !statementEn)
    flag('joint_statement', 'the Chinese title is known; give the English');
  else if (!statement.title && statement.mentioned)
    flag('joint_statement', 'a joint statement is mentioned without a title');

  const attendees = zhAttendees(sentences, china?.name ?? null);
  if (attendees.unknown.length)
    flag('attendees', `not in the table of officials, kept in Chinese: ${attendees.unknown.join('、')}`);

  const settled = settleChange({
    partnerId,
    date,
    options,
    statedBefore: change.statedBefore
      ? (enForWording(change.statedBefore, options.tiers, options.meetings)?.en ?? change.statedBefore)
      : null,
    changeVerb: change.verb,
    wording: wordingEn ?? wordingZh,
    tierAfter,
    reaffirms: community || statement.title !== null || /重申/.test(text),
    flag,
    notes,
  });
  const city = place.city;
  return {
    partner_id: partnerId,
    date,
    city,
    china_leader: china?.name ?? null,
    partner_leader: leader ? (leader.en ?? leader.zh) : null,
    partner_leader_title: leader?.title ?? null,
    tier_before: settled.tierBefore,
    tier_after: tierAfter,
    wording_en: wordingEn,
    wording_zh: wordingZh,
    change: settled.change,
    community_with_shared_future: community,
    joint_statement: statementEn,
    joint_statement_zh: statement.title,
    attendees: attendees.names,
    needs_review: review.ordered(),
    country: city ? (CHINESE_CITIES.has(city) ? 'China' : (partner?.name_en ?? null)) : null,
    venue: place.venue,
    china_leader_title: china?.title ?? null,
    notes,
    related: wordingZh !== null || (partnerId !== null && china !== null),
  };
}
