import { useState } from 'react';
import type { PartnerRow } from '../../domain/filters';
import { matchesFilter, type RowFilter } from '../../domain/filters';
import type { TierId } from '../../domain/schema';
import { BASE_COLORS, tierColor } from '../../domain/tiers';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { partnerName } from '../../ui/format';
import { noTierLabel } from '../../ui/readerText';
import { Swatch } from '../../ui/Swatch';
import '../../ui/legend.css';

const ORG_LIMIT = 40;

/** Regional organisations have no shape on the map: they are listed beside it. */
export function OrgList({
  rows,
  filter,
  tierNames,
  lang,
  onOpen,
  selectedId,
}: {
  rows: readonly PartnerRow[];
  filter: RowFilter;
  tierNames: ReadonlyMap<TierId, string>;
  lang: Lang;
  onOpen: (id: string) => void;
  selectedId: string | null;
}) {
  const t = translator(lang);
  const [all, setAll] = useState(false);
  const orgs = rows.filter((r) => r.partner.kind === 'organization');
  if (orgs.length === 0) return null;
  // A long list (the bench's ten-times-larger partner set has some 1,800 organisations) shows the first ones, those
  // the filters keep first, and the rest on demand: a tier toggle then repaints a few dozen rows, not thousands.
  const ordered =
    orgs.length > ORG_LIMIT
      ? [...orgs].sort((a, b) => Number(matchesFilter(b, filter)) - Number(matchesFilter(a, filter)))
      : orgs;
  const shown = all ? ordered : ordered.slice(0, ORG_LIMIT);
  return (
    <section className="org-list" aria-labelledby="org-list-title">
      <h2 id="org-list-title" className="legend-title">
        {t('organizations')}
      </h2>
      <ul>
        {shown.map((r) => {
          const on = matchesFilter(r, filter);
          const label = r.tier ? tierNames.get(r.tier) : noTierLabel('organization', lang);
          return (
            <li key={r.partner.id} className={on ? undefined : 'is-off'}>
              <button
                type="button"
                className={`org-button${selectedId === r.partner.id ? ' is-selected' : ''}`}
                onClick={() => onOpen(r.partner.id)}
                aria-label={`${partnerName(r.partner, lang)}: ${r.status?.wordingEn ?? label}`}
              >
                {r.tier && on ? (
                  <Swatch color={tierColor(r.tier)} />
                ) : (
                  <Swatch color={BASE_COLORS.diplomatic} shape="outline" />
                )}
                <span className="org-name">{partnerName(r.partner, lang)}</span>
                <span className="org-tier">{label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {orgs.length > ORG_LIMIT && (
        <button type="button" className="link-button" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all ? t('showFewer') : `${t('showAll')} (${orgs.length})`}
        </button>
      )}
    </section>
  );
}
