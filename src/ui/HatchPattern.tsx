import { DOTS, HATCH } from '../domain/palette';

/** The disputed-areas hatch as an SVG <pattern> (inside <defs>), drawn from the one definition in palette.ts. */
export function HatchPattern({ id }: { id: string }) {
  const h = HATCH;
  return (
    <pattern
      id={id}
      width={h.size}
      height={h.size}
      patternUnits="userSpaceOnUse"
      patternTransform={`rotate(${h.angle})`}
    >
      <rect width={h.size} height={h.size} fill={h.base} />
      <line x1="0" y1="0" x2="0" y2={h.size} stroke={h.line} strokeWidth={h.lineWidth} />
    </pattern>
  );
}

/** "No diplomatic relations" as an SVG <pattern> (inside <defs>), drawn from the one definition in palette.ts. */
export function DotsPattern({ id }: { id: string }) {
  const d = DOTS;
  return (
    <pattern id={id} width={d.size} height={d.size} patternUnits="userSpaceOnUse">
      <rect width={d.size} height={d.size} fill={d.base} />
      <circle cx={d.size / 2} cy={d.size / 2} r={d.radius} fill={d.dot} />
    </pattern>
  );
}
