import { memo, useState } from 'react';
import { classify, type TierFlow } from '../../domain/changes';
import { CHANGE_COLORS, CHANGE_INK } from '../../domain/changeColours';
import type { TierId } from '../../domain/schema';
import { TIER_IDS } from '../../domain/ids';
import type { Lang } from '../../url/viewState';
import { partnerName } from '../../ui/format';
import { changeText } from './changeText';

type Cell = TierId | null;
const key = (a: Cell, b: Cell) => `${a ?? ''}>${b ?? ''}`;

/** A transition matrix: tier at the first date (rows) by tier at the second (columns); each cell lists its partners. */
export const TierFlows = memo(function TierFlows({
  flows,
  names,
  fromLabel,
  toLabel,
  lang,
  onOpenPartner,
}: {
  flows: readonly TierFlow[];
  names: ReadonlyMap<TierId, string>;
  fromLabel: string;
  toLabel: string;
  lang: Lang;
  onOpenPartner?: (id: string) => void;
}) {
  const c = changeText(lang);
  const [open, setOpen] = useState<string | null>(null);
  const byKey = new Map(flows.map((f) => [key(f.from, f.to), f]));
  const ladder: Cell[] = [...TIER_IDS].reverse();
  const rows = [...ladder, null].filter((t) => flows.some((f) => f.from === t));
  const cols = [...ladder, null].filter((t) => flows.some((f) => f.to === t));
  const label = (t: Cell) => (t ? (names.get(t) ?? t) : c('noPartnership'));
  const chosen = open ? byKey.get(open) : undefined;
  if (flows.length === 0) return <p className="muted">{c('noneShown')}</p>;
  return (
    <div className="tier-flows">
      <p className="muted">{c('flowsHint')}</p>
      <div className="flow-scroll">
        <table className="flow-matrix">
          <caption className="sr-only">{c('flowsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" className="flow-corner">
                {fromLabel} ↓ · {toLabel} →
              </th>
              {cols.map((t) => (
                <th key={t ?? 'none'} scope="col">
                  {label(t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((from) => (
              <tr key={from ?? 'none'}>
                <th scope="row">{label(from)}</th>
                {cols.map((to) => {
                  const f = byKey.get(key(from, to));
                  if (!f) return <td key={to ?? 'none'} className="flow-empty" />;
                  const cls = classify(from, to);
                  const k = key(from, to);
                  return (
                    <td key={to ?? 'none'}>
                      <button
                        type="button"
                        className="flow-cell"
                        style={{ background: CHANGE_COLORS[cls], color: CHANGE_INK[cls] }}
                        aria-pressed={open === k}
                        aria-label={`${label(from)} → ${label(to)}: ${f.rows.length} ${c('partners')}`}
                        onClick={() => setOpen(open === k ? null : k)}
                      >
                        {f.rows.length}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen && (
        <div className="flow-partners" role="region" aria-label={c('flowPartners')}>
          <h3>
            {label(chosen.from)} ({fromLabel}) → {label(chosen.to)} ({toLabel}): {chosen.rows.length}{' '}
            {c('partners')}
          </h3>
          <ul>
            {[...chosen.rows]
              .sort((a, b) => partnerName(a.partner, lang).localeCompare(partnerName(b.partner, lang)))
              .map((r) => (
                <li key={r.partner.id}>
                  {onOpenPartner ? (
                    <button type="button" className="link-button" onClick={() => onOpenPartner(r.partner.id)}>
                      {partnerName(r.partner, lang)}
                    </button>
                  ) : (
                    partnerName(r.partner, lang)
                  )}
                </li>
              ))}
          </ul>
        </div>
      )}
    </div>
  );
});
