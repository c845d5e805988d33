import { useEffect, useMemo, useState } from 'react';
import {
  estimateText,
  HATCH_DEFS,
  HATCH_PATTERN_ID,
  LEGEND,
  layoutLegend,
  type LegendItem,
} from '../export/composeSvg';
import { canvasMeasure } from '../export/measureText';

/** Real text widths in browsers; jsdom has no canvas, so tests use the estimate. */
function useMeasure() {
  // Measure again once the web fonts are in: widths taken with a fallback font are off.
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts?.ready.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);
  return useMemo(
    () =>
      typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent) ? estimateText : canvasMeasure(),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fontsReady],
  );
}

/** The legend drawn as SVG, with the same layout as the exported image (recharts' own legend is HTML). */
export function ChartLegend({
  items,
  width,
  label,
}: {
  items: readonly LegendItem[];
  width: number;
  label: string;
}) {
  const measure = useMeasure();
  const { items: laid, height } = layoutLegend(items, Math.max(120, width), measure);
  if (laid.length === 0) return null;
  const s = LEGEND.swatch;
  return (
    <svg
      className="chart-legend"
      width={Math.max(120, width)}
      height={height}
      role="img"
      aria-label={`${label}: ${items.map((i) => i.label).join('; ')}`}
      data-export-ignore=""
    >
      {laid.some((i) => i.shape === 'hatch') && <defs dangerouslySetInnerHTML={{ __html: HATCH_DEFS }} />}
      {laid.map((it) => {
        const top = it.y + (LEGEND.rowHeight - s) / 2;
        return (
          <g key={it.label}>
            {it.shape === 'line' ? (
              <line
                x1={it.x}
                y1={top + s / 2}
                x2={it.x + s}
                y2={top + s / 2}
                stroke={it.color}
                strokeWidth={2.5}
              />
            ) : (
              <rect
                x={it.x}
                y={top}
                width={s}
                height={s}
                rx={it.shape === 'hatch' ? 0 : 2}
                fill={it.shape === 'hatch' ? `url(#${HATCH_PATTERN_ID})` : it.color}
                stroke={
                  it.shape === 'outline' || it.shape === 'hatch' || it.color.toLowerCase() === '#ffffff'
                    ? '#9a958b'
                    : undefined
                }
                strokeWidth={0.75}
              />
            )}
            {it.lines.map((line, i) => (
              <text
                key={i}
                x={it.x + s + LEGEND.gap}
                y={it.y + LEGEND.rowHeight / 2 + i * LEGEND.lineHeight}
                dominantBaseline="central"
                fontSize={LEGEND.fontSize}
                fill="#33302a"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
