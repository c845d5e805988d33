/**
 * Where micro-state markers go so that none hides a country drawn with its own shape: the land as a grid, and a
 * search for a free place around each marker's true position. Pure, in map units (see mapLayout.ts).
 */
import type { Box, LayoutShape, Point } from './mapLayout';

/**
 * The land as a grid of cells (one map unit each, by default): which shape owns each cell, -1 for the sea, -2 where
 * several shapes meet. Cells an outline passes through count as land, so thin coasts are never missed. Built once
 * per set of shapes; marker placement then tests a circle by looking up the cells under it.
 */
export interface LandGrid {
  cell: number;
  cols: number;
  rows: number;
  x0: number;
  y0: number;
  owner: Int16Array;
  keys: readonly string[];
}

/** A land grid with no shape marked yet: fill it with `markLandShapes` (all at once, or in slices between tasks). */
export function emptyLandGrid(shapes: readonly LayoutShape[], box: Box, cell = 1): LandGrid {
  const cols = Math.ceil((box.x1 - box.x0) / cell);
  const rows = Math.ceil((box.y1 - box.y0) / cell);
  return {
    cell,
    cols,
    rows,
    x0: box.x0,
    y0: box.y0,
    owner: new Int16Array(cols * rows).fill(-1),
    keys: shapes.map((s) => s.key),
  };
}

/** Marks shapes `from` to `to` (exclusive) of the grid's shapes on it. */
export function markLandShapes(
  grid: LandGrid,
  shapes: readonly LayoutShape[],
  from: number,
  to: number,
): void {
  const { cell, cols, rows, owner } = grid;
  const box = { x0: grid.x0, y0: grid.y0 };
  const mark = (i: number, v: number) => {
    const o = owner[i]!;
    owner[i] = o === -1 || o === v ? v : -2;
  };
  for (let v = from; v < Math.min(to, shapes.length); v++) {
    const shape = shapes[v]!;
    // Interior: even-odd scanline at each row's centre.
    const r0 = Math.max(0, Math.floor((shape.bounds.y0 - box.y0) / cell));
    const r1 = Math.min(rows - 1, Math.ceil((shape.bounds.y1 - box.y0) / cell));
    const xs: number[] = [];
    for (let r = r0; r <= r1; r++) {
      const sy = box.y0 + (r + 0.5) * cell;
      xs.length = 0;
      for (const ring of shape.rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xa, ya] = ring[j]!;
          const [xb, yb] = ring[i]!;
          if (ya > sy !== yb > sy) xs.push(xa + ((sy - ya) * (xb - xa)) / (yb - ya));
        }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((xs[k]! - box.x0) / cell - 0.5));
        const c1 = Math.min(cols - 1, Math.floor((xs[k + 1]! - box.x0) / cell - 0.5));
        for (let c = c0; c <= c1; c++) mark(r * cols + c, v);
      }
    }
    // Outlines: every cell a segment passes through.
    for (const ring of shape.rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xa, ya] = ring[j]!;
        const [xb, yb] = ring[i]!;
        const steps = Math.max(1, Math.ceil((Math.hypot(xb - xa, yb - ya) / cell) * 2));
        for (let t = 0; t <= steps; t++) {
          const c = Math.floor((xa + ((xb - xa) * t) / steps - box.x0) / cell);
          const r = Math.floor((ya + ((yb - ya) * t) / steps - box.y0) / cell);
          if (c >= 0 && c < cols && r >= 0 && r < rows) mark(r * cols + c, v);
        }
      }
  }
}

export function buildLandGrid(shapes: readonly LayoutShape[], box: Box, cell = 1): LandGrid {
  const grid = emptyLandGrid(shapes, box, cell);
  markLandShapes(grid, shapes, 0, shapes.length);
  return grid;
}

/** Whether a circle touches land other than the shape `own`. */
export function circleOnLand(grid: LandGrid, [px, py]: Point, r: number, own?: string | null): boolean {
  const ownIndex = own ? grid.keys.indexOf(own) : -3;
  const c0 = Math.max(0, Math.floor((px - r - grid.x0) / grid.cell));
  const c1 = Math.min(grid.cols - 1, Math.floor((px + r - grid.x0) / grid.cell));
  const r0 = Math.max(0, Math.floor((py - r - grid.y0) / grid.cell));
  const r1 = Math.min(grid.rows - 1, Math.floor((py + r - grid.y0) / grid.cell));
  const half = grid.cell / 2;
  for (let row = r0; row <= r1; row++)
    for (let col = c0; col <= c1; col++) {
      const o = grid.owner[row * grid.cols + col]!;
      if (o === -1 || o === ownIndex) continue;
      // The cell's nearest point to the centre within r: the cell is under the circle.
      const cx = grid.x0 + col * grid.cell + half;
      const cy = grid.y0 + row * grid.cell + half;
      const dx = Math.max(0, Math.abs(px - cx) - half);
      const dy = Math.max(0, Math.abs(py - cy) - half);
      if (dx * dx + dy * dy <= r * r) return true;
    }
  return false;
}

export interface MarkerInput {
  key: string;
  /** The state's true projected position. */
  at: Point;
  /** The state's own shape, if the map has one: the marker may cover it. */
  ownShape?: string | null;
}

export interface PlacedMarker {
  key: string;
  at: Point;
  /** Where the marker is drawn: `at`, or moved off the land with a leader line back to `at`. */
  pos: Point;
  moved: boolean;
}

/**
 * Places each marker (a circle of `radius` map units) where it covers no shape but its own and no other marker,
 * trying its true position first, then rings of growing distance around it. Markers are placed in the order given.
 * `bounds` keeps them inside the map. A marker with no free place even at twice `maxDistance` is left out when its
 * state has a shape of its own, and keeps its true position when not.
 */
export function placeMarkers(
  markers: readonly MarkerInput[],
  land: LandGrid,
  radius: number,
  maxDistance: number,
  bounds: Box,
  /** Least distance between two markers' centres (at least two radii and a small gap). */
  spacing = 0,
): PlacedMarker[] {
  const steps = placeMarkersInSteps(markers, land, radius, maxDistance, bounds, spacing);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * placeMarkers one marker at a time: the generator pauses after each marker, so a caller can spread the work over
 * several tasks (see useShownMarkers), and returns the same places.
 */
export function* placeMarkersInSteps(
  markers: readonly MarkerInput[],
  land: LandGrid,
  radius: number,
  maxDistance: number,
  bounds: Box,
  spacing = 0,
): Generator<void, PlacedMarker[], void> {
  const placed: PlacedMarker[] = [];
  const gap = radius * 0.35;
  const apart = Math.max(spacing, 2 * radius + gap);
  const free = (p: Point, own: string | null | undefined, minApart: number) => {
    if (p[0] - radius < bounds.x0 || p[0] + radius > bounds.x1) return false;
    if (p[1] - radius < bounds.y0 || p[1] + radius > bounds.y1) return false;
    for (const m of placed) if (Math.hypot(m.pos[0] - p[0], m.pos[1] - p[1]) < minApart) return false;
    return !circleOnLand(land, p, radius + gap, own);
  };
  const step = radius * 0.9;
  const angles = 16;
  const search = (m: MarkerInput, minApart: number, reach: number): Point | null => {
    if (free(m.at, m.ownShape, minApart)) return m.at;
    for (let d = 2 * radius; d <= reach; d += step)
      for (let a = 0; a < angles; a++) {
        // Start straight up-right and go round; on ties the first free angle wins.
        const angle = -Math.PI / 4 + (a * 2 * Math.PI) / angles;
        const p: Point = [m.at[0] + d * Math.cos(angle), m.at[1] + d * Math.sin(angle)];
        if (free(p, m.ownShape, minApart)) return p;
      }
    return null;
  };
  for (const m of markers) {
    // Where the wanted spacing leaves no room, markers may sit closer (never overlapping), then reach further.
    const pos =
      search(m, apart, maxDistance) ??
      search(m, 2 * radius + gap, maxDistance) ??
      search(m, 2 * radius + gap, maxDistance * 2);
    if (pos) placed.push({ key: m.key, at: m.at, pos, moved: pos !== m.at });
    // A state with its own shape keeps the shape as its target; one without stays at its true place.
    else if (!m.ownShape) placed.push({ key: m.key, at: m.at, pos: m.at, moved: false });
    yield;
  }
  return placed;
}
