import { useEffect, useRef } from 'react';
import {
  codebookEntries,
  MeetingCsvRowSchema,
  PartnerCsvRowSchema,
  type CodebookEntry,
} from '../../domain/codebook';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import './codebook.css';

const FILES = [
  { path: 'data/partners.csv', schema: PartnerCsvRowSchema, key: 'codebookPartners' },
  { path: 'data/meetings.csv', schema: MeetingCsvRowSchema, key: 'codebookMeetings' },
] as const;

function ColumnTable({ entries, lang }: { entries: CodebookEntry[]; lang: Lang }) {
  const t = translator(lang);
  return (
    <table className="codebook-table">
      <thead>
        <tr>
          <th scope="col">{t('codebookColumn')}</th>
          <th scope="col">{t('codebookType')}</th>
          <th scope="col">{t('codebookMeaning')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.name}>
            <th scope="row">
              <code>{e.name}</code>
            </th>
            <td>
              {e.type}
              {e.required ? '' : ` · ${t('codebookOptional')}`}
            </td>
            <td>
              <span lang="en">{e.description}</span>
              {e.enum && (
                <span className="codebook-values">
                  {t('codebookValues')}{' '}
                  {e.enum.map((v) => (
                    <code key={v}>{v}</code>
                  ))}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The codebook: every column of the published CSV files, from the same definitions as datapackage.json. */
export default function CodebookDialog({
  lang,
  open,
  onClose,
}: {
  lang: Lang;
  open: boolean;
  onClose: () => void;
}) {
  const t = translator(lang);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close?.();
  }, [open]);
  return (
    <dialog ref={ref} className="methodology codebook" aria-labelledby="codebook-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="codebook-title">{t('codebook')}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <p>{t('codebookIntro')}</p>
      <ul className="codebook-files">
        {[...FILES.map((f) => f.path), 'data/atlas.json', 'data/datapackage.json'].map((path) => (
          <li key={path}>
            <a href={`./${path}`} download>
              {path}
            </a>
          </li>
        ))}
      </ul>
      {FILES.map((f) => (
        <section key={f.path} aria-labelledby={`codebook-${f.key}`}>
          <h3 id={`codebook-${f.key}`}>
            <code>{f.path.replace('data/', '')}</code> · {t(f.key)}
          </h3>
          <ColumnTable entries={codebookEntries(f.schema)} lang={lang} />
        </section>
      ))}
    </dialog>
  );
}
