import { useMemo, useState } from 'react';
import type { AtlasIndex } from '../../domain/atlas';
import { asOfDate, todayIso } from '../../domain/atlas';
import { applyFilters, type PartnerRow, type RowFilter } from '../../domain/filters';
import { buildStatusIndex, yearEnd } from '../../domain/status';
import type { Lang } from '../../url/filters';
import { useFilters } from '../../url/useFilters';
import { PartnerTable } from './PartnerTable';

export function TableView({
  index,
  rows,
  filter,
  asOfYear,
  lang,
  onOpen,
}: {
  index: AtlasIndex;
  rows: readonly PartnerRow[];
  filter: RowFilter;
  asOfYear: number;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const { filters, setFilters } = useFilters();
  const years = useMemo(() => {
    const out: number[] = [];
    for (let y = index.firstYear - 1; y < asOfYear; y++) out.push(y);
    return out;
  }, [index.firstYear, asOfYear]);
  const [compare, setCompare] = useState(2013);
  const compareYear = Math.min(Math.max(compare, years[0] ?? compare), asOfYear - 1);
  const earlier = useMemo(
    () => buildStatusIndex(index.byPartner, yearEnd(compareYear)),
    [index, compareYear],
  );
  const shown = useMemo(() => applyFilters(rows, filter), [rows, filter]);
  return (
    <PartnerTable
      rows={shown}
      totalCount={rows.length}
      earlier={earlier}
      compareYear={compareYear}
      compareYears={years}
      onCompareYear={setCompare}
      tiers={index.tiersById}
      lang={lang}
      asOf={asOfDate(filters.year, todayIso())}
      filters={{ year: filters.year, tiers: filter.tiers, regions: filter.regions }}
      onFilters={(next) =>
        setFilters({
          ...(next.year !== undefined ? { year: next.year } : {}),
          ...(next.tiers ? { tiers: [...next.tiers] } : {}),
          ...(next.regions ? { regions: [...next.regions] } : {}),
        })
      }
      onOpen={onOpen}
    />
  );
}
