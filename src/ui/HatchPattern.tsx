import { HATCH } from '../domain/palette';

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
