import { useId, useState, type ReactNode } from 'react';
import type { Tier } from '../domain/schema';
import { tierColor, tierRank } from '../domain/tiers';
import type { Lang } from '../url/viewState';
import { translator } from './i18n';
import { tierName } from './format';
import './tierTerm.css';

/** What a tier means: its rung, its Chinese term and what it usually signals. */
export function TierExplainer({ tier, lang }: { tier: Tier; lang: Lang }) {
  const t = translator(lang);
  return (
    <>
      <strong>{tierName(tier, lang)}</strong>
      <span className="tier-pop-meta">
        {t('rank')} {tierRank(tier.id)} {t('of')} 7 · {lang === 'zh' ? tier.name_en : tier.name_zh}
      </span>
      <span>{lang === 'zh' ? tier.signals_zh : tier.signals_en}</span>
    </>
  );
}

/**
 * A tier name that explains itself on hover, focus or tap. Renders a button (so it works by keyboard and touch)
 * with the explanation in a popover tied to it by aria-describedby.
 */
export function TierTerm({ tier, lang, children }: { tier: Tier; lang: Lang; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="tier-term-wrap" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="tier-term"
        aria-expanded={open}
        aria-describedby={id}
        onClick={() => setOpen((o) => !o)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        <span className="swatch" style={{ background: tierColor(tier.id) }} aria-hidden="true" />
        {children ?? tierName(tier, lang)}
      </button>
      <span id={id} role="tooltip" className={`tier-pop${open ? ' is-open' : ''}`}>
        <TierExplainer tier={tier} lang={lang} />
      </span>
    </span>
  );
}
