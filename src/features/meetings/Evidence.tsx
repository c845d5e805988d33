import type { MeetingCore, MeetingDetails } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import './Evidence.css';
import { translator, type MessageKey } from '../../ui/i18n';

/** The exact sentences from the cited sources that state the change and the wording, each linked to its source. */
export function EvidenceList({ details, lang }: { details: MeetingDetails; lang: Lang }) {
  const t = translator(lang);
  const titleOf = (url: string) => details.sources.find((s) => s.url === url);
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">{t('evidence')}</h3>
      {details.evidence.length === 0 ? (
        <p className="muted">{t('evidenceNone')}</p>
      ) : (
        <ul className="evidence-list">
          {details.evidence.map((e, i) => {
            const source = titleOf(e.url);
            return (
              <li key={i}>
                <blockquote
                  lang={e.lang === 'zh' ? 'zh-CN' : e.lang === 'en' ? 'en' : undefined}
                  cite={e.url}
                >
                  {e.quote}
                </blockquote>
                <a href={e.url} target="_blank" rel="noopener noreferrer" className="evidence-source">
                  {source ? `${source.publisher}: ${source.title}` : e.url}{' '}
                  <span className="sr-only">{t('opensNewTab')}</span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Which core fields no cited source supports, in words. */
export function UnverifiedFields({ meeting, lang }: { meeting: MeetingCore; lang: Lang }) {
  if (meeting.verified || meeting.unverified.length === 0) return null;
  const t = translator(lang);
  return (
    <p className="unverified-fields">
      {t('unverifiedFields')}{' '}
      {meeting.unverified.map((f) => t(`field_${f}` as MessageKey)).join(lang === 'zh' ? '、' : ', ')}
    </p>
  );
}
