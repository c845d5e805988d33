/**
 * The one dictionary of the atlas: interface and chart text in English and Chinese (./text/en.ts, ./text/zh.ts),
 * with the reader's, the change view's and the import panel's words beside them in ./text/. Data text (names,
 * tier names) comes from the dataset (./format.ts).
 */
import type { Lang } from '../url/viewState';
import { en, type MessageKey } from './text/en';
import { zh } from './text/zh';
import { readerEn, readerZh, type ReaderTextKey } from './text/reader';
import { changesEn, changesZh, type ChangeTextKey } from './text/changes';
import { importEn, importZh, type ImportText } from './text/import';

export type { MessageKey, ReaderTextKey, ChangeTextKey, ImportText };

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

/** The change view's words. */
export function changeText(lang: Lang): (key: ChangeTextKey) => string {
  const dict = lang === 'zh' ? changesZh : changesEn;
  return (key) => dict[key];
}

/** The import panel's words (a curator's tool). */
export function importText(lang: Lang): ImportText {
  return lang === 'zh' ? importZh : importEn;
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
