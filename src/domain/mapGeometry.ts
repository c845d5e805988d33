/** Projected shapes for the map, computed once per topology (pure: d3-geo and topojson only). */
import { geoEqualEarth, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import { featureKey } from './countries';
import {
  buildLandGrid,
  emptyLandGrid,
  markLandShapes,
  ringsBounds,
  type Box,
  type LandGrid,
  type Ring,
} from './mapLayout';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** The world shapes as the map reads them (Natural Earth 1:110m via world-atlas). */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 400;

export interface MapShape {
  key: string;
  name: string;
  feature: Feature<Geometry, { name: string }>;
  svgPath: string;
  /** Projected centroid, for keyboard navigation and tooltips. */
  centroid: [number, number];
  /** The projected outline as rings, for marker placement, nearest-partner taps and region extents. */
  rings: Ring[];
  bounds: Box;
}

/** A d3-geo path context that collects the projected rings instead of drawing them. */
/** A feature's rings as projected points (shared with build/previewImage.ts); rings under three points are dropped. */
export function collectRings(path: GeoPath, f: Feature<Geometry | null, { name: string } | null>): Ring[] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] | null = null;
  const context = {
    beginPath() {},
    moveTo(x: number, y: number) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x: number, y: number) {
      ring?.push([x, y]);
    },
    closePath() {
      ring = null;
    },
    arc() {},
  };
  path.context(context as unknown as CanvasRenderingContext2D)(f);
  path.context(null);
  return rings.filter((r) => r.length > 2);
}

// Computed once per topology: prepareGeometry fills it ahead of the first render, in slices.
const prepared = new WeakMap<
  CountriesTopology,
  { projection: GeoProjection; shapes?: MapShape[]; land?: LandGrid }
>();

/** The land grid covers the map with a margin (the world's outline stays within the 800 × 400 frame). */
const LAND_BOX: Box = { x0: -20, y0: -20, x1: MAP_WIDTH + 20, y1: MAP_HEIGHT + 20 };

/** The land as a grid for marker placement (domain/mapLayout.ts), built once per topology. */
export function landGridFor(topology: CountriesTopology, shapes: readonly MapShape[]): LandGrid {
  const cached = prepared.get(topology);
  if (cached?.land && cached.shapes === shapes) return cached.land;
  return buildLandGrid(shapes, LAND_BOX);
}

/**
 * The fit of the bundled topology (world-atlas countries-110m without Antarctica, in the frame below), computed once
 * by fitExtent: fitting streams every outline through the projection, a long task on a slow phone.
 * tests/unit/features/mapGeometry.test.ts checks it against fitExtent; another topology is fitted as before.
 */
export const BUNDLED_FIT = {
  fingerprint: '595|177|-180,-85.60903777459771,180,83.64513000000001',
  scale: 148.34447536368546,
  translate: [400, 220.66698539912906] as [number, number],
};
export const fingerprintOf = (t: CountriesTopology) =>
  `${t.arcs.length}|${t.objects.countries.geometries.length}|${t.bbox?.join() ?? ''}`;

export function buildProjection(topology: CountriesTopology, usePrecomputed = true): GeoProjection {
  const cached = prepared.get(topology);
  if (cached) return cached.projection;
  if (usePrecomputed && fingerprintOf(topology) === BUNDLED_FIT.fingerprint)
    return geoEqualEarth().scale(BUNDLED_FIT.scale).translate(BUNDLED_FIT.translate);
  const all = feature(topology, topology.objects.countries);
  // Antarctica takes a fifth of an equal-area world map and has no partners: leave it out.
  const inhabited = { ...all, features: all.features.filter((f) => String(f.id) !== '010') };
  return geoEqualEarth().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    inhabited,
  );
}

function buildShape(path: GeoPath, f: Feature<Geometry | null, { name: string } | null>): MapShape {
  const key = featureKey({ id: f.id ?? undefined, properties: f.properties });
  const [x, y] = path.centroid(f);
  const rings = collectRings(path, f);
  return {
    rings,
    bounds: ringsBounds(rings),
    key,
    name: f.properties?.name ?? key,
    feature: f as Feature<Geometry, { name: string }>,
    svgPath: path(f) ?? '',
    centroid: [x, y] as [number, number],
  };
}

export function buildShapes(topology: CountriesTopology, projection: GeoProjection): MapShape[] {
  const cached = prepared.get(topology);
  if (cached?.projection === projection && cached.shapes) return cached.shapes;
  const path = geoPath(projection);
  const collection = feature(topology, topology.objects.countries);
  return collection.features.filter((f) => String(f.id) !== '010').map((f) => buildShape(path, f));
}

const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Work in slices of about this long (ms), then give the page a turn. */
const SLICE_MS = 8;

/** Runs `step(i)` for i = 0 … count-1 in slices of about SLICE_MS, a task each: none of them a long task. */
async function sliced(count: number, step: (i: number) => void): Promise<void> {
  let i = 0;
  while (i < count) {
    await yieldToMain();
    const end = performance.now() + SLICE_MS;
    do step(i++);
    while (i < count && performance.now() < end);
  }
}

/**
 * Computes the projection and the shapes ahead of the first render, in slices of a few milliseconds, so that
 * drawing the map never blocks the page for long (the query that loads the topology awaits it).
 */
export async function prepareGeometry(topology: CountriesTopology): Promise<void> {
  if (prepared.get(topology)?.shapes) return;
  const projection = buildProjection(topology);
  prepared.set(topology, { projection });
  const path = geoPath(projection);
  const features = feature(topology, topology.objects.countries).features.filter(
    (f) => String(f.id) !== '010',
  );
  const shapes: MapShape[] = [];
  await sliced(features.length, (i) => shapes.push(buildShape(path, features[i]!)));
  prepared.set(topology, { projection, shapes });
  // The land grid (for marker placement) in slices too: one long task here was most of the first view's
  // blocking time under a throttled CPU.
  const land = emptyLandGrid(shapes, LAND_BOX);
  await sliced(shapes.length, (i) => markLandShapes(land, shapes, i, i + 1));
  prepared.set(topology, { projection, shapes, land });
}

export interface NavPoint {
  key: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The nearest point in a direction, favouring points straight ahead. */
export function nextInDirection(points: readonly NavPoint[], fromKey: string, dir: Direction): string | null {
  const from = points.find((p) => p.key === fromKey);
  if (!from) return points[0]?.key ?? null;
  let best: { key: string; score: number } | null = null;
  for (const p of points) {
    if (p.key === fromKey) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const side = dir === 'right' || dir === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0.5) continue;
    const score = ahead + side * 2.5;
    if (!best || score < best.score) best = { key: p.key, score };
  }
  return best?.key ?? null;
}
