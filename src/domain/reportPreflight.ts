/** What every reader shares: is the text readable at all, and which reader takes it. */
import { readChinese } from './reportChinese';
import { readEnglish } from './reportEnglish';
import { normalize } from './reportText';
import type { DraftMeeting, ExtractOptions } from './reportTypes';

/** A reason the text cannot be read at all (empty or binary), or null. */
export function unreadableReason(text: string): string | null {
  if (text.includes('\u0000')) return 'the file is binary (it contains NUL bytes)';
  if (text.trim().length === 0) return 'the file is empty';
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

/** The draft for a report in English or Chinese (no preflight: see readReport). */
export function extractMeeting(input: string, options: ExtractOptions): DraftMeeting {
  const text = normalize(input);
  return isMostlyChinese(text) ? readChinese(text, options) : readEnglish(text, options);
}
