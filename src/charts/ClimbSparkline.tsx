import { buildClimbSegments, type ClimbPoint } from '../domain/ladder';
import { tierColor } from '../domain/tiers';

/** A small step line of a partner's climb, each step in its rung's colour (the map tooltip's sparkline). */
export function ClimbSparkline({
  points,
  fromYear,
  toYear,
  width = 150,
  height = 36,
}: {
  points: readonly ClimbPoint[];
  fromYear: number;
  toYear: number;
  width?: number;
  height?: number;
}) {
  const segments = buildClimbSegments(points);
  if (segments.length === 0) return null;
  const pad = 3;
  const span = Math.max(1, toYear + 1 - fromYear);
  const x = (t: number) => pad + ((t - fromYear) / span) * (width - 2 * pad);
  const y = (rank: number) => height - pad - ((rank - 1) / 6) * (height - 2 * pad);
  return (
    <svg className="climb-sparkline" width={width} height={height} aria-hidden="true" focusable="false">
      <line x1={pad} x2={width - pad} y1={y(1)} y2={y(1)} stroke="#e3dfd6" />
      <line x1={pad} x2={width - pad} y1={y(7)} y2={y(7)} stroke="#e3dfd6" />
      {segments.map((s, i) => {
        const prev = segments[i - 1];
        return (
          <g key={i}>
            {prev && prev.to === s.from && (
              <line x1={x(s.from)} x2={x(s.from)} y1={y(prev.rank)} y2={y(s.rank)} stroke="#8f897e" />
            )}
            <line
              x1={x(s.from)}
              x2={x(s.to)}
              y1={y(s.rank)}
              y2={y(s.rank)}
              stroke={tierColor(s.tier)}
              strokeWidth={3}
              strokeLinecap="butt"
            />
          </g>
        );
      })}
    </svg>
  );
}
