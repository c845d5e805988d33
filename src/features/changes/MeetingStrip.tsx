import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LeaderCount } from '../../domain/changes';
import type { MeetingCore, Partner } from '../../domain/schema';
import { BASE_COLORS, tierColor } from '../../domain/tiers';
import type { Lang } from '../../url/viewState';
import { formatDate, partnerName } from '../../ui/format';
import { useElementWidth } from '../../charts/useElementWidth';
import { changeText, leaderName } from './changeText';

const PAD = 20;
/** The marks' column stays under this height however many meetings share a month. */
const MAX_STACK = 120;

function toT(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** The tier-setting meetings of the range on a time line, one mark each, and the counts by China's principal. */
export const MeetingStrip = memo(function MeetingStrip({
  meetings,
  fromDate,
  toDate,
  leaderCounts,
  leader,
  onLeader,
  partnersById,
  lang,
  onOpenMeeting,
}: {
  meetings: readonly MeetingCore[];
  fromDate: string;
  toDate: string;
  leaderCounts: readonly LeaderCount[];
  leader: string | null;
  onLeader: (id: string | null) => void;
  partnersById: ReadonlyMap<string, Partner>;
  lang: Lang;
  onOpenMeeting?: (m: MeetingCore) => void;
}) {
  const c = changeText(lang);
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const [active, setActive] = useState(0);
  const marks = useRef<(SVGGElement | null)[]>([]);
  const t0 = toT(fromDate);
  const t1 = Math.max(toT(toDate), t0 + 0.1);
  const inner = Math.max(120, width - 2 * PAD);
  const x = (d: string) => PAD + ((toT(d) - t0) / (t1 - t0)) * inner;
  // Meetings close in time stack in lanes so that no mark hides another.
  const laid = useMemo(() => {
    const lanes: number[] = [];
    return meetings.map((m) => {
      const px = PAD + ((toT(m.date) - t0) / (t1 - t0)) * inner;
      let lane = lanes.findIndex((end) => end < px - 7);
      if (lane === -1) lane = lanes.length;
      lanes[lane] = px;
      return { m, px, lane };
    });
  }, [meetings, t0, t1, inner]);
  const laneCount = Math.max(1, ...laid.map((l) => l.lane + 1));
  const ROW = Math.max(3, Math.min(12, MAX_STACK / laneCount));
  const height = laneCount * ROW + 34;
  const firstYear = Math.ceil(t0);
  const lastYear = Math.floor(t1);
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / Math.max(2, Math.floor(inner / 56))));
  const ticks: number[] = [];
  for (let y = firstYear; y <= lastYear; y += step) ticks.push(y);
  const label = (m: MeetingCore) => {
    const p = partnersById.get(m.partner_id);
    const who = m.china_principal ? `, ${leaderName(m.china_principal.name, lang)}` : '';
    return `${formatDate(m.date, m.date_precision, lang)}${m.place.city ? `, ${m.place.city}` : ''}: ${p ? partnerName(p, lang) : m.partner_id}, ${m.wording_en}${who}`;
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (dir) {
      e.preventDefault();
      const next = Math.min(laid.length - 1, Math.max(0, active + dir));
      setActive(next);
      marks.current[next]?.focus();
    }
  };
  const current = leaderCounts.find((l) => l.id === leader);

  return (
    <div className="meeting-strip">
      <p className="muted">{c('stripHint')}</p>
      <div className="leader-counts" role="group" aria-label={c('leaderLabel')}>
        <button type="button" className="chip" aria-pressed={!leader} onClick={() => onLeader(null)}>
          {c('allLeaders')}
        </button>
        {leaderCounts.map((l) => (
          <button
            key={l.id}
            type="button"
            className="chip"
            aria-pressed={leader === l.id}
            aria-label={`${leaderName(l.name, lang)}: ${l.count} ${c('meetingsHeld')}`}
            onClick={() => onLeader(leader === l.id ? null : l.id)}
          >
            {leaderName(l.name, lang)} <span className="chip-count">{l.count}</span>
          </button>
        ))}
      </div>
      {current && (
        <p className="leader-note">
          {c('onlyLeader')} {leaderName(current.name, lang)}
        </p>
      )}
      <div ref={ref} className="strip-frame">
        <svg
          width={Math.max(144, width)}
          height={height}
          role="group"
          aria-label={`${c('stripTitle')}: ${laid.length} ${c('meetingsHeld')}`}
          onKeyDown={onKeyDown}
        >
          <line x1={PAD} x2={PAD + inner} y1={height - 22} y2={height - 22} stroke="#9a958b" />
          {ticks.map((y) => {
            const tx = x(`${y}-01-01`);
            return (
              <g key={y}>
                <line x1={tx} x2={tx} y1={height - 22} y2={height - 17} stroke="#9a958b" />
                <text x={tx} y={height - 5} fontSize={11} textAnchor="middle" fill="#5b574e">
                  {y}
                </text>
              </g>
            );
          })}
          {laid.map(({ m, px, lane }, i) => (
            <g
              key={m.id}
              ref={(el) => {
                marks.current[i] = el;
              }}
              className="strip-mark"
              role="button"
              tabIndex={i === active ? 0 : -1}
              aria-label={label(m)}
              onFocus={() => setActive(i)}
              onClick={() => onOpenMeeting?.(m)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onOpenMeeting?.(m);
                }
              }}
            >
              <title>{label(m)}</title>
              <rect
                x={px - 3}
                y={height - 26 - (lane + 1) * ROW + (ROW > 6 ? 2 : 1)}
                width={6}
                height={Math.max(2, ROW - (ROW > 6 ? 2 : 1))}
                rx={1.5}
                fill={m.tier_after ? tierColor(m.tier_after) : BASE_COLORS.diplomatic}
                stroke="#3b3833"
                strokeWidth={0.6}
              />
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
});
