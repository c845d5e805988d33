import type { PartnerRow } from '../../domain/filters';
import { matchesFilter, type RowFilter } from '../../domain/filters';
import type { TierId } from '../../domain/schema';
import { BASE_COLORS, tierColor } from '../../domain/tiers';
import type { Lang } from '../../url/filters';
import { partnerName, translator } from '../../ui/i18n';
import { noTierLabel } from '../../ui/readerText';
import { Swatch } from '../../ui/Swatch';

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
  const orgs = rows.filter((r) => r.partner.kind === 'organization');
  if (orgs.length === 0) return null;
  return (
    <section className="org-list" aria-labelledby="org-list-title">
      <h2 id="org-list-title" className="legend-title">
        {t('organizations')}
      </h2>
      <ul>
        {orgs.map((r) => {
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
    </section>
  );
}
