import { memo, useMemo, useState } from 'react';
import { CHANGE_CLASSES, type ChangeRow } from '../../domain/changes';
import type { MeetingCore, TierId } from '../../domain/schema';
import { tierRank } from '../../domain/tiers';
import type { Lang } from '../../url/viewState';
import { formatDate, partnerName, regionName } from '../../ui/format';
import { changeText, classLabel } from './changeText';

const PAGE = 50;

type SortKey = 'partner' | 'region' | 'before' | 'after' | 'rungs' | 'change' | 'meetings';

function sortValue(r: ChangeRow, key: SortKey, lang: Lang): string | number {
  switch (key) {
    case 'partner':
      return partnerName(r.partner, lang);
    case 'region':
      return r.partner.region;
    case 'before':
      return r.tierBefore ? tierRank(r.tierBefore) : 0;
    case 'after':
      return r.tierAfter ? tierRank(r.tierAfter) : 0;
    case 'rungs':
      return r.rungs ?? (r.cls === 'new' ? 0.5 : r.lapsed ? -9 : -99);
    case 'change':
      return CHANGE_CLASSES.indexOf(r.cls);
    case 'meetings':
      return r.meetings[r.meetings.length - 1]?.date ?? '';
  }
}

/** Sortable table of the partners in the range, with the meetings in between; CSV download. */
export const ChangeTable = memo(function ChangeTable({
  rows,
  fromLabel,
  toLabel,
  names,
  lang,
  onOpenPartner,
  onOpenMeeting,
  onDownload,
}: {
  rows: readonly ChangeRow[];
  fromLabel: string;
  toLabel: string;
  names: ReadonlyMap<TierId, string>;
  lang: Lang;
  onOpenPartner?: (id: string) => void;
  onOpenMeeting?: (m: MeetingCore) => void;
  onDownload?: () => void;
}) {
  const c = changeText(lang);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'rungs', dir: -1 });
  const sorted = useMemo(() => {
    const out = [...rows];
    out.sort((a, b) => {
      const va = sortValue(a, sort.key, lang);
      const vb = sortValue(b, sort.key, lang);
      const d =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return d * sort.dir || partnerName(a.partner, lang).localeCompare(partnerName(b.partner, lang));
    });
    return out;
  }, [rows, sort, lang]);
  // Long tables render in pages of 50, so a range change repaints fast; the CSV always has every row.
  const [limit, setLimit] = useState(PAGE);
  const visible = sorted.slice(0, limit);
  const tier = (t: TierId | null) => (t ? (names.get(t) ?? t) : '—');
  const th = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort({
              key,
              dir: active ? (sort.dir === 1 ? -1 : 1) : key === 'partner' || key === 'region' ? 1 : -1,
            })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="change-table">
      <div className="change-table-tools">
        <p className="muted">
          {rows.length} {c('partners')}
        </p>
        {onDownload && (
          <button type="button" className="ghost-button" onClick={onDownload}>
            {c('downloadCsv')}
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{c('noneShown')}</p>
      ) : (
        <div className="table-scroll">
          <table className="change-data-table">
            <caption className="sr-only">{c('tableTitle')}</caption>
            <thead>
              <tr>
                {th('partner', c('partner'))}
                {th('region', c('region'))}
                {th('before', `${c('tierAt')} ${fromLabel}`)}
                {th('after', `${c('tierAt')} ${toLabel}`)}
                {th('rungs', c('rungs'))}
                {th('change', c('change'))}
                {th('meetings', c('meetingsBetween'))}
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => (
                <tr key={r.partner.id} data-change={r.cls}>
                  <th scope="row">
                    {onOpenPartner ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onOpenPartner(r.partner.id)}
                      >
                        {partnerName(r.partner, lang)}
                      </button>
                    ) : (
                      partnerName(r.partner, lang)
                    )}
                  </th>
                  <td>{regionName(r.partner.region, lang)}</td>
                  <td>{tier(r.tierBefore)}</td>
                  <td>{tier(r.tierAfter)}</td>
                  <td className="num">{r.rungs === null ? '—' : r.rungs > 0 ? `+${r.rungs}` : r.rungs}</td>
                  <td>
                    {classLabel(r.cls, lang)}
                    {r.lapsed ? ` (${c('lapsed')})` : r.renamed ? ` (${c('renamed')})` : ''}
                  </td>
                  <td>
                    {r.meetings.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && '; '}
                        {onOpenMeeting ? (
                          <button type="button" className="link-button" onClick={() => onOpenMeeting(m)}>
                            {formatDate(m.date, m.date_precision, lang)}
                          </button>
                        ) : (
                          formatDate(m.date, m.date_precision, lang)
                        )}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {sorted.length > visible.length && (
            <button
              type="button"
              className="ghost-button change-more"
              onClick={() => setLimit(sorted.length)}
            >
              {c('showAll')} ({sorted.length})
            </button>
          )}
        </div>
      )}
    </div>
  );
});
