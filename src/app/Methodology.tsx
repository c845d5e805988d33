import { useEffect, useRef } from 'react';
import type { AtlasData } from '../domain/schema';
import type { Lang } from '../url/viewState';
import { translator } from '../ui/i18n';
import { tierName } from '../ui/format';
import { readerText } from '../ui/readerText';
import { tierColor } from '../domain/tiers';
import { Swatch } from '../ui/Swatch';
import './methodology.css';

/** How the atlas reads its data, for readers: the rungs highest first, each with its rule in plain words and a real example. */
export function Methodology({
  dataset,
  lang,
  open,
  onClose,
  onImport,
  onCodebook,
}: {
  dataset: AtlasData;
  lang: Lang;
  open: boolean;
  onClose: () => void;
  /** The curator's tool, offered at the end. */
  onImport?: () => void;
  /** The codebook of the published data files. */
  onCodebook?: () => void;
}) {
  const t = translator(lang);
  const r = readerText(lang);
  const zh = lang === 'zh';
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close?.();
  }, [open]);
  const file = dataset.tiers;
  const tiers = [...file.tiers].sort((a, b) => b.rank - a.rank);
  return (
    <dialog ref={ref} className="methodology" aria-labelledby="methodology-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="methodology-title">{t('methodology')}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      {(zh ? file.methodology_zh : file.methodology_en).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>{r('rulesTitle')}</h3>
      <p>{r('rulesIntro')}</p>
      <ol className="method-rungs">
        {tiers.map((tier) => (
          <li key={tier.id} className="method-rung">
            <h4>
              <Swatch color={tierColor(tier.id)} />
              <span className="method-rank">
                {t('rank')} {tier.rank}
              </span>{' '}
              {tierName(tier, lang)}{' '}
              <span className="method-alt" lang={zh ? 'en' : 'zh-CN'}>
                {zh ? tier.name_en : tier.name_zh}
              </span>
            </h4>
            <p>{zh ? tier.signals_zh : tier.signals_en}</p>
            {file.rules
              .filter((rule) => rule.tier === tier.id)
              .map((rule) => (
                <div key={rule.id} className="method-rule">
                  <p>{zh ? rule.plain_zh : rule.plain_en}</p>
                  <p className="method-example">
                    <span className="method-example-label">{r('example')}: </span>
                    {zh ? rule.example_zh : rule.example_en}
                  </p>
                </div>
              ))}
          </li>
        ))}
      </ol>
      <h3>{r('relationshipTitle')}</h3>
      {(zh ? file.relationship_zh : file.relationship_en).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>{r('flagsTitle')}</h3>
      {file.flags.map((f) => (
        <p key={f.id}>
          <strong>
            {zh ? f.name_zh : f.name_en}{' '}
            <span lang={zh ? 'en' : 'zh-CN'}>({zh ? f.name_en : f.name_zh})</span>
          </strong>
          : {zh ? f.note_zh : f.note_en}
        </p>
      ))}
      {onCodebook && (
        <section className="method-codebook">
          <h3>{t('codebook')}</h3>
          <button type="button" className="ghost-button" onClick={onCodebook}>
            {t('codebookOpen')}
          </button>
        </section>
      )}
      {onImport && (
        <section className="method-curators">
          <h3>{r('curatorTitle')}</h3>
          <p>{r('curatorText')}</p>
          <button type="button" className="ghost-button" onClick={onImport}>
            {r('importReport')}
          </button>
        </section>
      )}
    </dialog>
  );
}
