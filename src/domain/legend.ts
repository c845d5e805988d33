/** One key of a legend, on screen (HTML) and in exported images (SVG). */
export interface LegendItem {
  label: string;
  color: string;
  /** swatch: a filled square; hatch: the disputed-areas pattern; dots: "no diplomatic relations"; line: a short line (line charts). */
  shape?: 'swatch' | 'hatch' | 'dots' | 'line' | 'outline';
}
