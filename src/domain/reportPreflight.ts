/**
 * The one preflight every caller shares (the ingest CLI, ingest:eval and the in-app import panel):
 * `readReport(text, dataset)` checks the text can be read, takes the article out of a saved web page, picks the
 * English or the Chinese reader, and says in one line what is wrong when it cannot give a draft.
 */
import { readChinese } from './reportChinese';
import { readEnglish } from './reportEnglish';
import { articleFromHtml, articleText, looksLikeHtml } from './reportHtml';
import { normalize } from './reportText';
import type { DraftMeeting, ExtractOptions } from './reportTypes';
import type { MeetingCore, Partner, TiersFile } from './schema';

/** The largest report read (a saved page with its inline scripts is well under this). */
export const MAX_REPORT_CHARS = 5_000_000;

/** A reason the text cannot be read at all (empty or binary), or null. */
export function unreadableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'the file is binary (it contains NUL bytes)';
  if (text.trim().length === 0) return 'the file is empty';
  if (text.length > MAX_REPORT_CHARS)
    return `the file is too large (${(text.length / 1e6).toFixed(1)} million characters; a report is at most ${MAX_REPORT_CHARS / 1e6} million)`;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\uFFFD' || (c < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || (c >= 0x7f && c < 0xa0))
      bad++;
  }
  if (bad / text.length > 0.05) return 'the file is not text (too many control or undecodable characters)';
  return null;
}

export function isMostlyChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 20 && han > latin;
}

/** The draft for a report in English or Chinese, plain text (no preflight: see readReport). */
export function extractMeeting(input: string, options: ExtractOptions): DraftMeeting {
  const text = normalize(input);
  return isMostlyChinese(text) ? readChinese(text, options) : readEnglish(text, options);
}

export interface ReportDataset {
  partners: readonly Partner[];
  tiers: TiersFile;
  meetings?: readonly MeetingCore[];
}

export type ReportResult =
  | {
      ok: true;
      draft: DraftMeeting;
      text: string;
      title: string | null;
      /** The report's own https:// address: a saved page's canonical link, or a line of the text. */
      url: string | null;
      html: boolean;
    }
  | { ok: false; reason: string };

/** Preflight and read: a report's text (plain, or a saved web page) → its draft, or one line saying why not. */
export function readReport(
  input: string,
  dataset: ReportDataset,
  opts: { year?: number } = {},
): ReportResult {
  const problem = unreadableReason(input);
  if (problem) return { ok: false, reason: problem };
  let text = input;
  let title: string | null = null;
  let url: string | null =
    /^\s*(?:(?:source|url|来源|链接)\s*[:：]\s*)?(https:\/\/\S+)\s*$/im.exec(input)?.[1] ?? null;
  const html = looksLikeHtml(input);
  if (html) {
    const article = articleFromHtml(input);
    if (!article.body.trim()) return { ok: false, reason: 'the web page has no article text' };
    text = articleText(article);
    title = article.title;
    url = article.url;
  } else title = input.trim().split('\n')[0]?.trim() ?? null;
  const draft = extractMeeting(text, { ...dataset, year: opts.year });
  if (!draft.related)
    return {
      ok: false,
      reason: 'no partner and no partnership wording found; this does not look like a meeting report',
    };
  return { ok: true, draft, text, title, url, html };
}
