import type { LegendItem } from '../domain/legend';
import './swatch.css';

/** A legend key as HTML: a filled square, a pattern (hatch, dots), an outlined square or a short line. */
export function Swatch({ color, shape = 'swatch' }: Pick<LegendItem, 'color' | 'shape'>) {
  const filled = shape === 'swatch' || shape === 'outline';
  return (
    <span
      className={`swatch swatch-${shape}`}
      style={filled ? { background: color } : shape === 'line' ? { color } : undefined}
      aria-hidden="true"
    />
  );
}
