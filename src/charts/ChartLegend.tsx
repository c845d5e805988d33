import type { LegendItem } from '../domain/legend';
import { Swatch } from '../ui/Swatch';
import './chartLegend.css';

/**
 * The legend on screen, as HTML that wraps: the reader's own font lays it out, whatever it falls back to,
 * so no label can run under the next or off the edge. Exported images draw the same items as SVG with their
 * embedded font (export/composeSvg.ts layoutLegend).
 */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label} data-export-ignore="">
      {items.map((it) => (
        <li key={it.label} className="chart-legend-item">
          <Swatch color={it.color} shape={it.shape} />
          <span className="chart-legend-label">{it.label}</span>
        </li>
      ))}
    </ul>
  );
}
