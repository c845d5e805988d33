import { useEffect, useId, useRef, useState } from 'react';
import type { Meta } from '../../domain/schema';
import { buildApa, buildBibtex, buildIframeSnippet } from '../../domain/citation';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { copyText } from '../../ui/copyText';

interface Props {
  open: boolean;
  onClose: () => void;
  lang: Lang;
  /** The chart's title: the iframe's accessible name. */
  title: string;
  viewUrl: string;
  embedUrl: string | null;
  embedNote?: string | null;
  meta: Meta;
  /** Access date for the citations, ISO. */
  accessed: string;
}

function CopyField({
  label,
  value,
  multiline,
  onCopied,
  lang,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  onCopied: (ok: boolean) => void;
  lang: Lang;
}) {
  const c = translator(lang);
  const id = useId();
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea
            id={id}
            ref={ref}
            readOnly
            value={value}
            rows={Math.min(8, value.split('\n').length + 1)}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            ref={ref}
            readOnly
            value={value}
            type="text"
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <button
          type="button"
          className="ghost-button"
          onClick={async () => onCopied(await copyText(value, ref.current))}
          aria-label={`${c('copy')}: ${label}`}
        >
          {c('copy')}
        </button>
      </div>
    </div>
  );
}

/** Link, iframe snippet and citations (APA, BibTeX) for one chart, in a native modal <dialog>. */
export function ShareDialog({
  open,
  onClose,
  lang,
  title,
  viewUrl,
  embedUrl,
  embedNote,
  meta,
  accessed,
}: Props) {
  const c = translator(lang);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [message, setMessage] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  const onCopied = (ok: boolean) => setMessage(ok ? c('copied') : c('copyFailed'));
  const cite = { meta, accessed, url: viewUrl };
  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={onClose}
    >
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={headingId}>{c('shareTitle')}</h2>
            <button type="button" className="close-button" onClick={onClose} aria-label={c('close')}>
              ×
            </button>
          </div>
          <p className="muted small share-chart-name">{title}</p>
          <CopyField label={c('link')} value={viewUrl} onCopied={onCopied} lang={lang} />
          {embedUrl && (
            <section className="share-section">
              <CopyField
                label={c('embed')}
                value={buildIframeSnippet({ src: embedUrl, title })}
                multiline
                onCopied={onCopied}
                lang={lang}
              />
              <p className="muted small">
                {c('embedHint')}
                {embedNote ? ` ${embedNote}` : ''}
              </p>
            </section>
          )}
          <section className="share-section">
            <h3>{c('cite')}</h3>
            <CopyField label={c('apa')} value={buildApa(cite)} multiline onCopied={onCopied} lang={lang} />
            <CopyField
              label={c('bibtex')}
              value={buildBibtex(cite)}
              multiline
              onCopied={onCopied}
              lang={lang}
            />
            <p className="muted small">{c('citeNote')}</p>
          </section>
          <p className="share-status" role="status" aria-live="polite">
            {message}
          </p>
        </>
      )}
    </dialog>
  );
}
