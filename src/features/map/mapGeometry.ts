/** Projected shapes for the map, computed once per topology (pure: d3-geo and topojson only). */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import { featureKey } from '../../domain/countries';
import type { CountriesTopology } from './useTopology';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 400;

export interface MapShape {
  key: string;
  name: string;
  feature: Feature<Geometry, { name: string }>;
  svgPath: string;
  /** Projected centroid, for keyboard navigation and tooltips. */
  centroid: [number, number];
}

export function buildProjection(topology: CountriesTopology): GeoProjection {
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

export function buildShapes(topology: CountriesTopology, projection: GeoProjection): MapShape[] {
  const path = geoPath(projection);
  const collection = feature(topology, topology.objects.countries);
  return collection.features
    .filter((f) => String(f.id) !== '010')
    .map((f) => {
      const key = featureKey({ id: f.id ?? undefined, properties: f.properties });
      const [x, y] = path.centroid(f);
      return {
        key,
        name: f.properties?.name ?? key,
        feature: f as Feature<Geometry, { name: string }>,
        svgPath: path(f) ?? '',
        centroid: [x, y] as [number, number],
      };
    });
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
