/**
 * The one dictionary of the atlas: interface and chart text in English and Chinese (./text/en.ts, ./text/zh.ts),
 * with the reader's words beside them (./text/reader.ts). The change view's and the import panel's words are part of
 * the same dictionary, in ./text/changes.ts and ./text/import.ts with their own accessors, so that they load with
 * their views and not on the first view. Data text (names, tier names) comes from the dataset (./format.ts).
 */
import type { Lang } from '../url/viewState';
import { en, type MessageKey } from './text/en';
import { zh } from './text/zh';
import { readerEn, readerZh, type ReaderTextKey } from './text/reader';

export type { MessageKey, ReaderTextKey };

export type Translate = (key: MessageKey) => string;

export function translator(lang: Lang): Translate {
  const dict = lang === 'zh' ? zh : en;
  return (key) => dict[key];
}

/** The words of tooltips, the table and the Methodology. */
export function readerText(lang: Lang): (key: ReaderTextKey) => string {
  const dict = lang === 'zh' ? readerZh : readerEn;
  return (key) => dict[key];
}

/**
 * The Han characters the English interface itself shows (the language button, the search example). The build ships a
 * tiny font with just these (vite.config.ts, cjkUiFont) so they never render as empty boxes on systems without a
 * Chinese font; everything else Chinese loads Noto Sans SC on demand (src/ui/cjkFont.ts).
 */
export function englishInterfaceHan(): string[] {
  const chars = new Set<string>();
  for (const text of Object.values(en)) for (const c of text) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  return [...chars].sort();
}
