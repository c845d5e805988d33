import type { MeetingCore } from '../../domain/schema';
import { buildClimb } from '../../domain/ladder';
import { ClimbSparkline } from '../../charts/ClimbSparkline';
import './mapTooltip.css';

export interface ClimbSource {
  byPartner: ReadonlyMap<string, readonly MeetingCore[]>;
  asOf: string;
  firstYear: number;
}

/** The map's hover and focus card: name, rung, wording if it says more, dates, and a sparkline of the climb. */
export function MapTooltip({
  x,
  y,
  title,
  lines,
  partnerId,
  climbs,
}: {
  x: number;
  y: number;
  title: string;
  lines: readonly string[];
  partnerId: string | null;
  climbs?: ClimbSource | undefined;
}) {
  const history = partnerId ? climbs?.byPartner.get(partnerId) : undefined;
  const points = history && climbs ? buildClimb(history, climbs.asOf) : [];
  const toYear = climbs ? Number(climbs.asOf.slice(0, 4)) : 0;
  return (
    <div className="map-tooltip" style={{ left: x, top: y }} role="presentation">
      <strong>{title}</strong>
      {lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
      {climbs && points.some((p) => p.tier) && (
        <ClimbSparkline
          points={points}
          fromYear={Math.min(climbs.firstYear, Math.floor(points[0]?.t ?? climbs.firstYear))}
          toYear={toYear}
        />
      )}
    </div>
  );
}
