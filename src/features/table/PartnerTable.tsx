import { useId, useMemo, useState } from 'react';
import type { PartnerRow } from '../../domain/filters';
import type { Tier, TierId } from '../../domain/schema';
import type { PartnerStatus } from '../../domain/status';
import {
  buildTableCsvRows,
  buildTableRows,
  sortTableRows,
  TABLE_CSV_COLUMNS,
  type SortKey,
  type TableRow,
} from '../../domain/table';
import { tierColor } from '../../domain/tiers';
import type { Lang } from '../../url/viewState';
import { toCsv } from '../../export/toCsv';
import { downloadText, MIME } from '../../export/download';
import { copyText } from '../../ui/copyText';
import { translator } from '../../ui/i18n';
import { formatDate, partnerName, regionName, tierName } from '../../ui/format';
import { noTierLabel, readerText } from '../../ui/readerText';
import { Swatch } from '../../ui/Swatch';
import { TableFilters, type TableFilterState } from './TableFilters';
import './table.css';

interface Props {
  rows: readonly PartnerRow[];
  /** How many partners there are before the filters (for "24 of 212 partners shown"). */
  totalCount: number;
  earlier: ReadonlyMap<string, PartnerStatus>;
  compareYear: number;
  compareYears: readonly number[];
  onCompareYear: (y: number) => void;
  tiers: ReadonlyMap<TierId, Tier>;
  lang: Lang;
  asOf: string;
  filters: TableFilterState;
  onFilters: (next: Partial<TableFilterState>) => void;
  onOpen: (id: string) => void;
}

const statusText = (r: TableRow, lang: Lang) =>
  r.row.tier ? '' : noTierLabel(r.row.base === 'none' ? 'none' : 'diplomatic', lang);

/** Sortable list of partners: the accessible alternative to the map, with its filters, a link and a CSV. */
export function PartnerTable(p: Props) {
  const { lang, tiers } = p;
  const t = translator(lang);
  const r = readerText(lang);
  const id = useId();
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'tier', dir: 'desc' });
  const [status, setStatus] = useState('');
  const nameOf = (x: { row: PartnerRow }) => partnerName(x.row.partner, lang);
  const sorted = useMemo(
    () => sortTableRows(buildTableRows(p.rows, p.earlier), sort.key, sort.dir, nameOf),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [p.rows, p.earlier, sort, lang],
  );
  const download = () => {
    const csvRows = buildTableCsvRows(sorted, tiers, p.asOf, p.compareYear, (x) => statusText(x, 'en'));
    downloadText(toCsv(csvRows, TABLE_CSV_COLUMNS, { bom: true }), `partners-table-${p.asOf}.csv`, MIME.csv);
  };
  const share = async () => {
    const ok = await copyText(window.location.href);
    setStatus(ok ? r('linkCopied') : r('copyFailed'));
  };
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const first = key === 'name' || key === 'region' ? 'asc' : 'desc';
    const next = active ? (sort.dir === 'desc' ? 'asc' : 'desc') : first;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, dir: next })}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-view">
      <div className="table-tools">
        <TableFilters state={p.filters} tiers={tiers} lang={lang} onChange={p.onFilters} />
        <div className="table-actions">
          <span className="table-count" role="status">
            {sorted.length} {r('ofPartners')} {p.totalCount} {r('partnersShown')}
          </span>
          <label htmlFor={id}>{t('tableClimb')}</label>
          <select id={id} value={p.compareYear} onChange={(e) => p.onCompareYear(Number(e.target.value))}>
            {p.compareYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <button type="button" className="ghost-button" onClick={download}>
            {r('tableCsv')}
          </button>
          <button type="button" className="ghost-button" onClick={() => void share()}>
            {r('tableShare')}
          </button>
          <span className="table-status" aria-live="polite">
            {status}
          </span>
        </div>
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
              {header('tierSince', t('tableTierSince'))}
              {header('since', t('tableSince'))}
              {header('last', t('tableLastMeeting'))}
              {header('climb', `${t('tableClimb')} ${p.compareYear}`)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((x) => {
              const tier = x.row.tier ? tiers.get(x.row.tier) : null;
              const s = x.row.status;
              return (
                <tr key={x.row.partner.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => p.onOpen(x.row.partner.id)}>
                      {partnerName(x.row.partner, lang)}
                    </button>
                  </th>
                  <td>{regionName(x.row.partner.region, lang)}</td>
                  <td>
                    {tier ? (
                      <span className="tier-cell">
                        <Swatch color={tierColor(tier.id)} />
                        <span>
                          {tier.rank}. {tierName(tier, lang)}
                        </span>
                      </span>
                    ) : (
                      <span className="muted">{statusText(x, lang)}</span>
                    )}
                  </td>
                  <td className="wording-cell">
                    {s?.tier ? (lang === 'zh' && s.wordingZh ? s.wordingZh : s.wordingEn) : ''}
                  </td>
                  <td>{x.tierSince ? formatDate(x.tierSince, s?.tierSincePrecision ?? 'day', lang) : ''}</td>
                  <td>{x.since ? formatDate(x.since, s?.sincePrecision ?? 'day', lang) : ''}</td>
                  <td>{x.last ? formatDate(x.last, s?.lastMeeting.date_precision ?? 'day', lang) : ''}</td>
                  <td className="num">
                    {x.climb === null ? '' : x.climb > 0 ? `+${x.climb}` : String(x.climb)}
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
