import type { LegendItem } from '../domain/legend';
import { dotsSwatchBackground, hatchSwatchBackground } from '../domain/palette';
import './swatch.css';

/** A legend key as HTML: a filled square, a pattern (hatch, dots), an outlined square or a short line. */
export function Swatch({ color, shape = 'swatch' }: Pick<LegendItem, 'color' | 'shape'>) {
  const filled = shape === 'swatch' || shape === 'outline';
  const style = filled
    ? { background: color }
    : shape === 'line'
      ? { color }
      : shape === 'hatch'
        ? { background: hatchSwatchBackground() }
        : shape === 'dots'
          ? { background: dotsSwatchBackground() }
          : undefined;
  return <span className={`swatch swatch-${shape}`} style={style} aria-hidden="true" />;
}
