import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FIT, buildProjection, fingerprintOf } from '../../../src/domain/mapGeometry';
import type { CountriesTopology } from '../../../src/domain/mapGeometry';

const read = () =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../node_modules/world-atlas/countries-110m.json'), 'utf8'),
  ) as CountriesTopology;

describe('buildProjection', () => {
  it('knows the bundled topology, and its precomputed fit is what fitExtent gives', () => {
    const topology = read();
    expect(fingerprintOf(topology)).toBe(BUNDLED_FIT.fingerprint);
    const fast = buildProjection(topology);
    const fitted = buildProjection(read(), false);
    expect(fast.scale()).toBeCloseTo(fitted.scale(), 9);
    expect(fast.translate()[0]).toBeCloseTo(fitted.translate()[0], 9);
    expect(fast.translate()[1]).toBeCloseTo(fitted.translate()[1], 9);
    for (const lonLat of [
      [0, 0],
      [116.4, 39.9],
      [-74, 40.7],
      [151.2, -33.9],
    ] as [number, number][])
      expect(fast(lonLat)![0]).toBeCloseTo(fitted(lonLat)![0], 6);
  });

  it('fits any other topology itself', () => {
    const topology = read();
    topology.bbox = [-170, -80, 170, 80];
    const p = buildProjection(topology);
    expect(p.scale()).toBeCloseTo(buildProjection(read(), false).scale(), 9); // same shapes, so the same fit
    expect(fingerprintOf(topology)).not.toBe(BUNDLED_FIT.fingerprint);
  });
});
