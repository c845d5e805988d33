import { useEffect, useMemo } from 'react';
import { useDataset } from '../dataset/queries';
import { useFilters } from '../url/useFilters';
import { asOfDate, buildAtlasIndex, todayIso } from '../domain/atlas';
import { applyFilters, buildPartnerRows } from '../domain/filters';
import { buildLadderCounts } from '../domain/ladder';
import type { TierId } from '../domain/schema';
import { serializeFilters, toSearchString } from '../url/filters';
import { tierName, translator } from '../ui/i18n';
import { DatasetErrorView } from '../app/DatasetErrorView';
import { useElementWidth } from '../charts/useElementWidth';
import { useTopology } from '../features/map/useTopology';
import { WorldMap } from '../features/map/WorldMap';
import { TierLadderChart } from '../features/ladder/TierLadderChart';

/** `?embed=map|ladder|partner`: one chart with its title, legend and source line, and no app chrome. */
export function EmbedApp() {
  const { filters } = useFilters();
  const t = translator(filters.lang);
  const dataset = useDataset();
  const topology = useTopology();
  const [ref, width] = useElementWidth<HTMLDivElement>(600);

  useEffect(() => {
    // Tell a host page our height so it can size the iframe.
    const send = () => window.parent?.postMessage({ type: 'partnership-atlas:height', height: document.documentElement.scrollHeight }, '*');
    send();
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const model = useMemo(() => {
    if (!dataset.data) return null;
    const index = buildAtlasIndex(dataset.data);
    const today = todayIso();
    const asOf = asOfDate(filters.year, today);
    const rows = buildPartnerRows(dataset.data.partners, index.byPartner, asOf);
    const regionRows = applyFilters(rows, { tiers: [], regions: filters.regions });
    return { index, rows, counts: buildLadderCounts(regionRows), year: Number(asOf.slice(0, 4)) };
  }, [dataset.data, filters.year, filters.regions]);

  if (dataset.isError) return <DatasetErrorView error={dataset.error} title={t('datasetError')} />;
  if (!dataset.data || !model) return <p role="status">{t('loading')}</p>;
  const tierNames = new Map<TierId, string>(dataset.data.tiers.tiers.map((x) => [x.id, tierName(x, filters.lang)]));
  const full = `./${toSearchString(serializeFilters({ ...filters, embed: null }))}`;
  return (
    <div className="embed" ref={ref}>
      <h1 className="chart-title">
        {t('title')}: {t('asOf')} {model.year}
      </h1>
      {filters.embed === 'ladder' || !topology.data ? (
        <TierLadderChart counts={model.counts} names={tierNames} selected={filters.tiers} onToggle={() => undefined} width={width} title={t('ladderNow')} />
      ) : (
        <WorldMap
          topology={topology.data}
          rows={model.rows}
          filter={{ tiers: filters.tiers, regions: filters.regions }}
          selectedId={filters.partner}
          onOpen={() => undefined}
          lang={filters.lang}
          tierNames={tierNames}
        />
      )}
      <p className="source-line">
        {t('source')}: {dataset.data.meta.title}, v{dataset.data.meta.version}.{' '}
        <a href={full} target="_blank" rel="noopener noreferrer">
          Open the full atlas
        </a>
      </p>
    </div>
  );
}
