import { useId, useMemo, useState } from 'react';
import type { Partner } from '../../domain/schema';
import { searchPartners } from '../../domain/search';
import type { Lang } from '../../url/filters';
import { partnerName, translator } from '../../ui/i18n';
import { loadCjkFont } from '../../ui/cjkFont';

/** Combobox with suggestions; knows English and Chinese names and aliases (East Timor, 东帝汶). */
export function SearchBox({
  partners,
  onPick,
  lang,
}: {
  partners: readonly Partner[];
  onPick: (id: string) => void;
  lang: Lang;
}) {
  const t = translator(lang);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchPartners(partners, query, 8), [partners, query]);

  const pick = (partnerId: string) => {
    onPick(partnerId);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search-box">
      <label htmlFor={id} className="control-label">
        {t('search')}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={open && query !== ''}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && hits[active] ? `${id}-${hits[active]!.partner.id}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => void loadCjkFont()}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && hits[active]) {
            e.preventDefault();
            pick(hits[active]!.partner.id);
          } else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query !== '' && (
        <ul id={`${id}-list`} role="listbox" className="search-list" aria-label={t('search')}>
          {hits.length === 0 && <li className="search-empty">{t('noMatch')}</li>}
          {hits.map((hit, i) => {
            const name = partnerName(hit.partner, lang);
            return (
              <li
                key={hit.partner.id}
                id={`${id}-${hit.partner.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(hit.partner.id);
                }}
              >
                {name}
                <span className="search-alt">
                  {hit.matched !== name
                    ? hit.matched
                    : lang === 'zh'
                      ? hit.partner.name_en
                      : hit.partner.name_zh}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
