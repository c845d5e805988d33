import { useEffect, useRef } from 'react';
import type { AtlasData } from '../domain/schema';
import type { Lang } from '../url/filters';
import { tierName, translator } from '../ui/i18n';
import { tierColor } from '../domain/tiers';

/** The written rules that map official wording to a tier, and how the atlas reads its data. */
export function Methodology({
  dataset,
  lang,
  open,
  onClose,
}: {
  dataset: AtlasData;
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
  const tiers = [...dataset.tiers.tiers].sort((a, b) => b.rank - a.rank);
  return (
    <dialog ref={ref} className="methodology" aria-labelledby="methodology-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="methodology-title">{t('methodology')}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      {(lang === 'zh' ? dataset.tiers.methodology_zh : dataset.tiers.methodology_en).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>{t('tiers')}</h3>
      <ol className="method-tiers" reversed>
        {tiers.map((tier) => (
          <li key={tier.id}>
            <span className="swatch" style={{ background: tierColor(tier.id) }} aria-hidden="true" />
            <strong>{tierName(tier, lang)}</strong>{' '}
            <span lang="zh-CN">{lang === 'zh' ? tier.name_en : tier.name_zh}</span>
            <p>{lang === 'zh' ? tier.signals_zh : tier.signals_en}</p>
            <p className="muted">
              {tier.examples_en.join('; ')} · <span lang="zh-CN">{tier.examples_zh.join('；')}</span>
            </p>
          </li>
        ))}
      </ol>
      <h3>Rules (first match wins)</h3>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">English pattern</th>
            <th scope="col">Chinese pattern</th>
            <th scope="col">{t('tableTier')}</th>
            <th scope="col">{t('notes')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.tiers.rules.map((r, i) => (
            <tr key={r.id}>
              <td>{i + 1}</td>
              <td>
                <code>{r.match_en}</code>
              </td>
              <td>
                <code>{r.match_zh ?? ''}</code>
              </td>
              <td>{r.tier}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {dataset.tiers.flags.map((f) => (
        <p key={f.id}>
          <strong>
            {f.name_en} / <span lang="zh-CN">{f.name_zh}</span>
          </strong>
          : {f.note}
        </p>
      ))}
    </dialog>
  );
}
