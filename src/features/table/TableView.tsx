import { useMemo, useState } from 'react';
import type { AsOf, AtlasIndex } from '../../domain/atlas';
import type { PartnerRow, RowFilter } from '../../domain/filters';
import { buildStatusIndex, yearEnd } from '../../domain/status';
import type { Lang } from '../../url/viewState';
import { PartnerTable } from './PartnerTable';
import type { TableFilterState } from './TableFilters';

export function TableView({
  index,
  rows,
  shownRows,
  filter,
  asOf,
  lang,
  onOpen,
  onFilters,
}: {
  index: AtlasIndex;
  rows: readonly PartnerRow[];
  /** The rows the row filter lets through. */
  shownRows: readonly PartnerRow[];
  filter: RowFilter;
  asOf: AsOf;
  lang: Lang;
  onOpen: (id: string) => void;
  /** A chip removed or the filters cleared: the as-of year and the row filter to write. */
  onFilters: (next: Partial<TableFilterState>) => void;
}) {
  const years = useMemo(() => {
    const out: number[] = [];
    for (let y = index.firstYear - 1; y < asOf.year; y++) out.push(y);
    return out;
  }, [index.firstYear, asOf.year]);
  const [compare, setCompare] = useState(2013);
  const compareYear = Math.min(Math.max(compare, years[0] ?? compare), asOf.year - 1);
  const earlier = useMemo(
    () => buildStatusIndex(index.byPartner, yearEnd(compareYear)),
    [index, compareYear],
  );
  return (
    <PartnerTable
      rows={shownRows}
      totalCount={rows.length}
      earlier={earlier}
      compareYear={compareYear}
      compareYears={years}
      onCompareYear={setCompare}
      tiers={index.tiersById}
      lang={lang}
      asOf={asOf.date}
      filters={{ asOf: asOf.chosen, tiers: filter.tiers, regions: filter.regions }}
      onFilters={onFilters}
      onOpen={onOpen}
    />
  );
}
