import { memo, useMemo } from 'react';
import { useSettledValue } from '../ui/useSettledValue';
import type { AsOf, AtlasIndex } from '../domain/atlas';
import { buildLadderSeries, recentChanges, stackedMax } from '../domain/ladder';
import type { Region, TierId } from '../domain/schema';
import { TIER_IDS } from '../domain/ids';
import type { Lang } from '../url/viewState';
import { translator, type MessageKey } from '../ui/i18n';
import { formatDate, partnerName } from '../ui/format';
import { localName } from '../ui/namesZh';
import { useElementWidth } from '../charts/useElementWidth';
import { LadderOverTime } from '../charts/lazyCharts';
import { ChartLegend } from '../charts/ChartLegend';
import { buildTierLegend } from '../ui/chartWords';
import { readerText } from '../ui/readerText';
import './overview.css';

/** What the side panel shows when nothing is open: how to read the atlas, the growth of the network, the latest changes. */
export const Overview = memo(function Overview({
  index,
  asOf,
  maxYear,
  regions,
  shortNames,
  selected,
  lang,
  onOpenMeeting,
  paused = false,
}: {
  index: AtlasIndex;
  asOf: AsOf;
  maxYear: number;
  /** The region filter: the chart and the latest changes follow it (and the tier filter). */
  regions: readonly Region[];
  shortNames: ReadonlyMap<TierId, string>;
  selected: readonly TierId[];
  lang: Lang;
  onOpenMeeting: (id: string) => void;
  /** Hidden behind an open panel: keep what is drawn, catch up when shown again. */
  paused?: boolean;
}) {
  const t = translator(lang);
  const [ref, width] = useElementWidth<HTMLDivElement>(340);
  // The chart and the latest changes beside the map follow the filters a moment later, once the change has painted
  // (useSettledValue): a year or tier change paints the map and the legend first, and a burst of them (the slider
  // dragged) redraws the chart once.
  const chartDate = useSettledValue(asOf.date, paused);
  const chartYear = useSettledValue(asOf.year, paused);
  const chartSelected = useSettledValue(selected, paused);
  const laterRegions = useSettledValue(regions, paused);
  const regionKey = laterRegions.join(',');
  // The whole period, once per region filter: the axes stay fixed while the years play.
  const series = useMemo(() => {
    const wanted = new Set(regionKey ? regionKey.split(',') : []);
    const histories = [...index.byPartner.entries()]
      .filter(([id]) => wanted.size === 0 || wanted.has(index.partnersById.get(id)?.region ?? ''))
      .map(([, h]) => h);
    return buildLadderSeries(histories, index.firstYear, maxYear);
  }, [index, regionKey, maxYear]);
  const shown = chartSelected.length > 0 ? chartSelected : TIER_IDS;
  const domain = useMemo(
    () => ({ from: index.firstYear, to: maxYear, yMax: stackedMax(series, shown) }),
    [index.firstYear, maxYear, series, shown],
  );
  const recent = useMemo(
    () =>
      recentChanges(index.dataset.meetings, chartDate, 6, (m) => {
        const region = index.partnersById.get(m.partner_id)?.region;
        if (laterRegions.length > 0 && (!region || !laterRegions.includes(region))) return false;
        if (chartSelected.length === 0) return true;
        return (
          (!!m.tier_after && chartSelected.includes(m.tier_after)) ||
          (!!m.tier_before && chartSelected.includes(m.tier_before))
        );
      }),
    [index, chartDate, laterRegions, chartSelected],
  );
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
          year={chartYear}
          width={width}
          height={200}
          totalLabel={readerText(lang)('total')}
          domain={domain}
        />
        <ChartLegend
          items={buildTierLegend([...index.tiersById.values()], lang, { selected: chartSelected })}
          label={`${t('ladderOverTime')}: ${translator(lang)('legend')}`}
        />
      </div>
      <h3>{t('latestChanges')}</h3>
      {recent.length === 0 && <p className="muted">{t('noChangesForFilter')}</p>}
      <ol className="recent">
        {recent.map((m) => {
          const partner = index.partnersById.get(m.partner_id);
          return (
            <li key={m.id}>
              <button
                type="button"
                className="timeline-item"
                data-focus-key={`meeting-${m.id}`}
                onClick={() => onOpenMeeting(m.id)}
              >
                <span className="timeline-date">{partner ? partnerName(partner, lang) : m.partner_id}</span>
                <span className="timeline-change">{t(`change_${m.change}` as MessageKey)}</span>
                <span className="timeline-wording">
                  {lang === 'zh' && m.wording_zh ? m.wording_zh : m.wording_en}
                </span>
                <span className="timeline-place">
                  {formatDate(m.date, m.date_precision, lang)}
                  {m.place.city ? ` · ${localName('places', m.place.city, lang)}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
});
