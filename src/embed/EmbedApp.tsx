import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataset } from '../dataset/queries';
import { useFilters } from '../url/useFilters';
import { asOfDate, buildAtlasIndex, todayIso } from '../domain/atlas';
import { applyFilters, buildPartnerRows } from '../domain/filters';
import { buildClimb, buildLadderCounts, climbTiers } from '../domain/ladder';
import { HEIGHT_MESSAGE } from '../domain/citation';
import { formatIgnored, summarizeIgnored } from '../url/filters';
import { embedderOrigin } from './embedderOrigin';
import './embed.css';
import type { TierId } from '../domain/schema';
import { tierName, translator } from '../ui/i18n';
import { DatasetErrorView } from '../ui/DatasetErrorView';
import { useCjkFont } from '../ui/cjkFont';
import { useElementWidth } from '../charts/useElementWidth';
import { ChartFrame, type FrameChrome } from '../charts/ChartFrame';
import {
  buildClimbLegend,
  buildFileStem,
  buildMapLegend,
  buildShortNames,
  buildSourceLine,
  buildPartnerSubtitle,
  buildRelativeViewUrl,
  buildSubtitle,
  buildTierLegend,
  buildTitle,
  chartText,
} from '../charts/chartText';
import { topologyQueryOptions } from '../dataset/topology';
import { WorldMap } from '../features/map/WorldMap';
import { TierLadderChart } from '../charts/TierLadderChart';
import { PartnerClimbChart } from '../charts/PartnerClimbChart';
import { ChangesEmbed } from '../features/changes/ChangesEmbed';

/** Tells the host page our height (on load, on every resize, once fonts are in) so it can size the iframe. */
function useReportHeight(ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const target = embedderOrigin(window.location.ancestorOrigins, document.referrer);
    const send = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last || height === 0) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, target);
    };
    send();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(send);
    observer?.observe(el);
    window.addEventListener('load', send);
    window.addEventListener('resize', send);
    void document.fonts?.ready.then(send);
    return () => {
      observer?.disconnect();
      window.removeEventListener('load', send);
      window.removeEventListener('resize', send);
    };
  }, [ref]);
}

/** `?embed=map|ladder|partner` plus the usual filters: one chart with title, legend and source line, and no app chrome. */
export function EmbedApp() {
  const { filters, invalid } = useFilters();
  const kind = filters.embed ?? 'map';
  const t = translator(filters.lang);
  const c = chartText(filters.lang);
  const dataset = useDataset();
  const topology = useQuery({ ...topologyQueryOptions(), enabled: kind === 'map' });
  const rootRef = useRef<HTMLElement>(null);
  const [bodyRef, width] = useElementWidth<HTMLDivElement>(600);
  useReportHeight(rootRef);
  // The partner embed shows the Chinese name and wording: fetch the Chinese font, as the app's panel does.
  useCjkFont(filters.lang === 'zh' || kind === 'partner');

  const today = todayIso();
  const asOf = asOfDate(filters.year, today);
  const model = useMemo(() => {
    if (!dataset.data) return null;
    const index = buildAtlasIndex(dataset.data);
    const rows = buildPartnerRows(dataset.data.partners, index.byPartner, asOf);
    const regionRows = applyFilters(rows, { tiers: [], regions: filters.regions });
    const tierNames = new Map<TierId, string>(
      dataset.data.tiers.tiers.map((x) => [x.id, tierName(x, filters.lang)]),
    );
    const climbs = { byPartner: index.byPartner, asOf, firstYear: index.firstYear };
    return { index, rows, regionRows, counts: buildLadderCounts(regionRows), tierNames, climbs };
  }, [dataset.data, asOf, filters.regions, filters.lang]);

  const lang = filters.lang;
  const fullViewHref = buildRelativeViewUrl(kind, filters);
  const chartWidth = Math.max(280, width);

  const [changesTitle, setChangesTitle] = useState<string | null>(null);
  let frame = null;
  let title = t('title');
  if (model && dataset.data) {
    const chrome: FrameChrome = { lang, sourceLine: buildSourceLine(dataset.data.meta, lang) };
    const tiers = dataset.data.tiers.tiers;
    const subtitle = buildSubtitle({
      year: filters.year,
      asOf,
      tiers: filters.tiers,
      regions: filters.regions,
      tierNames: model.tierNames,
      lang,
    });
    const filter = { tiers: filters.tiers, regions: filters.regions };
    if (kind === 'changes') {
      title = changesTitle ?? title;
      frame = (
        <ChangesEmbed
          index={model.index}
          filters={filters}
          today={today}
          fullViewHref={fullViewHref}
          onTitle={setChangesTitle}
          chrome={chrome}
        />
      );
    } else if (kind === 'map') {
      title = buildTitle(lang, c('mapTitle'));
      frame = (
        <ChartFrame
          kind="map"
          chartId="map"
          title={c('mapTitle')}
          subtitle={subtitle}
          legend={buildMapLegend(tiers, lang, filters.tiers, model.counts)}
          asOf={asOf}
          chrome={chrome}
          fileStem={buildFileStem('map', filters.year, asOf)}
          fullViewHref={fullViewHref}
          headingLevel={1}
        >
          {topology.isError ? (
            <p role="alert">
              {t('mapError')}: {topology.error.message}
            </p>
          ) : topology.data ? (
            <WorldMap
              topology={topology.data}
              rows={model.rows}
              filter={filter}
              selectedId={filters.partner}
              onOpen={() => undefined}
              lang={lang}
              tierNames={model.tierNames}
              climbs={model.climbs}
            />
          ) : (
            <div className="map-placeholder embed-placeholder" role="status">
              {t('loadingMap')}
            </div>
          )}
        </ChartFrame>
      );
    } else if (kind === 'ladder') {
      title = buildTitle(lang, c('ladderTitle'));
      frame = (
        <ChartFrame
          kind="ladder"
          chartId="ladder"
          title={c('ladderTitle')}
          subtitle={subtitle}
          legend={buildTierLegend(tiers, lang, { selected: filters.tiers, counts: model.counts })}
          asOf={asOf}
          chrome={chrome}
          fileStem={buildFileStem('ladder', filters.year, asOf)}
          fullViewHref={fullViewHref}
          headingLevel={1}
        >
          <TierLadderChart
            counts={model.counts}
            names={model.tierNames}
            shortNames={buildShortNames(tiers, lang)}
            selected={filters.tiers}
            onToggle={() => undefined}
            width={chartWidth}
            height={chartWidth < 420 ? 300 : 280}
            title={c('ladderTitle')}
          />
        </ChartFrame>
      );
    } else {
      const partner = filters.partner ? model.index.partnersById.get(filters.partner) : undefined;
      if (!partner) frame = <p className="notice">{c('noPartner')}</p>;
      else {
        const row = model.rows.find((r) => r.partner.id === partner.id) ?? null;
        const history = model.index.byPartner.get(partner.id) ?? [];
        const climb = buildClimb(history, asOf);
        const status = row?.status ?? null;
        const chartTitle = `${lang === 'zh' ? partner.name_zh : partner.name_en}: ${c('climbTitle')}`;
        title = buildTitle(lang, chartTitle);
        frame = (
          <ChartFrame
            kind="partner"
            chartId="partner"
            title={chartTitle}
            subtitle={buildPartnerSubtitle(partner, row, model.tierNames, filters.year, asOf, lang, true)}
            legend={buildClimbLegend(tiers, lang, climbTiers(climb))}
            asOf={asOf}
            chrome={chrome}
            fileStem={buildFileStem('partner', filters.year, asOf, partner.id)}
            fullViewHref={fullViewHref}
            headingLevel={1}
            lead={
              status?.tier ? (
                <p className="embed-current">
                  <span className="embed-tier">{model.tierNames.get(status.tier)}</span>
                  <span className="wording-big">{status.wordingEn}</span>
                  {status.wordingZh && (
                    <span className="wording-big" lang="zh-CN">
                      {status.wordingZh}
                    </span>
                  )}
                </p>
              ) : (
                <p className="muted">{t('noTier')}</p>
              )
            }
          >
            {history.length > 0 && (
              <PartnerClimbChart
                points={climb}
                names={buildShortNames(tiers, lang)}
                fromYear={Math.min(
                  model.index.firstYear,
                  climb[0] ? Math.floor(climb[0].t) : model.index.firstYear,
                )}
                toYear={Number(asOf.slice(0, 4))}
                width={chartWidth}
                height={220}
              />
            )}
          </ChartFrame>
        );
      }
    }
  }

  useEffect(() => {
    document.title = title;
  }, [title]);

  // The same notice as the app's, compact: the parameters by name, on one line.
  const unknownPartner =
    dataset.data && filters.partner && !dataset.data.partners.some((p) => p.id === filters.partner)
      ? [{ param: 'partner', value: filters.partner }]
      : [];
  const ignored = formatIgnored(summarizeIgnored(invalid, unknownPartner), { values: false });

  return (
    <main className="embed" ref={rootRef} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div ref={bodyRef} className="embed-measure" aria-hidden="true" />
      {ignored && (
        <p className="embed-notice" role="status">
          {t('invalidParamsShort')} {ignored}
        </p>
      )}
      {dataset.isError ? (
        <DatasetErrorView error={dataset.error} title={t('datasetError')} />
      ) : !model ? (
        <p role="status" className="embed-loading">
          {t('loading')}
        </p>
      ) : (
        frame
      )}
    </main>
  );
}
