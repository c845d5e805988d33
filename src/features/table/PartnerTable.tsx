import { useId, useMemo, useState } from 'react';
import type { PartnerRow } from '../../domain/filters';
import type { Tier, TierId } from '../../domain/schema';
import type { PartnerStatus } from '../../domain/status';
import { buildTableRows, sortTableRows, type SortKey } from '../../domain/table';
import { tierColor } from '../../domain/tiers';
import type { Lang } from '../../url/filters';
import { formatDate, partnerName, regionName, tierName, translator } from '../../ui/i18n';

interface Props {
  rows: readonly PartnerRow[];
  earlier: ReadonlyMap<string, PartnerStatus>;
  compareYear: number;
  compareYears: readonly number[];
  onCompareYear: (y: number) => void;
  tiers: ReadonlyMap<TierId, Tier>;
  lang: Lang;
  onOpen: (id: string) => void;
}

/** Sortable list of partners: the accessible alternative to the map. */
export function PartnerTable({
  rows,
  earlier,
  compareYear,
  compareYears,
  onCompareYear,
  tiers,
  lang,
  onOpen,
}: Props) {
  const t = translator(lang);
  const id = useId();
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'tier', dir: 'desc' });
  const nameOf = (r: { row: PartnerRow }) => partnerName(r.row.partner, lang);
  const sorted = useMemo(
    () => sortTableRows(buildTableRows(rows, earlier), sort.key, sort.dir, nameOf),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, earlier, sort, lang],
  );
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort({
              key,
              dir:
                active && sort.dir === 'desc'
                  ? 'asc'
                  : active
                    ? 'desc'
                    : key === 'name' || key === 'region'
                      ? 'asc'
                      : 'desc',
            })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-view">
      <div className="table-tools">
        <label htmlFor={id}>{t('tableClimb')}</label>
        <select id={id} value={compareYear} onChange={(e) => onCompareYear(Number(e.target.value))}>
          {compareYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span className="muted">
          {sorted.length} {t('rows')}
        </span>
      </div>
      <div className="table-scroll">
        <table className="partner-table">
          <caption className="sr-only">{t('tableCaption')}</caption>
          <thead>
            <tr>
              {header('name', t('tablePartner'))}
              {header('region', t('tableRegion'))}
              {header('tier', t('tableTier'))}
              <th scope="col">{t('tableWording')}</th>
              {header('since', t('tableSince'))}
              {header('last', t('tableLastMeeting'))}
              {header('climb', `${t('tableClimb')} ${compareYear}`)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const tier = r.row.tier ? tiers.get(r.row.tier) : null;
              const s = r.row.status;
              return (
                <tr key={r.row.partner.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(r.row.partner.id)}>
                      {partnerName(r.row.partner, lang)}
                    </button>
                  </th>
                  <td>{regionName(r.row.partner.region, lang)}</td>
                  <td>
                    {tier ? (
                      <span className="tier-cell">
                        <span
                          className="swatch"
                          style={{ background: tierColor(tier.id) }}
                          aria-hidden="true"
                        />
                        {tier.rank}. {tierName(tier, lang)}
                      </span>
                    ) : (
                      <span className="muted">{r.row.base === 'none' ? t('recognisesTaipei') : '—'}</span>
                    )}
                  </td>
                  <td className="wording-cell">
                    {s?.tier ? (lang === 'zh' && s.wordingZh ? s.wordingZh : s.wordingEn) : ''}
                  </td>
                  <td>{r.since ? formatDate(r.since, r.row.status?.sincePrecision ?? 'day', lang) : ''}</td>
                  <td>{r.last ? formatDate(r.last, s?.lastMeeting.date_precision ?? 'day', lang) : ''}</td>
                  <td className="num">
                    {r.climb === null ? '' : r.climb > 0 ? `+${r.climb}` : String(r.climb)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
