import type { Region, Tier, TierId } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { regionName, tierName } from '../../ui/format';
import { readerText } from '../../ui/readerText';

export interface TableFilterState {
  /** The as-of year; null = latest. */
  asOf: number | null;
  tiers: readonly TierId[];
  regions: readonly Region[];
}

/** The filters shaping the table, each a chip that removes it, and "Clear all". */
export function TableFilters({
  state,
  tiers,
  lang,
  onChange,
}: {
  state: TableFilterState;
  tiers: ReadonlyMap<TierId, Tier>;
  lang: Lang;
  onChange: (next: Partial<TableFilterState>) => void;
}) {
  const r = readerText(lang);
  const chips: { key: string; kind: string; label: string; remove: () => void }[] = [];
  if (state.asOf !== null)
    chips.push({
      key: 'year',
      kind: r('yearChip'),
      label: String(state.asOf),
      remove: () => onChange({ asOf: null }),
    });
  for (const id of state.tiers) {
    const tier = tiers.get(id);
    chips.push({
      key: `tier-${id}`,
      kind: r('tiersChip'),
      label: tier ? tierName(tier, lang) : id,
      remove: () => onChange({ tiers: state.tiers.filter((t) => t !== id) }),
    });
  }
  for (const region of state.regions)
    chips.push({
      key: `region-${region}`,
      kind: r('regionChip'),
      label: regionName(region, lang),
      remove: () => onChange({ regions: state.regions.filter((x) => x !== region) }),
    });
  const sep = lang === 'zh' ? '：' : ': ';
  return (
    <div className="table-filters">
      <span className="table-filters-label">{r('showing')}</span>
      {chips.length === 0 ? (
        <span className="muted">{r('allPartners')}</span>
      ) : (
        <ul className="chip-list">
          {chips.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                className="filter-chip"
                onClick={c.remove}
                aria-label={`${r('removeFilter')}: ${c.kind}${sep}${c.label}`}
              >
                <span className="filter-chip-kind">
                  {c.kind}
                  {sep}
                </span>
                {c.label}
                <span aria-hidden="true" className="filter-chip-x">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chips.length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ asOf: null, tiers: [], regions: [] })}
        >
          {r('clearAll')}
        </button>
      )}
    </div>
  );
}
