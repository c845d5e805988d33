import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useSettledValue } from '../../ui/useSettledValue';
import type { AtlasIndex } from '../../domain/atlas';
import type { ChangeClass, ChangeRow } from '../../domain/changes';
import type { MeetingCore } from '../../domain/schema';
import type { ViewState, Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { partnerName } from '../../ui/format';
import { ChartFrame, type FrameChrome } from '../../charts/ChartFrame';
import { buildFileStem, buildTitle } from '../../ui/chartWords';
import { useTopology } from '../../dataset/topology';
import type { ChangeModel } from '../../domain/changeModel';
import { buildChangesCsv } from './changeCsv';
import { buildChangeLegend, changeSubtitleFor } from './changeLegend';
import { buildHeadline, changeText, classLabel, tierFullNameMap, tierLabelMap } from './changeText';
import { ChangeMap } from './ChangeMap';
import { ChangeLegend } from './ChangeLegend';
import { TierFlows } from './TierFlows';
import { MeetingStrip } from './MeetingStrip';
import { ChangeTable } from './ChangeTable';
import { downloadText, MIME } from '../../export/download';
import '../../ui/map.css';
import './changes.css';

interface Props {
  index: AtlasIndex;
  state: ViewState;
  /** The change view's model, from the view model. */
  model: ChangeModel;
  maxYear: number;
  lang: Lang;
  onRange: (from: number, year: number | null, mode?: 'push' | 'replace') => void;
  onLeader: (leader: string | null) => void;
  onOpenPartner: (id: string) => void;
  onOpenMeeting: (m: MeetingCore) => void;
  chrome: FrameChrome;
}

/** What changed between two dates: headline, change map and legend, tier flows, the meetings by principal, and the table. */
const meetingHref = (m: MeetingCore) => `?partner=${m.partner_id}&meeting=${m.id}`;

export default function ChangesView(p: Props) {
  const c = changeText(p.lang);
  const t = translator(p.lang);
  const topology = useTopology();
  const { state, index, lang } = p;
  const { model } = p;
  const [selected, setSelected] = useState<ChangeClass[]>([]);
  // The headline, the map and the legend repaint at once; the flows, the strip and the table follow once that has
  // painted (useSettledValue).
  const later = useSettledValue(model);
  const toggle = useCallback(
    (cls: ChangeClass) => setSelected((s) => (s.includes(cls) ? s.filter((x) => x !== cls) : [...s, cls])),
    [],
  );
  // A link without from= gets the default written in, so what is shared says what is shown.
  const { onRange } = p;
  useEffect(() => {
    if (state.from === null) onRange(model.from, state.asOf, 'replace');
  }, [state.from, state.asOf, model.from, onRange]);

  const names = useMemo(() => tierLabelMap(index.dataset.tiers.tiers, lang), [index, lang]);
  const fullNames = useMemo(() => tierFullNameMap(index.dataset.tiers.tiers, lang), [index, lang]);
  const fromLabel = String(model.from);
  const toLabel = model.toLabel;
  const shown = useMemo(
    () => (selected.length ? later.rows.filter((r) => selected.includes(r.cls)) : later.rows),
    [later.rows, selected],
  );
  const tableRows = useMemo(
    () => shown.filter((r) => r.cls !== 'none' || selected.includes('none')),
    [shown, selected],
  );
  const csvName = `partnership-atlas-changes-${later.from}-${state.asOf ?? later.toDate}.csv`;
  const buildCsv = useCallback(
    () => buildChangesCsv(tableRows, later.from, state.asOf === null ? later.toDate : `end_${state.asOf}`),
    [tableRows, later, state.asOf],
  );
  const download = useCallback(() => downloadText(buildCsv(), csvName, MIME.csv), [buildCsv, csvName]);
  const headline = buildHeadline({
    summary: model.summary,
    from: model.from,
    to: state.asOf,
    asOf: model.toDate,
    lang,
    leader: model.leaderName,
  });
  const subtitle = changeSubtitleFor(model, state, fullNames, lang);
  const fromYears: number[] = [];
  for (let y = index.firstYear - 1; y < model.toYear; y++) fromYears.push(y);
  const toYears: number[] = [];
  for (let y = model.from + 1; y < p.maxYear; y++) toYears.push(y);
  // The organisations (no shape on the map) follow with the flows and the table: a long list (the bench's 10x
  // dataset lists some 1,800) is not part of the map's repaint.
  const orgs = useMemo(
    () =>
      later.rows.filter(
        (r) =>
          r.partner.kind === 'organization' &&
          r.cls !== 'none' &&
          (selected.length === 0 || selected.includes(r.cls)),
      ),
    [later.rows, selected],
  );

  return (
    <div className="changes-view">
      <div className="change-controls">
        <label>
          {c('from')}{' '}
          <select
            value={model.from}
            onChange={(e) => p.onRange(Number(e.target.value), state.asOf)}
            aria-label={c('from')}
          >
            {fromYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {c('to')}{' '}
          <select
            value={state.asOf ?? ''}
            onChange={(e) => p.onRange(model.from, e.target.value ? Number(e.target.value) : null)}
            aria-label={c('to')}
          >
            {toYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
            <option value="">{c('latest')}</option>
          </select>
        </label>
      </div>
      <p className="change-headline" aria-live="polite">
        {headline}
      </p>
      <div className="change-grid">
        <div className="map-frame">
          <ChartFrame
            kind="changes"
            chartId="changes"
            text={{
              title: c('title'),
              exportTitle: buildTitle(lang, c('title')),
              subtitle,
              legend: buildChangeLegend(model.counts, lang, selected),
              fileStem: buildFileStem(`changes-${model.from}`, model.asOf),
            }}
            showLegend={false}
            asOf={model.toDate}
            chrome={p.chrome}
            csv={{ label: c('downloadCsv'), fileName: csvName, build: buildCsv }}
          >
            {topology.isPending && (
              <div className="map-placeholder" role="status">
                {t('loadingMap')}
              </div>
            )}
            {topology.isError && (
              <div className="map-placeholder" role="alert">
                {t('mapError')}: {topology.error.message}
              </div>
            )}
            {topology.data && (
              <ChangeMap
                topology={topology.data}
                partners={index.dataset.partners}
                rows={model.rows}
                selected={selected}
                fromLabel={fromLabel}
                toLabel={toLabel}
                tierNames={names}
                lang={lang}
                meetingHref={meetingHref}
                onOpenMeeting={p.onOpenMeeting}
                onOpenPartner={p.onOpenPartner}
              />
            )}
          </ChartFrame>
        </div>
        <div className="change-aside">
          <ChangeLegend
            counts={model.counts}
            selected={selected}
            onToggle={toggle}
            onClear={() => setSelected([])}
            lang={lang}
          />
          <ChangeOrgs orgs={orgs} lang={lang} onOpenPartner={p.onOpenPartner} />
        </div>
      </div>
      <section className="change-section" aria-labelledby="change-flows-title">
        <h2 id="change-flows-title">{c('flowsTitle')}</h2>
        <TierFlows
          flows={later.flows}
          names={names}
          fromLabel={String(later.from)}
          toLabel={later.toLabel}
          lang={lang}
          onOpenPartner={p.onOpenPartner}
        />
      </section>
      <section className="change-section" aria-labelledby="change-strip-title">
        <h2 id="change-strip-title">{c('stripTitle')}</h2>
        <MeetingStrip
          meetings={later.strip}
          fromDate={later.fromDate}
          toDate={later.toDate}
          leaderCounts={later.leaderCounts}
          leader={later.leader}
          onLeader={p.onLeader}
          partnersById={index.partnersById}
          lang={lang}
          onOpenMeeting={p.onOpenMeeting}
        />
      </section>
      <section className="change-section" aria-labelledby="change-table-title">
        <h2 id="change-table-title">{c('tableTitle')}</h2>
        <ChangeTable
          rows={tableRows}
          fromLabel={String(later.from)}
          toLabel={later.toLabel}
          names={names}
          lang={lang}
          onOpenPartner={p.onOpenPartner}
          onOpenMeeting={p.onOpenMeeting}
          onDownload={download}
        />
      </section>
    </div>
  );
}

/** The partners the map cannot show (organisations), with what changed for each. */
const ChangeOrgs = memo(function ChangeOrgs({
  orgs,
  lang,
  onOpenPartner,
}: {
  orgs: readonly ChangeRow[];
  lang: Lang;
  onOpenPartner: (id: string) => void;
}) {
  const c = changeText(lang);
  if (orgs.length === 0) return null;
  return (
    <div className="legend change-orgs">
      <h2 className="legend-title">{c('notOnMap')}</h2>
      <ul>
        {orgs.map((r) => (
          <li key={r.partner.id}>
            <button type="button" className="link-button" onClick={() => onOpenPartner(r.partner.id)}>
              {partnerName(r.partner, lang)}
            </button>
            : {classLabel(r.cls, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
});
