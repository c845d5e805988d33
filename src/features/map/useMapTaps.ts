import { useCallback, useMemo, type MouseEvent } from 'react';
import { resolveTap, type Point, type TapTarget } from '../../domain/mapLayout';
import type { MapItem } from './mapItems';
import type { MapShape } from '../../domain/mapGeometry';
import type { ShownMarker } from './MapLayers';

/** A tap that lands on no shape opens the nearest partner within this distance (CSS px). */
const TAP_SLOP_PX = 12;

/**
 * Which item a click or tap on the map means: the shape or marker under it; on touch, an undersized target within
 * TAP_SLOP_PX of its centre (a 24 px disc, see resolveTap); on the sea, the nearest partner within TAP_SLOP_PX.
 * The pointer's place in map units (a layout read) is asked for only when the hit alone does not settle it.
 */
export function useMapTaps({
  shapes,
  shapeItems,
  shownMarkers,
  pxPerUnit,
  markerRadiusPx,
}: {
  shapes: readonly MapShape[];
  shapeItems: readonly MapItem[];
  shownMarkers: readonly ShownMarker[];
  pxPerUnit: number;
  markerRadiusPx: number;
}) {
  const partnerShapes = useMemo(
    () => new Set(shapeItems.filter((i) => i.partnerId).map((i) => i.key)),
    [shapeItems],
  );
  const tapTargets = useMemo<TapTarget[]>(
    () => [
      ...shapes.filter((s) => partnerShapes.has(s.key)).map((s) => ({ key: s.key, shape: s })),
      ...shownMarkers
        .filter((m) => m.partnerId)
        .map((m) => ({ key: m.key, circle: { at: m.pos, r: markerRadiusPx / pxPerUnit } })),
    ],
    [shapes, partnerShapes, shownMarkers, pxPerUnit, markerRadiusPx],
  );
  const undersized = useMemo(() => {
    const min = (s: MapShape) => Math.min(s.bounds.x1 - s.bounds.x0, s.bounds.y1 - s.bounds.y0) * pxPerUnit;
    return [
      ...shapes
        .filter((s) => partnerShapes.has(s.key) && min(s) < 24)
        .map((s) => ({ key: s.key, at: s.centroid as Point })),
      ...shownMarkers.filter((m) => m.partnerId).map((m) => ({ key: m.key, at: m.pos })),
    ];
  }, [shapes, partnerShapes, shownMarkers, pxPerUnit]);

  return useCallback(
    (event: MouseEvent<SVGSVGElement>, svg: SVGSVGElement | null): string | null => {
      const hitKey = (event.target as Element).closest<SVGElement>('[data-key]')?.dataset.key ?? null;
      const touch = (event.nativeEvent as PointerEvent).pointerType === 'touch';
      // A mouse click on a shape or marker is that item (resolveTap would say so too, without the point).
      if (hitKey && !touch) return hitKey;
      const ctm = svg?.querySelector<SVGGElement>('.rsm-zoomable-group')?.getScreenCTM();
      if (!ctm) return hitKey;
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
      return resolveTap([p.x, p.y], hitKey, touch ? undersized : [], tapTargets, TAP_SLOP_PX / pxPerUnit);
    },
    [undersized, tapTargets, pxPerUnit],
  );
}
