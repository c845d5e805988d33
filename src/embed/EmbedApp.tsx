import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataset } from '../dataset/queries';
import { useViewState } from '../url/useViewState';
import { HEIGHT_MESSAGE } from '../domain/citation';
import { formatIgnored, summarizeIgnored } from '../url/viewState';
import { embedderOrigin } from './embedderOrigin';
import './embed.css';
import { translator } from '../ui/i18n';
import { DatasetErrorView } from '../ui/DatasetErrorView';
import { useCjkFont } from '../ui/cjkFont';
import { useElementWidth } from '../charts/useElementWidth';
import { ChartFrame, type FrameChrome } from '../charts/ChartFrame';

import { topologyQueryOptions } from '../dataset/topology';
import { useAtlasView } from '../view/useAtlasView';
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

/** `?embed=map|ladder|partner|changes` plus the usual view state: one chart with title, legend and source line, and no app chrome. */
export function EmbedApp() {
  // The one reading of the address in an embed: the view model and the charts get the state from here.
  const { state, invalid } = useViewState();
  const kind = state.embed ?? 'map';
  const { lang } = state;
  const t = translator(lang);
  const c = translator(lang);
  const dataset = useDataset();
  const topology = useQuery({ ...topologyQueryOptions(), enabled: kind === 'map' });
  const rootRef = useRef<HTMLElement>(null);
  const [bodyRef, width] = useElementWidth<HTMLDivElement>(600);
  useReportHeight(rootRef);
  // The partner embed shows the Chinese name and wording: fetch the Chinese font, as the app's panel does.
  useCjkFont(lang === 'zh' || kind === 'partner');

  const model = useAtlasView(dataset.data ?? null, state, 'embed');
  const chartWidth = Math.max(280, width);

  const [changesTitle, setChangesTitle] = useState<string | null>(null);
  let frame = null;
  let title = t('title');
  if (model) {
    const fullViewHref = model.fullViewHref(kind);
    const chrome: FrameChrome = { lang, sourceLine: model.sourceLine };
    const asOf = model.asOf;
    if (kind === 'changes') {
      title = changesTitle ?? title;
      frame = (
        <ChangesEmbed
          index={model.index}
          state={state}
          model={model.changes!}
          fullViewHref={fullViewHref}
          onTitle={setChangesTitle}
          chrome={chrome}
        />
      );
    } else if (kind === 'map') {
      title = model.frames.map.exportTitle;
      frame = (
        <ChartFrame
          kind="map"
          chartId="map"
          text={model.frames.map}
          asOf={asOf.date}
          chrome={chrome}
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
              filter={model.filter}
              selectedId={state.partner}
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
      title = model.frames.ladder.exportTitle;
      frame = (
        <ChartFrame
          kind="ladder"
          chartId="ladder"
          text={model.frames.ladder}
          asOf={asOf.date}
          chrome={chrome}
          fullViewHref={fullViewHref}
          headingLevel={1}
        >
          <TierLadderChart
            counts={model.counts}
            names={model.tierNames}
            shortNames={model.shortNames}
            selected={state.tiers}
            onToggle={() => undefined}
            width={chartWidth}
            height={chartWidth < 420 ? 300 : 280}
            title={c('ladderTitle')}
          />
        </ChartFrame>
      );
    } else {
      const view = model.partnerView;
      const text = model.frames.partner;
      if (!view || !text) frame = <p className="notice">{c('noPartner')}</p>;
      else {
        const status = view.row?.status ?? null;
        title = text.exportTitle;
        frame = (
          <ChartFrame
            kind="partner"
            chartId="partner"
            text={text}
            asOf={asOf.date}
            chrome={chrome}
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
            {view.history.length > 0 && (
              <PartnerClimbChart
                points={view.climb}
                names={model.shortNames}
                fromYear={view.fromYear}
                toYear={asOf.year}
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
  const unknownPartner = model?.unknownIds.filter((u) => u.param === 'partner') ?? [];
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
