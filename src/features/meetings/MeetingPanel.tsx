import type { JointStatement, MeetingCore, MeetingDetails, Partner, TierId, Tier } from '../../domain/schema';
import { issuedStatement, noStatementNote } from '../../domain/jointStatement';
import type { Lang } from '../../url/viewState';
import { translator, type MessageKey } from '../../ui/i18n';
import { formatDate, partnerName } from '../../ui/format';
import { localName, principalText } from '../../ui/namesZh';
import { TierTerm } from '../../ui/TierTerm';
import { EvidenceList, UnverifiedFields } from './Evidence';
import './panel.css';

interface Props {
  /** The core shows at once; the details arrive with `details` (null while they load). */
  meeting: MeetingCore;
  details: MeetingDetails | null;
  detailsError?: string | null;
  partner: Partner | null;
  tiers: ReadonlyMap<TierId, Tier>;
  lang: Lang;
  onClose: () => void;
  onBack: (() => void) | null;
}

function TierCell({ id, tiers, lang }: { id: TierId | null; tiers: ReadonlyMap<TierId, Tier>; lang: Lang }) {
  const tier = id ? tiers.get(id) : null;
  return tier ? (
    <TierTerm tier={tier} lang={lang} />
  ) : (
    <span className="muted">{translator(lang)('none')}</span>
  );
}

function JointStatementTitle({
  statement,
  lang,
  newTab,
}: {
  statement: JointStatement;
  lang: Lang;
  newTab: string;
}) {
  // The interface language's title first; the other one below it.
  const main = lang === 'zh' && statement.title_zh ? statement.title_zh : statement.title_en;
  const other = lang === 'zh' ? (statement.title_zh ? statement.title_en : null) : statement.title_zh;
  return (
    <>
      {statement.url ? (
        <a href={statement.url} target="_blank" rel="noopener noreferrer">
          {main} <span className="sr-only">{newTab}</span>
        </a>
      ) : (
        main
      )}
      {other && (
        <span className="statement-zh" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {other}
        </span>
      )}
    </>
  );
}

/** The statement's title; or that none was issued, with the sources' word for it; or that the sources do not say. */
function JointStatementCell({ js, lang }: { js: MeetingDetails['joint_statement']; lang: Lang }) {
  const t = translator(lang);
  const statement = issuedStatement(js);
  if (statement) return <JointStatementTitle statement={statement} lang={lang} newTab={t('opensNewTab')} />;
  const none = noStatementNote(js);
  if (none)
    return (
      <>
        {t('noJointStatement')}
        <span className="muted statement-note">{none}</span>
      </>
    );
  return <span className="muted">{t('jointStatementUnknown')}</span>;
}

/** Everything the dataset knows about one meeting, with its sources. */
export function MeetingPanel({
  meeting: core,
  details,
  detailsError = null,
  partner,
  tiers,
  lang,
  onClose,
  onBack,
}: Props) {
  const m: MeetingCore & Partial<MeetingDetails> = details ? { ...core, ...details } : core;
  const t = translator(lang);
  const country =
    lang === 'zh' && partner && m.place.country === partner.name_en
      ? partner.name_zh
      : localName('places', m.place.country, lang);
  const place = [localName('places', m.place.venue, lang), localName('places', m.place.city, lang), country]
    .filter(Boolean)
    .join(lang === 'zh' ? '，' : ', ');
  const city = localName('places', m.place.city, lang);
  return (
    <article className="panel meeting-panel" aria-labelledby={`meeting-${m.id}`}>
      <header className="panel-head">
        {onBack && (
          <button type="button" className="link-button" onClick={onBack}>
            ← {t('backToPartner')}
          </button>
        )}
        <button type="button" className="close-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
        <p className="panel-kicker">
          {partner ? partnerName(partner, lang) : m.partner_id} · {t(`change_${m.change}` as MessageKey)}
        </p>
        <h2 id={`meeting-${m.id}`}>
          {formatDate(m.date, m.date_precision, lang)}
          {city ? `${lang === 'zh' ? '，' : ', '}${city}` : ''}
        </h2>
        {!m.verified && <p className="badge-unverified">{t('unverified')}</p>}
        <UnverifiedFields meeting={m} lang={lang} />
      </header>
      <dl className="facts">
        <dt>{t('date')}</dt>
        <dd>
          {formatDate(m.date, m.date_precision, lang)}
          {m.date_precision !== 'day' && (
            <span className="muted"> ({t(`precision_${m.date_precision}` as MessageKey)})</span>
          )}
        </dd>
        <dt>{t('place')}</dt>
        <dd>{place || <span className="muted">—</span>}</dd>
        <dt>{t('chinaSide')}</dt>
        <dd>
          {m.china_principal ? (
            principalText(m.china_principal, 'china', lang)
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
        <dt>{t('partnerSide')}</dt>
        <dd>
          {m.partner_principal ? (
            principalText(m.partner_principal, 'partner', lang)
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
        <dt>{t('tierBefore')}</dt>
        <dd>
          <TierCell id={m.tier_before} tiers={tiers} lang={lang} />
        </dd>
        <dt>{t('tierAfter')}</dt>
        <dd>
          <TierCell id={m.tier_after} tiers={tiers} lang={lang} />
        </dd>
        <dt>{t('wording')}</dt>
        <dd>
          <span className="wording">{m.wording_en}</span>
          {m.wording_zh && (
            <span className="wording" lang="zh-CN">
              {m.wording_zh}
            </span>
          )}
          {m.community_with_shared_future && <span className="flag-chip">{t('communityFlag')}</span>}
        </dd>
        {details && (
          <>
            <dt>{t('jointStatement')}</dt>
            <dd>
              <JointStatementCell js={details.joint_statement} lang={lang} />
            </dd>
            <dt>{t('attendees')}</dt>
            <dd>
              {details.attendees.length > 0 ? (
                details.attendees.map((a) => localName('people', a, lang)).join(lang === 'zh' ? '、' : ', ')
              ) : (
                <span className="muted">{t('attendeesNotListed')}</span>
              )}
            </dd>
          </>
        )}
      </dl>
      {m.summary && (
        <section>
          <h3>{t('summary')}</h3>
          <p>{m.summary}</p>
        </section>
      )}
      {m.key_points && m.key_points.length > 0 && (
        <section>
          <h3>{t('keyPoints')}</h3>
          <ul className="key-points">
            {m.key_points.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </section>
      )}
      {details && <EvidenceList details={details} lang={lang} />}
      <section>
        <h3>{t('sources')}</h3>
        {!details && (
          <p className="muted" role={detailsError ? 'alert' : 'status'}>
            {detailsError ?? t('loadingDetails')}
          </p>
        )}
        <ol className="sources">
          {(m.sources ?? []).map((s, i) => (
            <li key={i}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title} <span className="sr-only">{t('opensNewTab')}</span>
              </a>
              <span className="muted">
                {' '}
                {s.publisher}
                {s.date ? `, ${s.date}` : ''} · {s.kind}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {m.notes && (
        <section>
          <h3>{t('notes')}</h3>
          <p className="notes">{m.notes}</p>
        </section>
      )}
    </article>
  );
}
