import { describe, expect, it } from 'vitest';
import { CHANGE_CLASSES } from '../../../src/domain/changes';
import {
  CHANGE_COLORS,
  CHANGE_INK,
  ciede2000,
  colourDifference,
  rgbToLab,
  hexToRgb,
  simulate,
} from '../../../src/domain/changeColours';

describe('colour science', () => {
  it('matches Sharma, Wu & Dalal’s CIEDE2000 test data', () => {
    // Pairs 1, 7, 17 and 25 of the published table.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });
  it('converts sRGB to CIELAB', () => {
    const [L, a, b] = rgbToLab(hexToRgb('#ffffff'));
    expect(L).toBeCloseTo(100, 2);
    expect(Math.abs(a) + Math.abs(b)).toBeLessThan(0.01);
    expect(rgbToLab(hexToRgb('#ff0000'))[0]).toBeCloseTo(53.24, 1);
  });
  it('simulates dichromacy: red and green collapse for a deuteranope, greys stay grey', () => {
    expect(colourDifference('#d62728', '#2ca02c')).toBeGreaterThan(40);
    expect(colourDifference('#e41a1c', '#4daf4a', 'deuteranopia')).toBeLessThan(
      colourDifference('#e41a1c', '#4daf4a') / 2,
    );
    const [r, g, b] = simulate('#808080', 'protanopia');
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(1);
  });
});

describe('the change palette', () => {
  for (const vision of ['normal', 'greyscale', 'protanopia', 'deuteranopia'] as const) {
    it(`keeps adjacent classes at least 10 ΔE2000 apart (${vision})`, () => {
      for (let i = 0; i + 1 < CHANGE_CLASSES.length; i++) {
        const a = CHANGE_CLASSES[i]!;
        const b = CHANGE_CLASSES[i + 1]!;
        expect(
          colourDifference(CHANGE_COLORS[a], CHANGE_COLORS[b], vision),
          `${a} / ${b}`,
        ).toBeGreaterThanOrEqual(10);
      }
    });
  }
  it('gets darker with each rung climbed, in greyscale', () => {
    const L = (c: string) => rgbToLab(simulate(c, 'greyscale'))[0];
    expect(L(CHANGE_COLORS.up1)).toBeGreaterThan(L(CHANGE_COLORS.up2));
    expect(L(CHANGE_COLORS.up2)).toBeGreaterThan(L(CHANGE_COLORS.up3));
  });
  it('writes each class’s label in an ink with 4.5:1 contrast', () => {
    const lum = (hex: string) => {
      const [r, g, b] = hexToRgb(hex).map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const c of CHANGE_CLASSES) {
      const [hi, lo] = [lum(CHANGE_COLORS[c]), lum(CHANGE_INK[c])].sort((x, y) => y - x) as [number, number];
      expect((hi + 0.05) / (lo + 0.05), c).toBeGreaterThanOrEqual(4.5);
    }
  });
});
