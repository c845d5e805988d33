/** The map's items without a DOM: the real shapes (Natural Earth 1:110m) and the real partners. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProjection, buildShapes, MAP_HEIGHT, MAP_WIDTH } from '../../../src/domain/mapGeometry';
import {
  buildMarkerItems,
  buildShapeItems,
  describePartner,
  FILTERED_OUT_FILL,
  indexByIso,
  layoutMarkers,
} from '../../../src/features/map/mapItems';
import type { CountriesTopology } from '../../../src/domain/mapGeometry';
import { buildLandGrid, distanceToShape, pointInRings, type Point } from '../../../src/domain/mapLayout';
import { BASE_COLORS } from '../../../src/domain/tiers';
import type { PartnerRow } from '../../../src/domain/filters';
import type { Partner } from '../../../src/domain/schema';

const root = resolve(import.meta.dirname, '../../..');
const topology = JSON.parse(
  readFileSync(resolve(root, 'node_modules/world-atlas/countries-110m.json'), 'utf8'),
) as CountriesTopology;
const partners = JSON.parse(readFileSync(resolve(root, 'data/partners.json'), 'utf8')) as Partner[];
const projection = buildProjection(topology);
const shapes = buildShapes(topology, projection);
const shapeKeys = new Set(shapes.map((s) => s.key));
const rows: PartnerRow[] = partners.map((partner) => ({
  partner,
  status: null,
  tier: partner.id === 'BLR' ? 'all-weather' : null,
  base: partner.relations?.status === 'none' ? 'none' : 'diplomatic',
}));
const ctx = {
  rowsById: new Map(rows.map((r) => [r.partner.id, r])),
  filter: { tiers: [], regions: [] },
  lang: 'en' as const,
  tierNames: new Map(),
};
const markers = buildMarkerItems(rows, (c) => projection(c) as Point | null, shapeKeys, ctx);
const world = { x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT };
const RADIUS_PX = 6;
const land = buildLandGrid(shapes, { x0: -20, y0: -20, x1: MAP_WIDTH + 20, y1: MAP_HEIGHT + 20 });

// Desktop at 1440 px (the map about 910 px wide) and a phone (about 360 px wide, zoomed 1.4 times).
for (const [name, pxPerUnit] of [
  ['desktop', 910 / MAP_WIDTH],
  ['phone', (360 / MAP_WIDTH) * 1.4],
] as const) {
  describe(`micro-state markers (${name})`, () => {
    const places = layoutMarkers(markers, shapes, land, pxPerUnit, RADIUS_PX, world);
    const r = RADIUS_PX / pxPerUnit;

    it('never cover a country drawn with its own shape', () => {
      const covering: string[] = [];
      for (const m of markers) {
        const p = places.get(m.key);
        if (!p) continue;
        for (const s of shapes)
          if (s.key !== m.ownShape && distanceToShape(p.pos, s) < r) covering.push(`${m.key} over ${s.key}`);
      }
      expect(covering).toEqual([]);
    });

    it('leave the centres of Switzerland, Belgium and Slovenia to their shapes', () => {
      for (const key of ['756', '056', '705']) {
        const shape = shapes.find((s) => s.key === key)!;
        expect(pointInRings(shape.centroid, shape.rings)).toBe(true);
        for (const p of places.values())
          expect(Math.hypot(p.pos[0] - shape.centroid[0], p.pos[1] - shape.centroid[1])).toBeGreaterThan(r);
      }
    });

    it('place every state without a shape (Singapore, Tonga, Grenada…), none stacked on another', () => {
      const shapeless = markers.filter((m) => !m.ownShape);
      expect(shapeless.map((m) => m.key)).toEqual(
        expect.arrayContaining(['m-SGP', 'm-TON', 'm-GRD', 'm-HKG']),
      );
      for (const m of shapeless) expect(places.has(m.key), m.key).toBe(true);
      const all = [...places.values()];
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++)
          expect(
            Math.hypot(all[i]!.pos[0] - all[j]!.pos[0], all[i]!.pos[1] - all[j]!.pos[1]),
          ).toBeGreaterThanOrEqual(2 * r);
    });
  });
}

describe('shape items', () => {
  const items = buildShapeItems(shapes, indexByIso(rows), ctx);
  it('label disputed areas with their status and keep them without a tier', () => {
    const taiwan = items.find((i) => i.key === '158')!;
    expect(taiwan.partnerId).toBeNull();
    expect(taiwan.label).toMatch(/^Taiwan: Disputed status/);
  });
  it('give countries the filters leave out a fill unlike "no partnership" and "no relations"', () => {
    const belarus = partners.find((p) => p.id === 'BLR')!;
    const out = describePartner(belarus, { ...ctx, filter: { tiers: ['strategic'], regions: [] } });
    expect(out.filteredOut).toBe(true);
    expect(out.fill).toBe(FILTERED_OUT_FILL);
    expect([BASE_COLORS.diplomatic, BASE_COLORS.none]).not.toContain(out.fill);
    expect(out.label).toMatch(/Outside the current filter/);
    expect(describePartner(belarus, ctx).filteredOut).toBe(false);
  });
});
