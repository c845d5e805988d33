import { useEffect, useMemo } from 'react';
import type { AtlasIndex } from '../../domain/atlas';
import type { MeetingCore, TierId } from '../../domain/schema';
import type { Filters } from '../../url/filters';
import { translator } from '../../ui/i18n';
import { ChartFrame } from '../../charts/ChartFrame';
import { buildFileStem, buildTitle } from '../../charts/chartText';
import { useTopology } from '../map/useTopology';
import { buildChangeModel } from './changeModel';
import { buildChangeLegend, buildChangeSubtitle } from './changeLegend';
import { buildHeadline, changeText, tierLabelMap } from './changeText';
import { ChangeMap } from './ChangeMap';
import '../map/map.css';
import './changes.css';

/** `?embed=changes&from=…&year=…`: the change map with its headline, legend and source line. */
export function ChangesEmbed({
  index,
  filters,
  today,
  fullViewHref,
  onTitle,
}: {
  index: AtlasIndex;
  filters: Filters;
  today: string;
  fullViewHref: string;
  onTitle: (title: string) => void;
}) {
  const lang = filters.lang;
  const c = changeText(lang);
  const t = translator(lang);
  const topology = useTopology();
  const model = useMemo(() => buildChangeModel(index, filters, today), [index, filters, today]);
  const names = useMemo(() => tierLabelMap(index.dataset.tiers.tiers, lang), [index, lang]);
  const fullNames = useMemo(
    () =>
      new Map<TierId, string>(
        index.dataset.tiers.tiers.map((x) => [x.id, lang === 'zh' ? x.name_zh : x.name_en]),
      ),
    [index, lang],
  );
  const title = buildTitle(lang, c('title'));
  useEffect(() => onTitle(title), [onTitle, title]);
  const toLabel = filters.year === null ? model.toDate : String(filters.year);
  const meetingHref = (m: MeetingCore) =>
    `./?view=changes&from=${model.from}${filters.year ? `&year=${filters.year}` : ''}&partner=${m.partner_id}&meeting=${m.id}`;
  return (
    <ChartFrame
      kind="changes"
      chartId="changes"
      title={c('title')}
      subtitle={buildChangeSubtitle({
        from: model.from,
        to: filters.year,
        asOf: model.toDate,
        tiers: filters.tiers,
        regions: filters.regions,
        tierNames: fullNames,
        leaderName: model.leaderName,
        lang,
      })}
      legend={buildChangeLegend(model.counts, lang)}
      asOf={model.toDate}
      lang={lang}
      fileStem={buildFileStem(`changes-${model.from}`, filters.year, model.toDate)}
      fullViewHref={fullViewHref}
      headingLevel={1}
      lead={
        <p className="change-headline embed-headline">
          {buildHeadline({
            summary: model.summary,
            from: model.from,
            to: filters.year,
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
