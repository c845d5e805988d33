import { describe, expect, it } from 'vitest';
import {
  BASE_COLORS,
  ciede2000,
  colorDifference,
  ordinalMapClasses,
  TIER_COLORS,
  TIER_INK,
  toLab,
  type Vision,
} from '../../../src/domain/palette';
import { TIER_IDS } from '../../../src/domain/ids';

const VISIONS: Vision[] = ['normal', 'greyscale', 'protanopia', 'deuteranopia'];

function contrast(a: string, b: string) {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('ciede2000', () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), table 1.
  it.each([
    [{ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ L: 50, a: -1.3802, b: -84.2814 }, { L: 50, a: 0, b: -82.7485 }, 1.0],
    [{ L: 50, a: 2.5, b: 0 }, { L: 73, a: 25, b: -18 }, 27.1492],
    [{ L: 60.2574, a: -34.0099, b: 36.2677 }, { L: 60.4626, a: -34.1751, b: 39.4387 }, 1.2644],
    [{ L: 2.0776, a: 0.0795, b: -1.135 }, { L: 0.9033, a: -0.0636, b: -0.5514 }, 0.9082],
  ])('matches the published value %#', (p, q, expected) => {
    expect(ciede2000(p, q)).toBeCloseTo(expected, 3);
  });

  it('reads sRGB white and black as L 100 and 0', () => {
    expect(toLab('#ffffff').L).toBeCloseTo(100, 1);
    expect(toLab('#000000').L).toBeCloseTo(0, 1);
  });

  it('simulated dichromats cannot tell a red from a green of the same lightness, greyscale drops hue', () => {
    expect(colorDifference('#d0021b', '#6b8e23', 'normal')).toBeGreaterThan(30);
    expect(colorDifference('#c0392b', '#7a7a00', 'deuteranopia')).toBeLessThan(
      colorDifference('#c0392b', '#7a7a00', 'normal') / 2,
    );
    expect(toLab('#2060c0', 'greyscale')).toMatchObject({ a: 0, b: 0 });
  });
});

describe('map palette', () => {
  const classes = ordinalMapClasses();

  it('has the no-partnership class and the seven rungs, in ladder order', () => {
    expect(classes.map((c) => c.id)).toEqual(['diplomatic', ...TIER_IDS]);
  });

  for (const vision of VISIONS)
    it(`keeps every adjacent pair of map classes at least 10 apart (${vision})`, () => {
      const pairs = classes.slice(1).map((c, i) => ({
        pair: `${classes[i]?.id} / ${c.id}`,
        de: Math.round(colorDifference(classes[i]!.color, c.color, vision) * 10) / 10,
      }));
      expect(pairs.filter((p) => p.de < 10)).toEqual([]);
    });

  it('is ordinal: each rung is darker than the one below it, in every vision', () => {
    for (const vision of VISIONS) {
      const ls = classes.map((c) => toLab(c.color, vision).L);
      expect(ls.every((l, i) => i === 0 || l < ls[i - 1]!)).toBe(true);
    }
  });

  for (const vision of ['normal', 'protanopia', 'deuteranopia'] as const)
    it(`keeps "no diplomatic relations" apart from the ocean and from "relations, no partnership" (${vision})`, () => {
      expect(colorDifference(BASE_COLORS.none, BASE_COLORS.ocean, vision)).toBeGreaterThanOrEqual(10);
      expect(colorDifference(BASE_COLORS.none, BASE_COLORS.diplomatic, vision)).toBeGreaterThanOrEqual(10);
    });

  it('marks China without making it the loudest colour: less chroma than the darkest rungs are dark', () => {
    const hub = toLab(BASE_COLORS.hub);
    expect(Math.hypot(hub.a, hub.b)).toBeLessThan(35);
    expect(hub.L).toBeGreaterThan(55);
    for (const id of TIER_IDS) expect(colorDifference(BASE_COLORS.hub, TIER_COLORS[id])).toBeGreaterThan(10);
  });

  it('gives each rung a text colour that reads on it', () => {
    for (const id of TIER_IDS) expect(contrast(TIER_COLORS[id], TIER_INK[id])).toBeGreaterThanOrEqual(4.5);
  });
});
