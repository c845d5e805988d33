/**
 * What the world map draws, as thin memoised layers: the patterns, the shapes, the leader lines and the markers.
 * Each shape and marker takes only strings and numbers (its events are handled once, on the map: see WorldMap), so
 * React re-renders the ones whose fill, label or state changed and skips the rest: a tier toggle or a year step
 * touches the shapes that change colour, and opening a partner touches two.
 */
import { memo } from 'react';
import { Geography } from 'react-simple-maps';
import { DotsPattern, HatchPattern } from '../../ui/HatchPattern';
import type { MapItem, MarkerItem } from './mapItems';
import type { Point } from '../../domain/mapLayout';

/** The fills that are patterns: disputed areas, no diplomatic relations, left out by a filter. */
export function MapPatterns() {
  return (
    <defs>
      <HatchPattern id="hatch" />
      <DotsPattern id="no-relations" />
      <pattern id="filtered-out" width="3" height="3" patternUnits="userSpaceOnUse">
        <rect width="3" height="3" fill="#f6f4ef" />
        <circle cx="1.5" cy="1.5" r="0.55" fill="#b9b3a7" />
      </pattern>
    </defs>
  );
}

export function itemClass(item: MapItem, base: string, selectedKey: string | null): string {
  return `${base}${item.filteredOut ? ' is-filtered-out' : ''}${item.key === selectedKey ? ' is-selected' : ''}${item.partnerId ? ' is-partner' : ''}`;
}

type Geo = Parameters<typeof Geography>[0]['geography'];

const Shape = memo(function Shape(props: {
  id: string;
  geography: Geo;
  className: string;
  fill: string;
  label: string;
  cx: number;
  cy: number;
  tabbable: boolean;
  partner: boolean;
}) {
  return (
    <Geography
      geography={props.geography}
      className={props.className}
      data-key={props.id}
      data-cx={props.cx}
      data-cy={props.cy}
      fill={props.fill}
      vectorEffect="non-scaling-stroke"
      tabIndex={props.tabbable ? 0 : -1}
      role={props.partner ? 'button' : 'img'}
      aria-label={props.label}
    />
  );
});

export function ShapeLayer({
  items,
  geographies,
  selectedKey,
  tabKey,
}: {
  items: readonly MapItem[];
  geographies: ReadonlyMap<string, Geo>;
  selectedKey: string | null;
  tabKey: string | null;
}) {
  return items.map((item) => (
    <Shape
      key={item.key}
      id={item.key}
      geography={geographies.get(item.key)!}
      className={itemClass(item, 'map-shape', selectedKey)}
      fill={item.fill}
      label={item.label}
      cx={item.x}
      cy={item.y}
      tabbable={item.key === tabKey}
      partner={!!item.partnerId}
    />
  ));
}

export type ShownMarker = MarkerItem & { pos: Point; moved: boolean };

/** Leader lines from a moved marker back to its place, with a dot there. */
export const LeaderLayer = memo(function LeaderLayer({
  markers,
  unit,
}: {
  markers: readonly ShownMarker[];
  unit: number;
}) {
  return (
    <g className="map-leaders" aria-hidden="true">
      {markers
        .filter((m) => m.moved)
        .map((m) => (
          <g key={m.key}>
            <line x1={m.x} y1={m.y} x2={m.pos[0]} y2={m.pos[1]} vectorEffect="non-scaling-stroke" />
            <circle cx={m.x} cy={m.y} r={1.5 * unit} />
          </g>
        ))}
    </g>
  );
});

const Marker = memo(function Marker(props: {
  id: string;
  x: number;
  y: number;
  r: number;
  stroke: number;
  className: string;
  fill: string;
  label: string;
  tabbable: boolean;
  partner: boolean;
  /** A state with a shape of its own: the shape is its tab stop and label, the marker only helps see and hit it. */
  hidden: boolean;
}) {
  return (
    <circle
      data-key={props.id}
      cx={props.x}
      cy={props.y}
      r={props.r}
      className={props.className}
      fill={props.fill}
      strokeWidth={props.stroke}
      {...(props.hidden
        ? { 'aria-hidden': true }
        : {
            tabIndex: props.tabbable ? 0 : -1,
            role: props.partner ? 'button' : 'img',
            'aria-label': props.label,
          })}
    />
  );
});

export function MarkerLayer({
  markers,
  unit,
  radiusPx,
  selectedKey,
  tabKey,
}: {
  markers: readonly ShownMarker[];
  unit: number;
  radiusPx: number;
  selectedKey: string | null;
  tabKey: string | null;
}) {
  return markers.map((item) => (
    <Marker
      key={item.key}
      id={item.key}
      x={item.pos[0]}
      y={item.pos[1]}
      r={radiusPx * unit}
      stroke={1.2 * unit}
      className={itemClass(item, 'map-marker', selectedKey)}
      fill={item.fill}
      label={item.label}
      tabbable={item.key === tabKey}
      partner={!!item.partnerId}
      hidden={!!item.ownShape}
    />
  ));
}
