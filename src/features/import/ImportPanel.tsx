import { useId, useState, type ReactNode } from 'react';
import { CHANGE_TYPES, TIER_IDS, type AtlasData, type TierId } from '../../domain/schema';
import { toDraftRecord, type DraftRecord, type ReviewField } from '../../domain/report';
import { useExtraction } from './useExtraction';
import { downloadText, MIME } from '../../export/download';
import './ImportPanel.css';

export interface PreviewDraft {
  partnerId: string;
  tier: TierId | null;
}

interface Props {
  dataset: AtlasData;
  onPreview: (draft: PreviewDraft | null) => void;
}

type Edits = Partial<Omit<DraftRecord, 'needs_review'>>;

/** Paste a wire report, check and correct the draft record, preview it on the map, download it. Runs in the browser only. */
export function ImportPanel({ dataset, onPreview }: Props) {
  const [text, setText] = useState('');
  const [edits, setEdits] = useState<Edits>({});
  const id = useId();
  // Read off the main thread, a moment after the last keystroke (useExtraction.ts).
  const { result: extracted, pending } = useExtraction(text, dataset);
  const base = extracted && 'draft' in extracted ? extracted.draft : null;
  const draft: DraftRecord | null = base
    ? { ...toDraftRecord(base), ...edits, needs_review: base.needs_review.filter((f) => !(f in edits)) }
    : null;
  const tierName = (tier: TierId | null) => dataset.tiers.tiers.find((t) => t.id === tier)?.name_en ?? 'none';
  const partnerName = dataset.partners.find((p) => p.id === draft?.partner_id)?.name_en;

  const set = <K extends keyof Edits>(field: K, value: Edits[K]) =>
    setEdits((e) => ({ ...e, [field]: value }));
  const field = (
    name: ReviewField,
    label: string,
    input: (inputId: string, described?: string) => ReactNode,
  ) => {
    const inputId = `${id}-${name}`;
    const flagged = draft?.needs_review.includes(name) ?? false;
    return (
      <div className={flagged ? 'import-field needs-review' : 'import-field'} key={name}>
        <label htmlFor={inputId}>{label}</label>
        {input(inputId, flagged ? `${inputId}-check` : undefined)}
        {flagged && (
          <span id={`${inputId}-check`} className="check-this">
            check this
          </span>
        )}
      </div>
    );
  };
  const textField = (
    name:
      | 'date'
      | 'city'
      | 'china_leader'
      | 'partner_leader'
      | 'partner_leader_title'
      | 'wording_en'
      | 'joint_statement',
    label: string,
  ) =>
    field(name, label, (inputId, described) => (
      <input
        id={inputId}
        type="text"
        value={draft?.[name] ?? ''}
        aria-describedby={described}
        onChange={(e) => set(name, e.target.value.trim() ? e.target.value : null)}
      />
    ));
  const tierSelect = (name: 'tier_before' | 'tier_after', label: string) =>
    field(name, label, (inputId, described) => (
      <select
        id={inputId}
        value={draft?.[name] ?? ''}
        aria-describedby={described}
        onChange={(e) => set(name, (e.target.value || null) as TierId | null)}
      >
        <option value="">none</option>
        {TIER_IDS.map((t) => (
          <option key={t} value={t}>
            {tierName(t)}
          </option>
        ))}
      </select>
    ));

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import a report</h2>
      <p className="import-note">The report is read in your browser. Nothing is sent anywhere.</p>
      <div className="import-columns">
        <div className="import-source">
          <label htmlFor={`${id}-text`}>Report text</label>
          <textarea
            id={`${id}-text`}
            value={text}
            rows={18}
            placeholder="Paste a wire report, e.g. from Xinhua or the Chinese foreign ministry"
            onChange={(e) => {
              setText(e.target.value);
              setEdits({});
            }}
          />
        </div>
        <form className="import-draft" aria-label="Draft record" onSubmit={(e) => e.preventDefault()}>
          {extracted && 'problem' in extracted && <p role="alert">{extracted.problem}</p>}
          {pending && (
            <p className="import-empty" role="status">
              Reading the report…
            </p>
          )}
          {!extracted && !pending && <p className="import-empty">The draft record appears here.</p>}
          {draft && (
            <>
              <p role="status" className="import-summary">
                {draft.needs_review.length === 0
                  ? 'Every field was read from the report.'
                  : `${draft.needs_review.length} field${draft.needs_review.length === 1 ? '' : 's'} to check.`}
              </p>
              {field('partner_id', 'Partner', (inputId, described) => (
                <select
                  id={inputId}
                  value={draft.partner_id ?? ''}
                  aria-describedby={described}
                  onChange={(e) => set('partner_id', e.target.value || null)}
                >
                  <option value="">unknown</option>
                  {dataset.partners.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name_en}
                    </option>
                  ))}
                </select>
              ))}
              {textField('date', 'Date (YYYY-MM-DD)')}
              {textField('city', 'City')}
              {textField('china_leader', "China's principal")}
              {textField('partner_leader', "Partner's principal")}
              {textField('partner_leader_title', "Partner principal's title")}
              {tierSelect('tier_before', 'Tier before')}
              {tierSelect('tier_after', 'Tier after')}
              {textField('wording_en', 'Wording')}
              {field('change', 'Change', (inputId, described) => (
                <select
                  id={inputId}
                  value={draft.change ?? ''}
                  aria-describedby={described}
                  onChange={(e) => set('change', (e.target.value || null) as DraftRecord['change'])}
                >
                  <option value="">unknown</option>
                  {[...CHANGE_TYPES, 'none' as const].map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              ))}
              {field(
                'community_with_shared_future',
                'Community with a shared future',
                (inputId, described) => (
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={draft.community_with_shared_future}
                    aria-describedby={described}
                    onChange={(e) => set('community_with_shared_future', e.target.checked)}
                  />
                ),
              )}
              {textField('joint_statement', 'Joint statement')}
              {field('attendees', 'Attendees (comma-separated)', (inputId, described) => (
                <input
                  id={inputId}
                  type="text"
                  value={draft.attendees.join(', ')}
                  aria-describedby={described}
                  onChange={(e) =>
                    set(
                      'attendees',
                      e.target.value
                        .split(',')
                        .map((s) => s.trim())
                        .filter(Boolean),
                    )
                  }
                />
              ))}
              <p className="import-preview-text">
                {partnerName ?? 'Unknown partner'}: {tierName(draft.tier_before)} →{' '}
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
                  Preview on map
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
                  Download JSON
                </button>
              </div>
            </>
          )}
        </form>
      </div>
    </section>
  );
}
