/**
 * Chinese names of people, titles and places for the Chinese interface (data/names-zh.json, keyed by the English
 * name the dataset uses; its sources are listed in the file). A name the table does not have stays in English.
 */
import table from '../../data/names-zh.json';
import type { Lang } from '../url/viewState';

type Kind = 'people' | 'titles' | 'partner_titles' | 'places';
const maps: Record<Kind, Record<string, string>> = {
  people: table.people,
  titles: table.titles,
  partner_titles: table.partner_titles,
  places: table.places,
};

export function localName(kind: Kind, english: string | null | undefined, lang: Lang): string {
  if (!english) return '';
  if (lang !== 'zh') return english;
  return maps[kind][english] ?? english;
}

/** "Xi Jinping, President" in English; "国家主席习近平" in Chinese (title before name, as Chinese writes it). */
export function principalText(
  p: { name: string; title: string | null } | null | undefined,
  side: 'china' | 'partner',
  lang: Lang,
): string {
  if (!p) return '';
  if (lang !== 'zh') return p.title ? `${p.name}, ${p.title}` : p.name;
  const title = localName(side === 'china' ? 'titles' : 'partner_titles', p.title, lang);
  const name = localName('people', p.name, lang);
  return title ? `${title}${title === p.title ? ' ' : ''}${name}` : name;
}

export const DATASET_TITLE_ZH = table.meta.title;
export const WORDING_NOTE_ZH = table.meta.wording_note;
