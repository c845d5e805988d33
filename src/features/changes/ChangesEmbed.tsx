import { useEffect, useMemo } from 'react';
import type { AtlasIndex } from '../../domain/atlas';
import type { MeetingCore } from '../../domain/schema';
import type { ViewState } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { ChartFrame, type FrameChrome } from '../../charts/ChartFrame';
import { buildFileStem, buildTitle } from '../../ui/chartWords';
import { useTopology } from '../../dataset/topology';
import type { ChangeModel } from '../../domain/changeModel';
import { buildChangeLegend, changeSubtitleFor } from './changeLegend';
import { buildHeadline, changeText, tierFullNameMap, tierLabelMap } from './changeText';
import { ChangeMap } from './ChangeMap';
import '../../ui/map.css';
import './changes.css';

/** `?embed=changes&from=…&year=…`: the change map with its headline, legend and source line. */
export function ChangesEmbed({
  index,
  state,
  model,
  fullViewHref,
  onTitle,
  chrome,
}: {
  index: AtlasIndex;
  state: ViewState;
  /** The change view's model, from the view model. */
  model: ChangeModel;
  fullViewHref: string;
  onTitle: (title: string) => void;
  chrome: FrameChrome;
}) {
  const lang = state.lang;
  const c = changeText(lang);
  const t = translator(lang);
  const topology = useTopology();
  const names = useMemo(() => tierLabelMap(index.dataset.tiers.tiers, lang), [index, lang]);
  const fullNames = useMemo(() => tierFullNameMap(index.dataset.tiers.tiers, lang), [index, lang]);
  const title = buildTitle(lang, c('title'));
  useEffect(() => onTitle(title), [onTitle, title]);
  const toLabel = state.asOf === null ? model.toDate : String(state.asOf);
  const meetingHref = (m: MeetingCore) =>
    `./?view=changes&from=${model.from}${state.asOf ? `&year=${state.asOf}` : ''}&partner=${m.partner_id}&meeting=${m.id}`;
  return (
    <ChartFrame
      kind="changes"
      chartId="changes"
      text={{
        title: c('title'),
        exportTitle: title,
        subtitle: changeSubtitleFor(model, state, fullNames, lang),
        legend: buildChangeLegend(model.counts, lang),
        fileStem: buildFileStem(`changes-${model.from}`, model.asOf),
      }}
      asOf={model.toDate}
      chrome={chrome}
      fullViewHref={fullViewHref}
      headingLevel={1}
      lead={
        <p className="change-headline embed-headline">
          {buildHeadline({
            summary: model.summary,
            from: model.from,
            to: state.asOf,
            asOf: model.toDate,
            lang,
            leader: model.leaderName,
          })}
        </p>
      }
    >
      {topology.isError ? (
        <p role="alert">
          {t('mapError')}: {topology.error.message}
        </p>
      ) : topology.data ? (
        <ChangeMap
          topology={topology.data}
          partners={index.dataset.partners}
          rows={model.rows}
          selected={[]}
          fromLabel={String(model.from)}
          toLabel={toLabel}
          tierNames={names}
          lang={lang}
          meetingHref={meetingHref}
        />
      ) : (
        <div className="map-placeholder embed-placeholder" role="status">
          {t('loadingMap')}
        </div>
      )}
    </ChartFrame>
  );
}
