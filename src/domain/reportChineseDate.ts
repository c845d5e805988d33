/**
 * Dates in Chinese reports. The meeting date comes from the body: a full date, a month and day, or a day alone
 * ("14日", "当地时间13日") that takes its month and year from the dateline (新华社北京1月10日电) or the page's
 * publication line (央视网 2024年06月19日). The publication date itself is not the meeting date: it is used only
 * when the body gives none, and then flagged.
 */
import { isoDate } from './reportText';
import type { Review } from './reportTypes';

interface Ymd {
  y: number | null;
  m: number;
  d: number;
}

/** The publication date in the first lines: "央视网 2024年06月19日 19:21", "发布时间：2013-07-16", "2013-07-16 21:30". */
export function publicationDate(lines: string[]): Ymd | null {
  for (const line of lines.slice(0, 4)) {
    if (line.length > 60 && !/来源|发布|央视网|新华网|外交部/.test(line)) continue;
    const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(line);
    if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  return null;
}

const MEETING = /会谈|会见|会晤|通话|举行.{0,6}会|共同宣布|宣布|一致决定/;
const CEREMONY = /欢迎仪式|举行仪式|举行隆重仪式/;
const ARRIVAL = /抵达|乘专机|乘包机|离开北京/;

/** A date written in one sentence, relative to a reference date for a day alone. */
function dateIn(s: string, ref: Ymd | null, pub: Ymd | null): Ymd | null {
  const full = /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/.exec(s);
  if (full) return { y: Number(full[1]), m: Number(full[2]), d: Number(full[3]) };
  const md = /(?<![\d年])(\d{1,2})月(\d{1,2})[日号]/.exec(s);
  if (md) {
    const m = Number(md[1]);
    const y = ref?.y ? (ref.m < m ? ref.y - 1 : ref.y) : null;
    return { y, m, d: Number(md[2]) };
  }
  const day = /(?<![\d月年])(\d{1,2})[日号](?!电)/.exec(s);
  if (day && ref) {
    const d = Number(day[1]);
    if (d < 1 || d > 31) return null;
    let { y, m } = ref;
    if (d > ref.d) m -= 1;
    if (m < 1) {
      m = 12;
      y = y === null ? null : y - 1;
    }
    return { y, m, d };
  }
  if (/今天|今日/.test(s) && pub) return pub;
  return null;
}

export interface ZhDateInput {
  lines: string[];
  sentences: string[];
  year?: number;
  review: Review;
}

export function chineseDate({ lines, sentences, year, review }: ZhDateInput): string | null {
  const { flag, notes } = review;
  const header = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/i.exec(lines[0] ?? '');
  if (header) return isoDate(Number(header[1]), Number(header[2]), Number(header[3]));
  const pub = publicationDate(lines);
  const dl = /新华社([\u3400-\u9fff]{2,8}?)(\d{1,2})月(\d{1,2})日电/.exec(lines.slice(0, 4).join('\n'));
  const ref: Ymd | null = dl
    ? { y: pub?.y ?? year ?? null, m: Number(dl[2]), d: Number(dl[3]) }
    : pub
      ? { ...pub, y: year ?? pub.y }
      : null;
  // The first dated sentence about the meeting; else the welcome ceremony's (talks "after the ceremony"); else
  // the arrival's.
  let found: Ymd | null = null;
  let from = '';
  for (const [kind, re] of [
    ['meeting', MEETING],
    ['ceremony', CEREMONY],
    ['arrival', ARRIVAL],
  ] as const) {
    for (const written of sentences) {
      const s = written.replace(/新华社[\u3400-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电/, '');
      if (!re.test(s) || (kind === 'meeting' && (CEREMONY.test(s) || ARRIVAL.test(s)))) continue;
      const d = dateIn(s, ref, pub);
      if (d) {
        found = d;
        from = kind;
        break;
      }
    }
    if (found) break;
  }
  if (!found && dl && ref) {
    found = ref;
    from = 'dateline';
  }
  if (!found && pub) {
    found = pub;
    flag('date', 'the text gives no meeting date; this is the publication date');
  }
  if (!found) {
    flag('date', 'no date in the text');
    return null;
  }
  const y = found.y ?? year ?? null;
  if (!y) {
    flag('date', 'the year is not in the text: pass --year');
    return null;
  }
  const iso = isoDate(y, found.m, found.d);
  if (!iso) {
    flag('date', `${y}-${found.m}-${found.d} is not a calendar date`);
    return null;
  }
  if (from === 'arrival') flag('date', 'only the arrival is dated; the meeting may be a day later');
  else if (from === 'ceremony') notes.push('date: the welcome ceremony before the talks');
  else if (from === 'dateline') notes.push('date: from the dateline');
  if (pub && iso > (isoDate(pub.y ?? y, pub.m, pub.d) ?? iso)) {
    flag('date', 'the date is after the publication date');
  }
  return iso;
}
