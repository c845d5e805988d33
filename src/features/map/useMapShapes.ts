import { useMemo } from 'react';
import type { LandGrid } from '../../domain/mapLayout';
import {
  buildProjection,
  buildShapes,
  landGridFor,
  MAP_HEIGHT,
  MAP_WIDTH,
  type MapShape,
} from './mapGeometry';
import { layoutMarkers, type MarkerItem } from './mapItems';
import type { ShownMarker } from './MapLayers';
import type { CountriesTopology } from './useTopology';

/** The projection, shapes and land grid of a topology (computed ahead in the topology query, then cached). */
export function useMapShapes(topology: CountriesTopology) {
  const projection = useMemo(() => buildProjection(topology), [topology]);
  const shapes = useMemo(() => buildShapes(topology, projection), [topology, projection]);
  const shapeKeys = useMemo(() => new Set(shapes.map((s) => s.key)), [shapes]);
  const geographies = useMemo(
    () => new Map(shapes.map((s) => [s.key, { ...s.feature, rsmKey: s.key, svgPath: s.svgPath }])),
    [shapes],
  );
  // The land as a grid, once per set of shapes: placing the markers then costs a few lookups per candidate place.
  const land = useMemo(() => landGridFor(topology, shapes), [topology, shapes]);
  return { projection, shapes, shapeKeys, geographies, land };
}

/** The markers to draw and where (see layoutMarkers), at this zoom and frame height. */
export function useShownMarkers(
  markerItems: readonly MarkerItem[],
  shapes: readonly MapShape[],
  land: LandGrid,
  pxPerUnit: number,
  height: number,
  radiusPx: number,
): ShownMarker[] {
  // Marker places depend on geometry and zoom only: a tier toggle or a year step reuses them.
  const markerSignature = markerItems.map((m) => m.key).join();
  const places = useMemo(
    () =>
      layoutMarkers(markerItems, shapes, land, pxPerUnit, radiusPx, {
        x0: 0,
        y0: (MAP_HEIGHT - height) / 2,
        x1: MAP_WIDTH,
        y1: (MAP_HEIGHT + height) / 2,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [markerSignature, shapes, land, pxPerUnit, height, radiusPx],
  );
  return useMemo(
    () => markerItems.flatMap((m) => (places.has(m.key) ? [{ ...m, ...places.get(m.key)! }] : [])),
    [markerItems, places],
  );
}
