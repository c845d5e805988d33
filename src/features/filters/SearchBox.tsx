import { useId, useMemo, useState } from 'react';
import type { Partner } from '../../domain/schema';
import { searchAll, type SearchHit } from '../../domain/search';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { partnerName } from '../../ui/format';
import { loadCjkFont } from '../../ui/cjkFont';

function hitKey(hit: SearchHit): string {
  return hit.target.kind === 'partner' ? hit.target.partner.id : `area-${hit.target.area.key}`;
}

/**
 * Combobox with suggestions over everything on the map: partners by English and Chinese names and aliases (East
 * Timor, 东帝汶), typos and variants (Brasil, Egipt), and areas without a tier (Taiwan, Hong Kong) with their status.
 */
export function SearchBox({
  partners,
  onPick,
  onPickArea,
  lang,
}: {
  partners: readonly Partner[];
  onPick: (id: string) => void;
  onPickArea?: (key: string) => void;
  lang: Lang;
}) {
  const t = translator(lang);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchAll(partners, query, 8), [partners, query]);

  const pick = (hit: SearchHit) => {
    if (hit.target.kind === 'partner') onPick(hit.target.partner.id);
    else onPickArea?.(hit.target.area.key);
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
        aria-activedescendant={open && hits[active] ? `${id}-${hitKey(hits[active]!)}` : undefined}
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
            pick(hits[active]!);
          } else if (e.key === 'Escape' && open && query !== '') {
            // Closes the list only, not the panel behind it.
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {open && query !== '' && (
        <ul id={`${id}-list`} role="listbox" className="search-list" aria-label={t('search')}>
          {hits.length === 0 && <li className="search-empty">{t('noMatch')}</li>}
          {hits.map((hit, i) => {
            const zh = lang === 'zh';
            const target = hit.target;
            const name =
              target.kind === 'partner'
                ? partnerName(target.partner, lang)
                : zh
                  ? target.area.name_zh
                  : target.area.name_en;
            const alt =
              target.kind === 'area'
                ? zh
                  ? target.area.status_zh
                  : target.area.status_en
                : hit.matched !== name
                  ? hit.matched
                  : zh
                    ? target.partner.name_en
                    : target.partner.name_zh;
            return (
              <li
                key={hitKey(hit)}
                id={`${id}-${hitKey(hit)}`}
                role="option"
                aria-selected={i === active}
                className={`${i === active ? 'is-active' : ''}${target.kind === 'area' ? ' is-area' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(hit);
                }}
              >
                <span className="search-name">{name}</span>
                <span className="search-alt">{alt}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
