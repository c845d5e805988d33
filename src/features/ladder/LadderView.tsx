import { useMemo } from 'react';
import type { AsOf, AtlasIndex } from '../../domain/atlas';
import type { PartnerRow } from '../../domain/filters';
import { buildLadderSeries, stackedMax, type LadderCount } from '../../domain/ladder';
import { TIER_IDS } from '../../domain/ids';
import type { TierId } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { useElementWidth } from '../../charts/useElementWidth';
import { LadderOverTime, TierLadderChart } from '../../charts/lazyCharts';
import { ChartFrame, type FrameChrome, type FrameText } from '../../charts/ChartFrame';

import { readerText } from '../../ui/readerText';
import './ladderView.css';

export function LadderView({
  index,
  regionRows,
  counts,
  tierNames,
  selected,
  onToggle,
  asOf,
  maxYear,
  lang,
  frames,
  exportRows,
  chrome,
}: {
  index: AtlasIndex;
  regionRows: readonly PartnerRow[];
  counts: readonly LadderCount[];
  tierNames: ReadonlyMap<TierId, string>;
  selected: readonly TierId[];
  onToggle: (t: TierId) => void;
  asOf: AsOf;
  maxYear: number;
  lang: Lang;
  /** The two charts' titles, subtitles, legends and file names. */
  frames: { ladder: FrameText; ladderTime: FrameText };
  /** The rows the filters let through, for "Download data". */
  exportRows: readonly PartnerRow[];
  chrome: FrameChrome;
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
  // The figure's padding and border (12 + 1 px a side) come off the measured width.
  const chartWidth = Math.max(240, width - 26);
  return (
    <div className="ladder-view" ref={ref}>
      <div className="chart-figure">
        <ChartFrame
          kind="ladder"
          chartId="ladder"
          text={frames.ladder}
          showLegend={false}
          asOf={asOf.date}
          chrome={chrome}
          exportRows={exportRows}
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
          text={frames.ladderTime}
          asOf={asOf.date}
          chrome={chrome}
          exportRows={exportRows}
          embedNote={translator(lang)('embedNote')}
        >
          <LadderOverTime
            rows={series}
            names={tierNames}
            selected={selected}
            year={asOf.year}
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
