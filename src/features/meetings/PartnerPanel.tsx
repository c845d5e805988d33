import type { MeetingCore, Partner, Tier, TierId } from '../../domain/schema';
import type { PartnerRow } from '../../domain/filters';
import type { AsOf } from '../../domain/atlas';
import type { ClimbPoint } from '../../domain/ladder';
import type { Lang } from '../../url/viewState';
import { translator, type MessageKey } from '../../ui/i18n';
import { formatDate, partnerName, regionName } from '../../ui/format';
import { describeStatusDates } from '../../ui/readerText';
import { TierTerm } from '../../ui/TierTerm';
import { localName } from '../../ui/namesZh';
import { useElementWidth } from '../../charts/useElementWidth';
import { PartnerClimbChart } from '../../charts/lazyCharts';
import { ChartFrame, type FrameChrome, type FrameText } from '../../charts/ChartFrame';
import './panel.css';

interface Props {
  partner: Partner;
  row: PartnerRow | null;
  history: readonly MeetingCore[];
  /** The partner's rung at each of its meetings up to the as-of date. */
  climb: readonly ClimbPoint[];
  /** The climb chart's first year. */
  fromYear: number;
  tiers: ReadonlyMap<TierId, Tier>;
  tierNames: ReadonlyMap<TierId, string>;
  /** Short rung names for the chart's axis. */
  shortNames: ReadonlyMap<TierId, string>;
  asOf: AsOf;
  lang: Lang;
  /** The climb chart's title, subtitle, legend and file name. */
  frame: FrameText;
  onOpenMeeting: (id: string) => void;
  onClose: () => void;
  chrome: FrameChrome;
}

/** A partner's tier as of the chosen year, its whole history, and its climb up the ladder. */
export function PartnerPanel({
  partner,
  row,
  history,
  climb,
  fromYear,
  tiers,
  tierNames,
  shortNames,
  asOf,
  lang,
  frame,
  onOpenMeeting,
  onClose,
  chrome,
}: Props) {
  const t = translator(lang);
  const [chartRef, width] = useElementWidth<HTMLDivElement>(320);
  const status = row?.status ?? null;
  const tier = status?.tier ? tiers.get(status.tier) : null;
  const rel = partner.relations;
  return (
    <article className="panel partner-panel" aria-labelledby={`partner-${partner.id}`}>
      <header className="panel-head">
        <button type="button" className="close-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
        <p className="panel-kicker">
          {regionName(partner.region, lang)} · {t('asOf')} {asOf.year}
        </p>
        <h2 id={`partner-${partner.id}`}>
          {partnerName(partner, lang)}{' '}
          <span className="panel-alt" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
            {lang === 'zh' ? partner.name_en : partner.name_zh}
          </span>
        </h2>
      </header>
      <section className="current">
        <h3 className="sr-only">{t('currentTier')}</h3>
        {tier && status ? (
          <>
            <TierTerm tier={tier} lang={lang} />
            <p className="wording-big">{status.wordingEn}</p>
            {status.wordingZh && (
              <p className="wording-big" lang="zh-CN">
                {status.wordingZh}
              </p>
            )}
            {status.since && <p className="muted">{describeStatusDates(status, lang)}</p>}
            {status.communityWithSharedFuture && <span className="flag-chip">{t('communityFlag')}</span>}
          </>
        ) : (
          <p className="muted">
            {rel?.status === 'none' ? t('recognisesTaipei') : t('noTier')}
            {rel?.since && rel.status === 'diplomatic' && ` · ${t('relationsSince')} ${rel.since}`}
            {rel?.note && <span className="block">{rel.note}</span>}
          </p>
        )}
      </section>
      {history.length > 0 && (
        <section>
          <ChartFrame
            kind="partner"
            chartId="partner"
            headingLevel={3}
            text={frame}
            asOf={asOf.date}
            chrome={chrome}
            exportRows={row ? [row] : []}
          >
            <div
              ref={chartRef}
              className="climb-chart"
              role="img"
              aria-label={climb
                .map((p) => `${p.date}: ${p.tier ? tierNames.get(p.tier) : t('lapsed')}`)
                .join('; ')}
            >
              <PartnerClimbChart
                points={climb}
                names={shortNames}
                fromYear={fromYear}
                toYear={asOf.year}
                width={width}
              />
            </div>
          </ChartFrame>
        </section>
      )}
      <section>
        <h3>{t('history')}</h3>
        {history.length === 0 ? (
          <p className="muted">{t('noTier')}</p>
        ) : (
          <ol className="timeline">
            {history.map((m) => {
              const future = m.date > asOf.date;
              return (
                <li key={m.id} className={future ? 'is-future' : undefined}>
                  <button type="button" className="timeline-item" onClick={() => onOpenMeeting(m.id)}>
                    <span className="timeline-date">{formatDate(m.date, m.date_precision, lang)}</span>
                    <span className="timeline-change">{t(`change_${m.change}` as MessageKey)}</span>
                    <span className="timeline-wording">
                      {lang === 'zh' && m.wording_zh ? m.wording_zh : m.wording_en}
                    </span>
                    {m.place.city && (
                      <span className="timeline-place">{localName('places', m.place.city, lang)}</span>
                    )}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {partner.members && partner.members.length > 0 && (
        <section>
          <h3>{t('members')}</h3>
          <p className="muted">{partner.members.join(', ')}</p>
        </section>
      )}
    </article>
  );
}
