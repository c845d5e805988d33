import { describe, expect, it } from 'vitest';
import {
  buildLandGrid,
  distanceToShape,
  extentOf,
  fitBox,
  placeMarkers,
  placeMarkersInSteps,
  resolveTap,
  ringsBounds,
  type LayoutShape,
  type Ring,
} from '../../../src/domain/mapLayout';

const square = (key: string, x: number, y: number, size: number): LayoutShape => {
  const rings: Ring[] = [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
    ],
  ];
  return { key, rings, bounds: ringsBounds(rings) };
};
const world = { x0: 0, y0: 0, x1: 200, y1: 100 };
const grid = (shapes: LayoutShape[]) => buildLandGrid(shapes, { x0: -20, y0: -20, x1: 320, y1: 320 }, 0.5);

describe('placeMarkersInSteps', () => {
  it('pauses once per marker and returns the same places as placeMarkers', () => {
    const land = grid([square('BIG', 40, 20, 40), square('SMALL', 100, 40, 6)]);
    const markers = [
      { key: 'm-A', at: [60, 40] as const },
      { key: 'm-B', at: [62, 42] as const },
      { key: 'm-C', at: [103, 43] as const, ownShape: 'SMALL' },
    ];
    const steps = placeMarkersInSteps(markers, land, 3, 60, world, 8);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBe(markers.length);
    expect(next.value).toEqual(placeMarkers(markers, land, 3, 60, world, 8));
    expect(next.value.length).toBeGreaterThan(0);
  });
});

describe('placeMarkers', () => {
  const land = square('BIG', 40, 20, 40); // a country 40 units wide

  it('moves a marker that would cover another country off it, and keeps its true place for the leader line', () => {
    const [m] = placeMarkers([{ key: 'm-LIE', at: [60, 40] }], grid([land]), 3, 60, world);
    expect(m!.moved).toBe(true);
    expect(m!.at).toEqual([60, 40]);
    expect(distanceToShape(m!.pos, land)).toBeGreaterThanOrEqual(3);
  });

  it('leaves a marker in the open sea where it is', () => {
    const [m] = placeMarkers([{ key: 'm-TON', at: [150, 80] }], grid([land]), 3, 60, world);
    expect(m).toMatchObject({ pos: [150, 80], moved: false });
  });

  it('may cover its own shape, never another marker, and keeps the spacing asked for', () => {
    const own = square('SVN', 100, 50, 2);
    const placed = placeMarkers(
      [
        { key: 'm-SVN', at: [101, 51], ownShape: 'SVN' },
        { key: 'm-X', at: [102, 51] },
      ],
      grid([own]),
      3,
      60,
      world,
      12,
    );
    expect(placed[0]).toMatchObject({ pos: [101, 51], moved: false });
    const [a, b] = placed.map((p) => p.pos);
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThanOrEqual(12);
  });

  it('drops a marker with no free place when its state has a shape (the shape is the target)', () => {
    const everywhere = square('ALL', -10, -10, 300);
    const placed = placeMarkers(
      [{ key: 'm-A', at: [50, 50], ownShape: 'A' }],
      grid([everywhere]),
      3,
      10,
      world,
    );
    expect(placed).toEqual([]);
  });
});

describe('resolveTap', () => {
  const big = square('FRA', 0, 0, 50);
  const small = { key: 'BEL', at: [52, 10] as const };
  const targets = [
    { key: 'FRA', shape: big },
    { key: 'm-SGP', circle: { at: [100, 100] as const, r: 3 } },
  ];

  it('gives an undersized target the finger that lands on it', () => {
    expect(resolveTap([52, 10], 'BEL', [small, { key: 'LUX', at: [53, 11] }], targets, 12)).toBe('BEL');
  });
  it('gives a tap near an undersized target to it, even over the larger country under the finger', () => {
    expect(resolveTap([45, 10], 'FRA', [small], targets, 12)).toBe('BEL');
    expect(resolveTap([20, 20], 'FRA', [small], targets, 12)).toBe('FRA');
  });
  it('opens the nearest target within the slop for a tap on the sea, and nothing beyond it', () => {
    expect(resolveTap([100, 112], null, [], targets, 12)).toBe('m-SGP');
    expect(resolveTap([160, 160], null, [], targets, 12)).toBeNull();
  });
});

describe('extentOf and fitBox', () => {
  it('leaves out a shape wider than the limit (Russia for Europe) and fits the rest', () => {
    const box = extentOf([square('FRA', 10, 10, 10), square('RUS', 0, 0, 180)], [], 60);
    expect(box).toEqual({ x0: 10, y0: 10, x1: 20, y1: 20 });
    const fit = fitBox(box!, 200, 100, 12);
    expect(fit.center).toEqual([15, 15]);
    expect(fit.zoom).toBeGreaterThan(5);
    expect(fit.zoom).toBeLessThanOrEqual(12);
  });
});
