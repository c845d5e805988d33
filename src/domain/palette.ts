/**
 * Every colour of the map and charts, in one place, and the colour science that checks them: CIEDE2000,
 * greyscale and simulated protanopia / deuteranopia (Machado, Oliveira & Fernandes 2009, severity 1).
 *
 * The map's ordinal classes, "relations, no partnership" then rungs 1 to 7, step down in lightness so that
 * each adjacent pair stays at least 10 CIEDE2000 apart in greyscale (which only sees lightness), and the hues
 * run amber, green, teal, blue to indigo so they stay apart for red-green colour-blind readers too. Eight
 * classes at that spacing use the whole lightness range (white to near-black), so "no diplomatic relations"
 * cannot have a lightness of its own: it is a warm grey with a dot texture, apart from the blue ocean in
 * colour and from every class in print by its texture. China, the hub, is a muted brick: marked, not loud.
 */
import type { TierId } from './schema';

export const TIER_COLORS: Record<TierId, string> = {
  cooperative: '#f8ca69',
  'comprehensive-cooperative': '#7db87a',
  strategic: '#059b88',
  'comprehensive-strategic': '#027d79',
  'comprehensive-strategic-cooperative': '#055c73',
  'all-weather': '#053765',
  'coordination-new-era': '#140f3c',
};

/** Text colour that reads on each tier colour (WCAG contrast of at least 4.5). */
export const TIER_INK: Record<TierId, string> = {
  cooperative: '#2d2a1a',
  'comprehensive-cooperative': '#15220f',
  strategic: '#04201b',
  'comprehensive-strategic': '#ffffff',
  'comprehensive-strategic-cooperative': '#ffffff',
  'all-weather': '#ffffff',
  'coordination-new-era': '#ffffff',
};

export const BASE_COLORS = {
  /** Diplomatic relations, no declared partnership: the lightest class of the ladder's lightness scale. */
  diplomatic: '#ffffff',
  /** No diplomatic relations with the PRC: the base of a dot texture (NONE_DOT). */
  none: '#d2cab9',
  /** Disputed areas: never given a tier (a hatch of HATCH_LINE on this). */
  disputed: '#e4e0d8',
  /** China, Hong Kong and Macao: the hub. */
  hub: '#d4a08e',
  /** Not in the dataset (territories, Antarctica). */
  other: '#eeece7',
  /** The sea behind the map. */
  ocean: '#dce9f3',
} as const;

/** The dots on "no diplomatic relations" and the lines of the disputed hatch. */
export const NONE_DOT = '#6f685c';
export const HATCH_LINE = '#9a958b';

/**
 * The disputed-areas hatch, defined once: the maps (an SVG <pattern>, src/ui/HatchPattern.tsx), the exported SVG
 * (hatchPatternSvg) and the HTML legend key (hatchSwatchBackground) all draw it from this.
 */
export const HATCH = {
  /** The pattern tile, in map units: a square turned by `angle`, one line across it. */
  size: 4,
  angle: 45,
  lineWidth: 1.2,
  base: BASE_COLORS.disputed,
  line: HATCH_LINE,
  /** The legend key's stripes (CSS px): base up to `stripe`, line up to `period`. */
  stripe: 2,
  period: 3,
} as const;

/** The hatch as an SVG pattern element with this id (for SVG built as text: the export). */
export function hatchPatternSvg(id: string): string {
  const h = HATCH;
  return `<pattern id="${id}" width="${h.size}" height="${h.size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${h.angle})"><rect width="${h.size}" height="${h.size}" fill="${h.base}"/><line x1="0" y1="0" x2="0" y2="${h.size}" stroke="${h.line}" stroke-width="${h.lineWidth}"/></pattern>`;
}

/** The hatch as a CSS background (the HTML legend key). */
export function hatchSwatchBackground(): string {
  const h = HATCH;
  return `repeating-linear-gradient(${h.angle}deg, ${h.base} 0 ${h.stripe}px, ${h.line} ${h.stripe}px ${h.period}px)`;
}

/**
 * "No diplomatic relations": dots on warm grey, defined once like the hatch: the maps (src/ui/HatchPattern.tsx,
 * DotsPattern), the exported SVG (dotsPatternSvg) and the HTML legend key (dotsSwatchBackground).
 */
export const DOTS = {
  /** The pattern tile and the dot's radius, in map units. */
  size: 3,
  radius: 0.75,
  base: BASE_COLORS.none,
  dot: NONE_DOT,
  /** The legend key's dots (CSS px): their radius and spacing. */
  keyRadius: 0.9,
  keyFade: 1.1,
  keySize: 3,
} as const;

/** The dots as an SVG pattern element with this id (for SVG built as text: the export). */
export function dotsPatternSvg(id: string): string {
  const d = DOTS;
  const c = d.size / 2;
  return `<pattern id="${id}" width="${d.size}" height="${d.size}" patternUnits="userSpaceOnUse"><rect width="${d.size}" height="${d.size}" fill="${d.base}"/><circle cx="${c}" cy="${c}" r="${d.radius}" fill="${d.dot}"/></pattern>`;
}

/** The dots as a CSS background (the HTML legend key). */
export function dotsSwatchBackground(): string {
  const d = DOTS;
  return `radial-gradient(circle, ${d.dot} 0 ${d.keyRadius}px, transparent ${d.keyFade}px) 0 0 / ${d.keySize}px ${d.keySize}px, ${d.base}`;
}
/** Borders between countries: visible on the white of "relations, no partnership". */
export const BORDER = '#b3ada2';

/** The map's ordinal classes, lowest first: each adjacent pair must stay distinguishable. */
export function ordinalMapClasses(): { id: string; color: string }[] {
  return [
    { id: 'diplomatic', color: BASE_COLORS.diplomatic },
    ...(Object.entries(TIER_COLORS) as [TierId, string][]).map(([id, color]) => ({ id, color })),
  ];
}

// ---------- colour science ----------

export type Vision = 'normal' | 'greyscale' | 'protanopia' | 'deuteranopia';
type Rgb = [number, number, number];
export interface Lab {
  L: number;
  a: number;
  b: number;
}

function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

const MACHADO: Record<'protanopia' | 'deuteranopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

function linearToLab([r, g, b]: Rgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f(x);
  const fy = f(y);
  const fz = f(z);
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** A colour as CIELAB (D65) as a reader with this vision sees it; greyscale keeps only the lightness. */
export function toLab(hex: string, vision: Vision = 'normal'): Lab {
  let rgb = parseHex(hex).map(toLinear) as Rgb;
  if (vision === 'protanopia' || vision === 'deuteranopia') {
    const m = MACHADO[vision];
    rgb = m.map((row) =>
      Math.min(1, Math.max(0, (row[0] ?? 0) * rgb[0] + (row[1] ?? 0) * rgb[1] + (row[2] ?? 0) * rgb[2])),
    ) as Rgb;
  }
  const lab = linearToLab(rgb);
  return vision === 'greyscale' ? { L: lab.L, a: 0, b: 0 } : lab;
}

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005); about 1 is just noticeable, 10 is plainly different. */
export function ciede2000(p: Lab, q: Lab): number {
  const c1 = Math.hypot(p.a, p.b);
  const c2 = Math.hypot(q.a, q.b);
  const cBar7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + 25 ** 7)));
  const a1 = (1 + g) * p.a;
  const a2 = (1 + g) * q.a;
  const c1p = Math.hypot(a1, p.b);
  const c2p = Math.hypot(a2, q.b);
  const h1 = c1p === 0 ? 0 : (deg(Math.atan2(p.b, a1)) + 360) % 360;
  const h2 = c2p === 0 ? 0 : (deg(Math.atan2(q.b, a2)) + 360) % 360;
  const dL = q.L - p.L;
  const dC = c2p - c1p;
  let dh = 0;
  if (c1p * c2p !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dh / 2));
  const lBar = (p.L + q.L) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBar = h1 + h2;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1 - h2) <= 180) hBar = (h1 + h2) / 2;
    else hBar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hBar - 30)) +
    0.24 * Math.cos(rad(2 * hBar)) +
    0.32 * Math.cos(rad(3 * hBar + 6)) -
    0.2 * Math.cos(rad(4 * hBar - 63));
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The difference between two colours as a reader with this vision sees them. */
export function colorDifference(a: string, b: string, vision: Vision = 'normal'): number {
  return ciede2000(toLab(a, vision), toLab(b, vision));
}
