import { useEffect, useMemo, useRef, useState } from 'react';
import type { LandGrid } from '../../domain/mapLayout';
import {
  buildProjection,
  buildShapes,
  landGridFor,
  MAP_HEIGHT,
  MAP_WIDTH,
  type MapShape,
} from '../../domain/mapGeometry';
import { layoutMarkersInSteps, type MarkerItem, type MarkerPlace } from './mapItems';
import type { ShownMarker } from './MapLayers';
import type { CountriesTopology } from '../../domain/mapGeometry';

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

/** Work in slices of about this long (ms), then give the page a turn: no long task while the map starts. */
const SLICE_MS = 8;

/**
 * The markers to draw and where (see layoutMarkers), at this zoom and frame height. Placing them takes a few hundred
 * searches, so it runs after the render, in short slices between tasks: the shapes paint first and the markers join
 * them a moment later (and follow a zoom a moment after it).
 */
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
  const [places, setPlaces] = useState<ReadonlyMap<string, MarkerPlace>>(() => new Map());
  const latest = useRef(markerItems);
  useEffect(() => {
    latest.current = markerItems;
  });
  useEffect(() => {
    const steps = layoutMarkersInSteps(latest.current, shapes, land, pxPerUnit, radiusPx, {
      x0: 0,
      y0: (MAP_HEIGHT - height) / 2,
      x1: MAP_WIDTH,
      y1: (MAP_HEIGHT + height) / 2,
    });
    let timer = 0;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      for (;;) {
        const next = steps.next();
        if (next.done) return setPlaces(next.value);
        if (performance.now() > end) break;
      }
      timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [markerSignature, shapes, land, pxPerUnit, height, radiusPx]);
  return useMemo(
    () => markerItems.flatMap((m) => (places.has(m.key) ? [{ ...m, ...places.get(m.key)! }] : [])),
    [markerItems, places],
  );
}
