import { useDeferredValue, useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlas';
import { buildLadderSeries, recentChanges } from '../domain/ladder';
import type { TierId } from '../domain/schema';
import type { Lang } from '../url/filters';
import { formatDate, partnerName, translator, type MessageKey } from '../ui/i18n';
import { useElementWidth } from '../charts/useElementWidth';
import { LadderOverTime } from '../features/ladder/lazyCharts';
import { ChartLegend } from '../charts/ChartLegend';
import { buildTierLegend, chartText } from '../charts/chartText';
import { readerText } from '../ui/readerText';

/** What the side panel shows when nothing is open: how to read the atlas, the growth of the network, the latest changes. */
export function Overview({
  index,
  asOf,
  shortNames,
  selected,
  lang,
  onOpenMeeting,
}: {
  index: AtlasIndex;
  asOf: string;
  shortNames: ReadonlyMap<TierId, string>;
  selected: readonly TierId[];
  lang: Lang;
  onOpenMeeting: (id: string) => void;
}) {
  const t = translator(lang);
  const [ref, width] = useElementWidth<HTMLDivElement>(340);
  // The chart beside the map follows the year and tier filters a moment later, in a deferred render: a year or tier
  // change paints the map and the legend first, and the chart catches up without holding that paint back.
  const chartAsOf = useDeferredValue(asOf);
  const chartSelected = useDeferredValue(selected);
  const year = Number(chartAsOf.slice(0, 4));
  const series = useMemo(
    () => buildLadderSeries(index.byPartner.values(), index.firstYear, Number(chartAsOf.slice(0, 4))),
    [index, chartAsOf],
  );
  const recent = useMemo(() => recentChanges(index.dataset.meetings, asOf, 6), [index, asOf]);
  return (
    <div className="panel overview">
      <h2 className="chart-title">{t('overviewTitle')}</h2>
      <p className="intro">{t('overviewIntro')}</p>
      <h3>{t('ladderOverTime')}</h3>
      <div ref={ref}>
        <LadderOverTime
          rows={series}
          names={shortNames}
          selected={chartSelected}
          year={year}
          width={width}
          height={200}
          totalLabel={readerText(lang)('total')}
        />
        <ChartLegend
          items={buildTierLegend([...index.tiersById.values()], lang, { selected: chartSelected })}
          label={`${t('ladderOverTime')}: ${chartText(lang)('legend')}`}
        />
      </div>
      <h3>{t('latestChanges')}</h3>
      <ol className="recent">
        {recent.map((m) => {
          const partner = index.partnersById.get(m.partner_id);
          return (
            <li key={m.id}>
              <button type="button" className="timeline-item" onClick={() => onOpenMeeting(m.id)}>
                <span className="timeline-date">{partner ? partnerName(partner, lang) : m.partner_id}</span>
                <span className="timeline-change">{t(`change_${m.change}` as MessageKey)}</span>
                <span className="timeline-wording">
                  {lang === 'zh' && m.wording_zh ? m.wording_zh : m.wording_en}
                </span>
                <span className="timeline-place">
                  {formatDate(m.date, m.date_precision, lang)}
                  {m.place.city ? ` · ${m.place.city}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
