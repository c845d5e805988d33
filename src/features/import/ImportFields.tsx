import { useId, useMemo, type ReactNode } from 'react';
import { CHANGE_TYPES, TIER_IDS, type AtlasData, type TierId } from '../../domain/schema';
import type { DraftRecord, ReviewField } from '../../domain/report';
import type { Lang } from '../../url/viewState';
import type { ImportText } from '../../ui/text/import';

export type Edits = Partial<Omit<DraftRecord, 'needs_review'>>;
type TextField =
  | 'date'
  | 'city'
  | 'china_leader'
  | 'partner_leader'
  | 'partner_leader_title'
  | 'wording_en'
  | 'wording_zh'
  | 'joint_statement'
  | 'joint_statement_zh';

interface Props {
  draft: DraftRecord;
  dataset: AtlasData;
  lang: Lang;
  t: ImportText;
  set: <K extends keyof Edits>(field: K, value: Edits[K]) => void;
}

/** The draft's fields, each editable; a field the reader could not settle is marked "check this". */
export function ImportFields({ draft, dataset, lang, t, set }: Props) {
  const id = useId();
  // Built once: the partner list is long, and the form re-renders on every keystroke.
  const partnerOptions = useMemo(
    () =>
      dataset.partners.map((p) => (
        <option key={p.id} value={p.id}>
          {lang === 'zh' ? p.name_zh : p.name_en}
        </option>
      )),
    [dataset, lang],
  );
  const tierName = (tier: TierId) => {
    const found = dataset.tiers.tiers.find((x) => x.id === tier);
    return (lang === 'zh' ? found?.name_zh : found?.name_en) ?? tier;
  };
  const field = (
    name: ReviewField,
    label: string,
    input: (inputId: string, described?: string) => ReactNode,
  ) => {
    const inputId = `${id}-${name}`;
    const flagged = draft.needs_review.includes(name);
    return (
      <div className={flagged ? 'import-field needs-review' : 'import-field'} key={name}>
        <label htmlFor={inputId}>{label}</label>
        {input(inputId, flagged ? `${inputId}-check` : undefined)}
        {flagged && (
          <span id={`${inputId}-check`} className="check-this">
            {t.checkThis}
          </span>
        )}
      </div>
    );
  };
  const textField = (name: TextField, label: string) =>
    field(name, label, (inputId, described) => (
      <input
        id={inputId}
        type="text"
        value={draft[name] ?? ''}
        aria-describedby={described}
        onChange={(e) => set(name, e.target.value.trim() ? e.target.value : null)}
      />
    ));
  const tierSelect = (name: 'tier_before' | 'tier_after', label: string) =>
    field(name, label, (inputId, described) => (
      <select
        id={inputId}
        value={draft[name] ?? ''}
        aria-describedby={described}
        onChange={(e) => set(name, (e.target.value || null) as TierId | null)}
      >
        <option value="">{t.none}</option>
        {TIER_IDS.map((tier) => (
          <option key={tier} value={tier}>
            {tierName(tier)}
          </option>
        ))}
      </select>
    ));
  return (
    <>
      {field('partner_id', t.partner, (inputId, described) => (
        <select
          id={inputId}
          value={draft.partner_id ?? ''}
          aria-describedby={described}
          onChange={(e) => set('partner_id', e.target.value || null)}
        >
          <option value="">{t.unknown}</option>
          {partnerOptions}
        </select>
      ))}
      {textField('date', t.date)}
      {textField('city', t.city)}
      {textField('china_leader', t.chinaLeader)}
      {textField('partner_leader', t.partnerLeader)}
      {textField('partner_leader_title', t.partnerTitle)}
      {tierSelect('tier_before', t.tierBefore)}
      {tierSelect('tier_after', t.tierAfter)}
      {textField('wording_en', t.wording)}
      {textField('wording_zh', t.wordingZh)}
      {field('change', t.change, (inputId, described) => (
        <select
          id={inputId}
          value={draft.change ?? ''}
          aria-describedby={described}
          onChange={(e) => set('change', (e.target.value || null) as DraftRecord['change'])}
        >
          <option value="">{t.unknown}</option>
          {[...CHANGE_TYPES, 'none' as const].map((c) => (
            <option key={c} value={c}>
              {t.changes[c] ?? c}
            </option>
          ))}
        </select>
      ))}
      {field('community_with_shared_future', t.community, (inputId, described) => (
        <input
          id={inputId}
          type="checkbox"
          checked={draft.community_with_shared_future}
          aria-describedby={described}
          onChange={(e) => set('community_with_shared_future', e.target.checked)}
        />
      ))}
      {textField('joint_statement', t.statement)}
      {textField('joint_statement_zh', t.statementZh)}
      {field('attendees', t.attendees, (inputId, described) => (
        <input
          id={inputId}
          type="text"
          value={draft.attendees.join(', ')}
          aria-describedby={described}
          onChange={(e) =>
            set(
              'attendees',
              e.target.value
                .split(/[,，、]/)
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      ))}
    </>
  );
}
