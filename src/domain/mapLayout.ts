/**
 * Plane geometry for the map, in the map's own units (the SVG's user space before zoom): bounds, point in shape,
 * distances, which partner a tap that lands on no shape means, and the extent a region zooms to. Where micro-state
 * markers go is in markerPlacement.ts (re-exported here). Pure: no DOM, no projection; shapes arrive as projected
 * rings.
 */

export type Point = readonly [number, number];
/** A closed ring as a flat list of x, y pairs. */
export type Ring = readonly Point[];
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LayoutShape {
  key: string;
  rings: readonly Ring[];
  bounds: Box;
}

export function ringsBounds(rings: readonly Ring[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  return { x0, y0, x1, y1 };
}

/** Even-odd rule over all rings (holes included). */
export function pointInRings([px, py]: Point, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from a point to a shape: 0 inside it, else to its nearest edge. */
export function distanceToShape(p: Point, shape: LayoutShape): number {
  if (pointInRings(p, shape.rings)) return 0;
  let best = Infinity;
  for (const ring of shape.rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      best = Math.min(best, segmentDistance(p, ring[j]!, ring[i]!));
  return best;
}

function nearBox(p: Point, b: Box, r: number): boolean {
  return p[0] >= b.x0 - r && p[0] <= b.x1 + r && p[1] >= b.y0 - r && p[1] <= b.y1 + r;
}

export interface TapTarget {
  key: string;
  /** A shape's rings, or a marker as a circle. */
  shape?: LayoutShape;
  circle?: { at: Point; r: number };
}

/** The target nearest to a point, within `maxDistance` (all in map units); null when none is that close. */
export function nearestTarget(p: Point, targets: readonly TapTarget[], maxDistance: number): string | null {
  let best: { key: string; d: number } | null = null;
  for (const t of targets) {
    let d = Infinity;
    if (t.circle) d = Math.max(0, Math.hypot(t.circle.at[0] - p[0], t.circle.at[1] - p[1]) - t.circle.r);
    else if (t.shape && nearBox(p, t.shape.bounds, maxDistance)) d = distanceToShape(p, t.shape);
    if (d <= maxDistance && (!best || d < best.d)) best = { key: t.key, d };
  }
  return best?.key ?? null;
}

/**
 * The box to zoom to for a set of shapes and points: the union of each shape's main body (its largest ring, so
 * that Russia's far east or a Pacific island over the date line does not stretch a region to the whole world).
 */
export function extentOf(
  shapes: readonly LayoutShape[],
  points: readonly Point[] = [],
  maxShapeWidth = Infinity,
): Box | null {
  const mains: Box[] = shapes.map((s) => {
    let main: Ring | null = null;
    let mainArea = -1;
    for (const ring of s.rings) {
      const b = ringsBounds([ring]);
      const area = (b.x1 - b.x0) * (b.y1 - b.y0);
      if (area > mainArea) [main, mainArea] = [ring, area];
    }
    return main ? ringsBounds([main]) : s.bounds;
  });
  // A shape wider than a region's own span (Russia, for Europe) would turn the region into the world: left out.
  const narrow = mains.filter((b) => b.x1 - b.x0 <= maxShapeWidth);
  const boxes = narrow.length > 0 ? narrow : mains;
  for (const [x, y] of points) boxes.push({ x0: x, y0: y, x1: x, y1: y });
  if (boxes.length === 0) return null;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Zoom factor and centre (map units) that fit a box in a view of `width` × `height`, with a margin. */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  maxZoom: number,
  margin = 0.08,
): { center: Point; zoom: number } {
  const w = Math.max(1e-6, box.x1 - box.x0);
  const h = Math.max(1e-6, box.y1 - box.y0);
  const zoom = Math.max(1, Math.min(maxZoom, (1 - 2 * margin) * Math.min(width / w, height / h)));
  return { center: [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2], zoom };
}

/**
 * What a tap means. On touch every undersized target (a marker, or a shape narrower than 24 px on screen) answers
 * within `slop` of its centre, as if it were a 24 px disc: a finger on an undersized target gets it; otherwise the
 * nearest undersized centre within `slop` wins, even over the larger country under the finger. Otherwise the shape or
 * marker under the finger wins; a tap on the sea opens the nearest target within `slop`. Distances in map units.
 */
export function resolveTap(
  p: Point,
  hitKey: string | null,
  undersized: readonly { key: string; at: Point }[],
  targets: readonly TapTarget[],
  slop: number,
): string | null {
  if (hitKey && undersized.some((u) => u.key === hitKey)) return hitKey;
  let best: { key: string; d: number } | null = null;
  for (const u of undersized) {
    const d = Math.hypot(u.at[0] - p[0], u.at[1] - p[1]);
    if (d <= slop && (!best || d < best.d)) best = { key: u.key, d };
  }
  if (best) return best.key;
  if (hitKey) return hitKey;
  return nearestTarget(p, targets, slop);
}

export {
  buildLandGrid,
  circleOnLand,
  emptyLandGrid,
  markLandShapes,
  placeMarkers,
  placeMarkersInSteps,
  type LandGrid,
  type MarkerInput,
  type PlacedMarker,
} from './markerPlacement';
