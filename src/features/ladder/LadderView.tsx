import { useMemo } from 'react';
import type { AtlasIndex } from '../../domain/atlas';
import type { PartnerRow } from '../../domain/filters';
import { buildLadderSeries, stackedMax, type LadderCount } from '../../domain/ladder';
import { TIER_IDS } from '../../domain/ids';
import type { TierId } from '../../domain/schema';
import type { Lang } from '../../url/filters';
import { translator } from '../../ui/i18n';
import { useElementWidth } from '../../charts/useElementWidth';
import { LadderOverTime, TierLadderChart } from './lazyCharts';
import { ChartFrame } from '../../charts/ChartFrame';
import { buildFileStem, buildSubtitle, buildTierLegend, chartText } from '../../charts/chartText';
import { applyFilters } from '../../domain/filters';
import { asOfDate, todayIso } from '../../domain/atlas';
import { useFilters } from '../../url/useFilters';
import { readerText } from '../../ui/readerText';
import './ladderView.css';

export function LadderView({
  index,
  regionRows,
  counts,
  tierNames,
  selected,
  onToggle,
  year,
  maxYear,
  lang,
}: {
  index: AtlasIndex;
  regionRows: readonly PartnerRow[];
  counts: readonly LadderCount[];
  tierNames: ReadonlyMap<TierId, string>;
  selected: readonly TierId[];
  onToggle: (t: TierId) => void;
  year: number;
  maxYear: number;
  lang: Lang;
}) {
  const t = translator(lang);
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const series = useMemo(
    () =>
      buildLadderSeries(
        regionRows.map((r) => index.byPartner.get(r.partner.id) ?? []),
        index.firstYear,
        maxYear,
      ),
    [regionRows, index, maxYear],
  );
  const c = chartText(lang);
  const { filters } = useFilters();
  const asOf = asOfDate(filters.year, todayIso());
  const tiers = [...index.tiersById.values()];
  const regions = filters.regions;
  const exportRows = applyFilters(regionRows, { tiers: selected, regions: [] });
  // The figure's padding and border (12 + 1 px a side) come off the measured width.
  const chartWidth = Math.max(240, width - 26);
  return (
    <div className="ladder-view" ref={ref}>
      <div className="chart-figure">
        <ChartFrame
          kind="ladder"
          chartId="ladder"
          title={c('ladderTitle')}
          subtitle={buildSubtitle({ year: filters.year, asOf, tiers: selected, regions, tierNames, lang })}
          legend={buildTierLegend(tiers, lang, { selected, counts })}
          showLegend={false}
          asOf={asOf}
          lang={lang}
          exportRows={exportRows}
          fileStem={buildFileStem('ladder', filters.year, asOf)}
        >
          <TierLadderChart
            counts={counts}
            names={tierNames}
            selected={selected}
            onToggle={onToggle}
            width={chartWidth}
            height={300}
            title={t('ladderNow')}
            explain={{ tiers: index.tiersById, lang }}
          />
        </ChartFrame>
      </div>
      <div className="chart-figure">
        <ChartFrame
          kind="ladder"
          chartId="ladder-time"
          title={c('ladderTimeTitle')}
          subtitle={`${c('ladderTimeSubtitle')}, ${index.firstYear}–${maxYear} · ${buildSubtitle({ year: filters.year, asOf, tiers: selected, regions, tierNames, lang })}`}
          legend={buildTierLegend(tiers, lang, { selected })}
          asOf={asOf}
          lang={lang}
          exportRows={exportRows}
          fileStem={buildFileStem('ladder-over-time', filters.year, asOf)}
          embedNote={c('embedNote')}
        >
          <LadderOverTime
            rows={series}
            names={tierNames}
            selected={selected}
            year={year}
            width={chartWidth}
            height={320}
            totalLabel={readerText(lang)('total')}
            domain={{
              from: index.firstYear,
              to: maxYear,
              yMax: stackedMax(series, selected.length > 0 ? selected : TIER_IDS),
            }}
          />
        </ChartFrame>
      </div>
    </div>
  );
}
