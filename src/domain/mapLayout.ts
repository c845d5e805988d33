/**
 * Plane geometry for the map, in the map's own units (the SVG's user space before zoom): where micro-state markers
 * go so that none hides a country drawn with its own shape, which partner a tap that lands on no shape means, and
 * the extent a region zooms to. Pure: no DOM, no projection; shapes arrive as projected rings.
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
  }
  return placed;
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
