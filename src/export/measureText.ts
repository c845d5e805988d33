import type { MeasureText } from './composeSvg';

/** Measures text with the page's fonts (once they are loaded), for wrapping titles and laying out the legend. */
export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (t, size) => t.length * size * 0.56;
  return (text, size, bold = false) => {
    ctx.font = `${bold ? 700 : 400} ${size}px 'Inter Variable', 'Noto Sans SC', sans-serif`;
    return ctx.measureText(text).width;
  };
}
