import { useId, useState, type DragEvent } from 'react';
import type { AtlasData, TierId } from '../../domain/schema';
import { toDraftRecord, type DraftRecord } from '../../domain/report';
import { useExtraction } from './useExtraction';
import { downloadText, MIME } from '../../export/download';
import type { Lang } from '../../url/viewState';
import { useCjkFont } from '../../ui/cjkFont';
import { ImportFields, type Edits } from './ImportFields';
import { importText, type ImportText } from '../../ui/text/import';
import './ImportPanel.css';

export interface PreviewDraft {
  partnerId: string;
  tier: TierId | null;
}

interface Props {
  dataset: AtlasData;
  onPreview: (draft: PreviewDraft | null) => void;
  lang?: Lang;
}

const ZH_REASONS: [RegExp, string][] = [
  [/empty/, '文件是空的'],
  [/binary/, '这是二进制文件，不是文本'],
  [/too large/, '文件太大，不像一篇报道'],
  [/not text/, '这不是文本（控制字符或无法解码的字符太多）'],
  [/no article text/, '网页中没有找到正文'],
];

/** readReport's one-line reason, in the interface's language. */
function reasonText(reason: string, lang: Lang, t: ImportText): string {
  if (/does not look like a meeting report/.test(reason)) return t.notReport;
  if (lang !== 'zh') return reason;
  return ZH_REASONS.find(([re]) => re.test(reason))?.[1] ?? reason;
}

/**
 * Paste a report (English or Chinese) or drop a saved web page, check and correct the draft record, preview it
 * on the map, download it. Runs in the browser only: the same readReport as the ingest CLI.
 */
export function ImportPanel({ dataset, onPreview, lang = 'en' }: Props) {
  const t = importText(lang);
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [edits, setEdits] = useState<Edits>({});
  const id = useId();
  // A pasted or dropped Chinese report must render on systems without a CJK font.
  useCjkFont(lang === 'zh' || /[\u3400-\u9fff]/.test(text));
  // Read off the main thread, a moment after the last keystroke (useExtraction.ts).
  const { result: read, pending } = useExtraction(text, dataset);
  const base = read && 'draft' in read ? read.draft : null;
  const draft: DraftRecord | null = base
    ? { ...toDraftRecord(base), ...edits, needs_review: base.needs_review.filter((f) => !(f in edits)) }
    : null;
  const tierName = (tier: TierId | null) => {
    const found = dataset.tiers.tiers.find((x) => x.id === tier);
    return (lang === 'zh' ? found?.name_zh : found?.name_en) ?? t.none;
  };
  const partner = dataset.partners.find((p) => p.id === draft?.partner_id);
  const partnerName = partner && (lang === 'zh' ? partner.name_zh : partner.name_en);
  const set = <K extends keyof Edits>(field: K, value: Edits[K]) =>
    setEdits((e) => ({ ...e, [field]: value }));

  const load = (value: string, from: string | null) => {
    setText(value);
    setSource(from);
    setFileProblem(null);
    setEdits({});
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.(?:html?|txt)$/i.test(file.name) && !/^text\//.test(file.type)) {
      setFileProblem(t.notAFile(file.name));
      return;
    }
    load(await file.text(), file.name);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
    else {
      const html = e.dataTransfer.getData('text/html');
      const plain = e.dataTransfer.getData('text/plain');
      if (html || plain) load(html || plain, null);
    }
  };

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p className="import-note">{t.note}</p>
      <div className="import-columns">
        <div
          className={dragging ? 'import-source dragging' : 'import-source'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={`${id}-text`}>{t.reportText}</label>
          <textarea
            id={`${id}-text`}
            value={source && read && 'draft' in read && read.html ? read.text : text}
            rows={18}
            placeholder={dragging ? t.dropHere : t.placeholder}
            onChange={(e) => load(e.target.value, null)}
          />
          <div className="import-file">
            <label className="import-file-button">
              {t.openFile}
              <input
                type="file"
                accept=".html,.htm,.txt,text/html,text/plain"
                onChange={(e) => void openFile(e.target.files?.[0])}
              />
            </label>
            {source && <span className="import-file-name">{t.readFrom(source)}</span>}
          </div>
          {fileProblem && <p role="alert">{fileProblem}</p>}
        </div>
        <form className="import-draft" aria-label={t.draft} onSubmit={(e) => e.preventDefault()}>
          {read && 'problem' in read && <p role="alert">{reasonText(read.problem, lang, t)}</p>}
          {pending && (
            <p className="import-empty" role="status">
              {t.reading}
            </p>
          )}
          {!read && !pending && <p className="import-empty">{t.empty}</p>}
          {draft && (
            <>
              <p role="status" className="import-summary">
                {draft.needs_review.length === 0 ? t.allRead : t.toCheck(draft.needs_review.length)}
              </p>
              <ImportFields draft={draft} dataset={dataset} lang={lang} t={t} set={set} />
              <p className="import-preview-text">
                {partnerName ?? t.unknownPartner}: {tierName(draft.tier_before)} →{' '}
                {tierName(draft.tier_after)}
              </p>
              <div className="import-actions">
                <button
                  type="button"
                  onClick={() =>
                    onPreview(
                      draft.partner_id ? { partnerId: draft.partner_id, tier: draft.tier_after } : null,
                    )
                  }
                >
                  {t.preview}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    downloadText(
                      `${JSON.stringify(draft, null, 2)}\n`,
                      `${(draft.partner_id ?? 'draft').toLowerCase()}-${draft.date ?? 'undated'}.json`,
                      MIME.json,
                    )
                  }
                >
                  {t.download}
                </button>
              </div>
            </>
          )}
        </form>
      </div>
    </section>
  );
}
