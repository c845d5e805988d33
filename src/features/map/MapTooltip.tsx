import { useLayoutEffect, useRef, useState } from 'react';
import type { MeetingCore } from '../../domain/schema';
import { buildClimb } from '../../domain/ladder';
import { ClimbSparkline } from '../../charts/ClimbSparkline';
import './mapTooltip.css';

export interface ClimbSource {
  byPartner: ReadonlyMap<string, readonly MeetingCore[]>;
  asOf: string;
  firstYear: number;
}

/**
 * The map's hover and focus card: name, rung, wording if it says more, dates, and a sparkline of the climb.
 * It sits above the point, or below it near the top of the map, and never runs off either side.
 */
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
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ dx: number; below: boolean }>({ dx: 0, below: false });
  const history = partnerId ? climbs?.byPartner.get(partnerId) : undefined;
  const points = history && climbs ? buildClimb(history, climbs.asOf) : [];
  const toYear = climbs ? Number(climbs.asOf.slice(0, 4)) : 0;
  const fromYear = climbs ? Math.min(climbs.firstYear, Math.floor(points[0]?.t ?? climbs.firstYear)) : 0;
  useLayoutEffect(() => {
    const el = ref.current;
    const wrap = el?.offsetParent as HTMLElement | null;
    if (!el || !wrap) return;
    const w = el.offsetWidth;
    const room = wrap.clientWidth;
    const left = x - w / 2;
    const dx = left < 4 ? 4 - left : left + w > room - 4 ? room - 4 - (left + w) : 0;
    const below = y - el.offsetHeight - 10 < 0;
    setPlace((p) => (p.dx === dx && p.below === below ? p : { dx, below }));
  }, [x, y, title, lines]);
  const spark = climbs && points.some((p) => p.tier);
  return (
    <div
      ref={ref}
      className={`map-tooltip${place.below ? ' is-below' : ''}`}
      style={{ left: x + place.dx, top: y }}
      role="presentation"
    >
      <strong>{title}</strong>
      {lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
      {spark && (
        <>
          <ClimbSparkline points={points} fromYear={fromYear} toYear={toYear} />
          <span className="spark-years" aria-hidden="true">
            <span>{fromYear}</span>
            <span>{toYear}</span>
          </span>
        </>
      )}
    </div>
  );
}
