import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { PartnerRow, RowFilter } from '../../domain/filters';
import type { LadderCount } from '../../domain/ladder';
import type { Tier, TierId } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { useTopology } from '../../dataset/topology';
import { WorldMap, type MapPreview } from './WorldMap';
import type { ClimbSource } from './MapTooltip';
import { TierLegend } from './TierLegend';
import { OrgList } from './OrgList';
import { ChartFrame, type FrameChrome, type FrameText } from '../../charts/ChartFrame';

interface Props {
  rows: readonly PartnerRow[];
  regionRows: readonly PartnerRow[];
  filter: RowFilter;
  counts: readonly LadderCount[];
  tiers: readonly Tier[];
  tierNames: ReadonlyMap<TierId, string>;
  selectedTiers: readonly TierId[];
  onToggleTier: (t: TierId) => void;
  onClearTiers: () => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
  lang: Lang;
  /** The map's title, subtitle, legend and file name. */
  frame: FrameText;
  /** The rows the filters let through, for "Download data". */
  exportRows: readonly PartnerRow[];
  /** The as-of date, ISO. */
  asOf: string;
  preview: MapPreview | null;
  climbs?: ClimbSource;
  focusArea?: { key: string; seq: number } | null;
  /** On a phone: the year control and filters, drawn right under the map. */
  controls?: ReactNode;
  chrome: FrameChrome;
}

export function MapView(p: Props) {
  const t = translator(p.lang);
  const topology = useTopology();
  // The map's first render (some 200 shapes) as a background render React builds in slices, not one long task.
  const shapes = useDeferredValue(topology.data);
  const baseCounts = useMemo(() => {
    const countries = p.regionRows.filter((r) => r.partner.kind === 'country');
    return {
      diplomatic: countries.filter((r) => r.base === 'diplomatic').length,
      none: countries.filter((r) => r.base === 'none').length,
    };
  }, [p.regionRows]);
  return (
    <div className="map-view">
      <div className="map-frame">
        <ChartFrame
          kind="map"
          chartId="map"
          text={p.frame}
          showLegend={false}
          asOf={p.asOf}
          chrome={p.chrome}
          exportRows={p.exportRows}
        >
          {!shapes && !topology.isError && (
            <div className="map-placeholder" role="status">
              {t('loadingMap')}
            </div>
          )}
          {topology.isError && (
            <div className="map-placeholder" role="alert">
              {t('mapError')}: {topology.error.message}{' '}
              <button type="button" className="link-button" onClick={() => topology.refetch()}>
                {t('retry')}
              </button>
            </div>
          )}
          {shapes && (
            <WorldMap
              topology={shapes}
              rows={p.rows}
              filter={p.filter}
              selectedId={p.selectedId}
              onOpen={p.onOpen}
              lang={p.lang}
              tierNames={p.tierNames}
              preview={p.preview}
              climbs={p.climbs}
              focusArea={p.focusArea}
            />
          )}
        </ChartFrame>
      </div>
      {p.controls}
      <div className="map-aside">
        <TierLegend
          tiers={p.tiers}
          counts={p.counts}
          selected={p.selectedTiers}
          onToggle={p.onToggleTier}
          onClear={p.onClearTiers}
          lang={p.lang}
          baseCounts={baseCounts}
        />
        <OrgList
          rows={p.rows}
          filter={p.filter}
          tierNames={p.tierNames}
          lang={p.lang}
          onOpen={p.onOpen}
          selectedId={p.selectedId}
        />
      </div>
    </div>
  );
}
