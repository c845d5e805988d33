import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { GeoProjection } from 'd3-geo';
import type { PartnerRow } from '../../domain/filters';
import type { Region } from '../../domain/schema';
import { SPECIAL_AREAS } from '../../domain/countries';
import { extentOf, fitBox, type Point } from '../../domain/mapLayout';
import { PHONE_QUERY, useMediaQuery } from '../../ui/useMediaQuery';
import { MAP_HEIGHT, MAP_WIDTH, type MapShape } from '../../domain/mapGeometry';

export interface MapViewState {
  center: [number, number];
  zoom: number;
}

const MAX_ZOOM = 12;

/**
 * The map's frame and zoom: on a phone the map is taller than the world's 2:1 band (its box is at least half the
 * screen) and starts zoomed in so the land fills it; a region filter zooms to the region's extent; a search hit for
 * an area centres on it. Returns the view, the SVG height in map units and the CSS px per map unit at this zoom.
 */
export function useMapView({
  wrapRef,
  projection,
  shapes,
  rows,
  regions,
  focusArea,
}: {
  wrapRef: RefObject<HTMLDivElement | null>;
  projection: GeoProjection;
  shapes: readonly MapShape[];
  rows: readonly PartnerRow[];
  regions: readonly Region[];
  focusArea?: { key: string; seq: number } | null;
}) {
  const tall = useMediaQuery(PHONE_QUERY);
  const [size, setSize] = useState<{ w: number; h: number }>({ w: MAP_WIDTH, h: MAP_HEIGHT });
  useEffect(() => {
    const el = wrapRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const r = entry?.contentRect;
      if (r && r.width > 0) setSize({ w: r.width, h: r.height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [wrapRef]);
  const height = tall && size.h > 0 ? Math.round((MAP_WIDTH * size.h) / size.w) : MAP_HEIGHT;
  const toLonLat = useCallback(
    (p: Point): [number, number] => (projection.invert?.([p[0], p[1]]) as [number, number]) ?? [0, 0],
    [projection],
  );
  const home: MapViewState = tall
    ? { center: [15, 12], zoom: Math.max(1, Math.min(1.45, (height / MAP_HEIGHT) * 0.6)) }
    : { center: [0, 0], zoom: 1 };
  const [view, setView] = useState<MapViewState>(home);

  // Follow the region filter: zoom to the region's extent, or back home when it is cleared. Only a change of
  // region or of the frame moves the map (not a year step that rebuilds the rows): state adjusted during render.
  const regionKey = regions.join(',');
  const regionView = (): MapViewState | null => {
    if (!regionKey) return home;
    const wanted = new Set(regionKey.split(','));
    const inRegion = rows.filter((r) => wanted.has(r.partner.region));
    const isos = new Set(inRegion.flatMap((r) => (r.partner.iso_numeric ? [r.partner.iso_numeric] : [])));
    const points = inRegion
      .filter((r) => r.partner.marker && !(r.partner.iso_numeric && isos.has(r.partner.iso_numeric)))
      .flatMap((r) => {
        const xy = projection(r.partner.marker!);
        return xy ? [xy as Point] : [];
      });
    const box = extentOf(
      shapes.filter((s) => isos.has(s.key)),
      points,
      MAP_WIDTH * 0.3,
    );
    if (!box) return null;
    const fit = fitBox(box, MAP_WIDTH, height, MAX_ZOOM);
    return { center: toLonLat(fit.center), zoom: fit.zoom };
  };
  const frameKey = `${regionKey}|${height}|${tall}`;
  // Starts unseen: a region in the address zooms the map on first load too.
  const [seenFrame, setSeenFrame] = useState('');
  if (seenFrame !== frameKey) {
    setSeenFrame(frameKey);
    const next = regionView();
    if (next) setView(next);
  }

  // A search hit for an area (Taiwan, Hong Kong): centre on it.
  const [seenFocus, setSeenFocus] = useState(focusArea?.seq ?? 0);
  if (focusArea && focusArea.seq !== seenFocus) {
    setSeenFocus(focusArea.seq);
    const shape = shapes.find((s) => s.key === focusArea.key);
    const area = SPECIAL_AREAS.find((a) => a.key === focusArea.key);
    const lonLat = shape ? toLonLat(shape.centroid as Point) : (area?.at ?? null);
    if (lonLat) setView((v) => ({ center: lonLat, zoom: Math.max(v.zoom, 3) }));
  }

  const zoomBy = (factor: number) =>
    setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, Math.max(1, v.zoom * factor)) }));
  const reset = () => setView(home);
  // ZoomableGroup keeps its callbacks in refs: a new function each render costs nothing.
  const onMoveEnd = ({ coordinates, zoom }: { coordinates?: [number, number]; zoom?: number }) => {
    if (coordinates && zoom) setView({ center: coordinates, zoom });
  };
  return { view, height, tall, pxPerUnit: (size.w / MAP_WIDTH) * view.zoom, zoomBy, reset, onMoveEnd };
}
