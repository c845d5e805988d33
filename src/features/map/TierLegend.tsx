import { useId, useState } from 'react';
import type { Tier, TierId } from '../../domain/schema';
import type { LadderCount } from '../../domain/ladder';
import { BASE_COLORS, tierColor } from '../../domain/tiers';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { tierName } from '../../ui/format';
import { TierExplainer } from '../../ui/TierTerm';
import { Swatch } from '../../ui/Swatch';
import { noTierLabel } from '../../ui/readerText';
import '../../ui/legend.css';

interface Props {
  tiers: readonly Tier[];
  counts: readonly LadderCount[];
  selected: readonly TierId[];
  onToggle: (tier: TierId) => void;
  onClear: () => void;
  lang: Lang;
  baseCounts: { diplomatic: number; none: number };
}

/** The legend in ladder order (highest rung on top), with a count on each rung. It doubles as the tier filter. */
export function TierLegend({ tiers, counts, selected, onToggle, onClear, lang, baseCounts }: Props) {
  const t = translator(lang);
  const [info, setInfo] = useState<TierId | null>(null);
  const popId = useId();
  const ordered = [...tiers].sort((a, b) => b.rank - a.rank);
  return (
    <div className="legend">
      <div className="legend-head">
        <h2 className="legend-title">{t('legendTitle')}</h2>
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={onClear}>
            {t('allTiers')}
          </button>
        ) : (
          <span className="legend-hint">{t('legendHint')}</span>
        )}
      </div>
      <ul className="legend-list" aria-label={t('tiers')}>
        {ordered.map((tier) => {
          const count = counts.find((c) => c.tier === tier.id)?.count ?? 0;
          const active = selected.length === 0 || selected.includes(tier.id);
          return (
            <li key={tier.id} className={`legend-row${active ? '' : ' is-off'}`}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={selected.includes(tier.id)}
                aria-label={`${tierName(tier, lang)}: ${count} ${t('partners')}`}
                onClick={() => onToggle(tier.id)}
              >
                <span className="legend-rank" aria-hidden="true">
                  {tier.rank}
                </span>
                <Swatch color={tierColor(tier.id)} />
                <span className="legend-name">{tierName(tier, lang)}</span>
                <span className="legend-count">{count}</span>
              </button>
              <button
                type="button"
                className="info-button"
                aria-label={`${tierName(tier, lang)}: ${t('signals')}`}
                aria-expanded={info === tier.id}
                aria-controls={`${popId}-${tier.id}`}
                onClick={() => setInfo(info === tier.id ? null : tier.id)}
              >
                i
              </button>
              {info === tier.id && (
                <div id={`${popId}-${tier.id}`} className="legend-info">
                  <TierExplainer tier={tier} lang={lang} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ul className="legend-base">
        <li>
          <Swatch color={BASE_COLORS.diplomatic} shape="outline" />
          {noTierLabel('diplomatic', lang)} <span className="legend-count">{baseCounts.diplomatic}</span>
        </li>
        <li>
          <Swatch color={BASE_COLORS.none} shape="dots" />
          {noTierLabel('none', lang)} <span className="legend-count">{baseCounts.none}</span>
        </li>
        <li>
          <Swatch color={BASE_COLORS.disputed} shape="hatch" />
          {noTierLabel('disputed', lang)}
        </li>
        <li>
          <Swatch color={BASE_COLORS.hub} />
          {t('hub')}
        </li>
      </ul>
    </div>
  );
}
