import { buildClimbSegments, yearTicks, type ClimbPoint } from '../domain/ladder';
import type { TierId } from '../domain/schema';
import { TIER_IDS } from '../domain/ids';
import { tierColor } from '../domain/tiers';

interface Props {
  points: readonly ClimbPoint[];
  /** Rung names for the axis (short names read best). */
  names: ReadonlyMap<TierId, string>;
  fromYear: number;
  toYear: number;
  width: number;
  height?: number;
}

const FONT = 11;
const TOP = 20;
const BOTTOM = 22;
const SIDE = 6;

/**
 * One partner's climb up the ladder: each step drawn in its rung's colour, the rungs named on the axis.
 * Rung names sit above their grid line, from the left edge, so their width never decides the layout:
 * they fit in any font the reader's system falls back to.
 */
export function PartnerClimbChart({ points, names, fromYear, toYear, width, height = 200 }: Props) {
  const segments = buildClimbSegments(points);
  const span = Math.max(1, toYear + 1 - fromYear);
  const x = (t: number) => SIDE + ((t - fromYear) / span) * (width - 2 * SIDE);
  const y = (rank: number) => height - BOTTOM - ((rank - 1) / 6) * (height - TOP - BOTTOM);
  // Room for a four-digit year in any fallback font (digits are at most ~0.64 em) and a gap.
  const ticks = yearTicks(fromYear, toYear, Math.floor((width - 2 * SIDE) / (FONT * 0.7 * 4 + 12)));
  const dots = points.filter((p) => p.meetingId && p.tier && p.rank);
  return (
    <svg
      className="climb-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontSize={FONT}
      aria-hidden="true"
    >
      {TIER_IDS.map((tier, i) => (
        <line key={tier} x1={SIDE} x2={width - SIDE} y1={y(i + 1)} y2={y(i + 1)} stroke="#e6e2d9" />
      ))}
      <line x1={SIDE} x2={width - SIDE} y1={height - BOTTOM + 4} y2={height - BOTTOM + 4} stroke="#b3ada2" />
      {ticks.map((year) => {
        const tx = x(year);
        const anchor = tx < SIDE + 16 ? 'start' : tx > width - SIDE - 16 ? 'end' : 'middle';
        return (
          <text key={year} className="climb-year" x={tx} y={height - 6} textAnchor={anchor} fill="#55514a">
            {year}
          </text>
        );
      })}
      {segments.map((s, i) => {
        const prev = segments[i - 1];
        return (
          <g key={`${s.tier}-${s.from}`} data-tier={s.tier}>
            {prev && prev.to === s.from && (
              <line
                x1={x(s.from)}
                x2={x(s.from)}
                y1={y(prev.rank)}
                y2={y(s.rank)}
                stroke="#8f897e"
                strokeWidth={1.5}
              />
            )}
            <line
              x1={x(s.from)}
              x2={x(s.to)}
              y1={y(s.rank)}
              y2={y(s.rank)}
              stroke={tierColor(s.tier)}
              strokeWidth={4}
              className="climb-step"
            />
          </g>
        );
      })}
      {dots.map((p) => (
        <circle
          key={`${p.meetingId}-${p.t}`}
          cx={x(p.t)}
          cy={y(p.rank!)}
          r={4}
          fill={tierColor(p.tier!)}
          stroke="#ffffff"
          strokeWidth={1.5}
        />
      ))}
      {/* Rung names last, with a white halo: a step that crosses one never hides it. */}
      {TIER_IDS.map((tier, i) => (
        <text
          key={tier}
          x={SIDE}
          y={y(i + 1) - 7}
          fill="#55514a"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
          className="climb-rung-label"
        >
          {i + 1} {names.get(tier) ?? tier}
        </text>
      ))}
    </svg>
  );
}
