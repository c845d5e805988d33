import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import '../../ui/map.css';
import { ComposableMap, Geography, ZoomableGroup } from 'react-simple-maps';
import type { PartnerRow, RowFilter } from '../../domain/filters';
import type { Region, TierId } from '../../domain/schema';
import { BASE_COLORS } from '../../domain/tiers';
import { resolveTap, type Point, type TapTarget } from '../../domain/mapLayout';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { buildProjection, buildShapes, landGridFor, MAP_HEIGHT, MAP_WIDTH } from '../../domain/mapGeometry';
import { BORDER, NONE_DOT } from '../../domain/palette';
import { MapTooltip, type ClimbSource } from './MapTooltip';
import {
  buildMarkerItems,
  buildShapeItems,
  indexByIso,
  layoutMarkers,
  type MapItem,
  type MapPreview,
} from './mapItems';
import { useMapKeyboard } from './useMapKeyboard';
import { useMapView } from './useMapView';
import type { CountriesTopology } from '../../domain/mapGeometry';
import { HatchPattern } from '../../ui/HatchPattern';

export type { MapPreview } from './mapItems';

interface Props {
  topology: CountriesTopology;
  rows: readonly PartnerRow[];
  filter: RowFilter;
  selectedId: string | null;
  onOpen: (partnerId: string) => void;
  lang: Lang;
  tierNames: ReadonlyMap<TierId, string>;
  preview?: MapPreview | null;
  /** Partners' histories, for the sparkline in the tooltip. */
  climbs?: ClimbSource;
  /** A shape or marker key to centre on and describe (a search hit that is not a partner, e.g. Taiwan). */
  focusArea?: { key: string; seq: number } | null;
}

/** A tap that lands on no shape opens the nearest partner within this distance (CSS px). */
const TAP_SLOP_PX = 12;
const MARKER_RADIUS_PX = 6;

/**
 * The world map: renders the items mapItems.ts builds. The whole map is one tab stop (arrow keys move between
 * countries, Enter opens one); mouse, touch and the +/− buttons zoom and pan; a region filter zooms to the region.
 */
export const WorldMap = memo(function WorldMap({
  topology,
  rows,
  filter,
  selectedId,
  onOpen,
  lang,
  tierNames,
  preview,
  climbs,
  focusArea,
}: Props) {
  const t = translator(lang);
  const projection = useMemo(() => buildProjection(topology), [topology]);
  const shapes = useMemo(() => buildShapes(topology, projection), [topology, projection]);
  const shapeKeys = useMemo(() => new Set(shapes.map((s) => s.key)), [shapes]);
  const geographies = useMemo(
    () => new Map(shapes.map((s) => [s.key, { ...s.feature, rsmKey: s.key, svgPath: s.svgPath }])),
    [shapes],
  );
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.partner.id, r])), [rows]);
  const partnersByIso = useMemo(() => indexByIso(rows), [rows]);
  const ctx = useMemo(
    () => ({ rowsById, filter, lang, tierNames, preview }),
    [rowsById, filter, lang, tierNames, preview],
  );
  const shapeItems = useMemo(() => buildShapeItems(shapes, partnersByIso, ctx), [shapes, partnersByIso, ctx]);
  const project = useCallback((c: [number, number]) => projection(c) as Point | null, [projection]);
  const markerItems = useMemo(
    () => buildMarkerItems(rows, project, shapeKeys, ctx),
    [rows, project, shapeKeys, ctx],
  );

  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const map = useMapView({
    wrapRef,
    projection,
    shapes,
    rows,
    regions: filter.regions as Region[],
    focusArea,
  });

  // Marker places depend on geometry and zoom only: a tier toggle or a year step reuses them.
  const markerSignature = markerItems.map((m) => m.key).join();
  // The land as a grid, once per set of shapes: placing the markers then costs a few lookups per candidate place.
  const land = useMemo(() => landGridFor(topology, shapes), [topology, shapes]);
  const places = useMemo(
    () =>
      layoutMarkers(markerItems, shapes, land, map.pxPerUnit, MARKER_RADIUS_PX, {
        x0: 0,
        y0: (MAP_HEIGHT - map.height) / 2,
        x1: MAP_WIDTH,
        y1: (MAP_HEIGHT + map.height) / 2,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [markerSignature, shapes, land, map.pxPerUnit, map.height],
  );
  const shownMarkers = useMemo(
    () => markerItems.flatMap((m) => (places.has(m.key) ? [{ ...m, ...places.get(m.key)! }] : [])),
    [markerItems, places],
  );

  // Keyboard order covers every shape and every marker that has no shape of its own, if it says something.
  const navItems = useMemo(
    () =>
      [...shapeItems, ...markerItems.filter((m) => !m.ownShape)].filter(
        (i) => i.partnerId || i.fill !== BASE_COLORS.other,
      ),
    [shapeItems, markerItems],
  );
  const navPoints = useMemo(() => navItems.map(({ key, x, y }) => ({ key, x, y })), [navItems]);
  const itemsByKey = useMemo(
    () => new Map<string, MapItem>([...shapeItems, ...markerItems].map((i) => [i.key, i])),
    [shapeItems, markerItems],
  );

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [tip, setTip] = useState<{ key: string; x: number; y: number } | null>(null);
  const elements = useRef(new Map<string, SVGElement>());

  const selectedKey = useMemo(() => {
    const p = selectedId ? rowsById.get(selectedId)?.partner : undefined;
    if (!p) return null;
    if (p.iso_numeric && shapeKeys.has(p.iso_numeric)) return p.iso_numeric;
    return p.marker ? `m-${p.id}` : null;
  }, [selectedId, rowsById, shapeKeys]);

  const tabKey =
    activeKey ?? selectedKey ?? navPoints.find((p) => p.key === '156')?.key ?? navPoints[0]?.key ?? null;

  const showTipFor = useCallback((key: string) => {
    const el = elements.current.get(key);
    const wrap = wrapRef.current;
    if (!el || !wrap) return;
    const a = el.getBoundingClientRect();
    const b = wrap.getBoundingClientRect();
    setTip({ key, x: a.left + a.width / 2 - b.left, y: a.top - b.top });
  }, []);

  // A search hit that is not a partner (Taiwan, Hong Kong): once the map has moved to it, say what it is.
  useEffect(() => {
    if (!focusArea) return;
    const timer = window.setTimeout(() => {
      const key = elements.current.has(focusArea.key) ? focusArea.key : `m-${focusArea.key}`;
      setActiveKey(key);
      elements.current.get(key)?.focus();
      showTipFor(key);
    }, 60);
    return () => window.clearTimeout(timer);
  }, [focusArea, showTipFor]);

  const focusKey = useCallback((key: string) => {
    setActiveKey(key);
    elements.current.get(key)?.focus();
  }, []);
  const partnerOf = useCallback((key: string) => itemsByKey.get(key)?.partnerId ?? null, [itemsByKey]);
  const onKeyDown = useMapKeyboard({
    points: navPoints,
    current: tabKey,
    partnerOf,
    focusKey,
    onOpen,
    onEscape: () => setTip(null),
  });

  // A click or tap on the sea (no shape, no marker) opens the nearest partner within TAP_SLOP_PX.
  const tapTargets = useMemo<TapTarget[]>(() => {
    const partnerShapes = new Set(shapeItems.filter((i) => i.partnerId).map((i) => i.key));
    return [
      ...shapes.filter((s) => partnerShapes.has(s.key)).map((s) => ({ key: s.key, shape: s })),
      ...shownMarkers
        .filter((m) => m.partnerId)
        .map((m) => ({ key: m.key, circle: { at: m.pos, r: MARKER_RADIUS_PX / map.pxPerUnit } })),
    ];
  }, [shapes, shapeItems, shownMarkers, map.pxPerUnit]);
  // On touch, undersized targets answer within TAP_SLOP_PX of their centre (a 24 px disc); see resolveTap.
  const undersized = useMemo(() => {
    const min = (s: { bounds: { x0: number; x1: number; y0: number; y1: number } }) =>
      Math.min(s.bounds.x1 - s.bounds.x0, s.bounds.y1 - s.bounds.y0) * map.pxPerUnit;
    const partnerShapes = new Set(shapeItems.filter((i) => i.partnerId).map((i) => i.key));
    return [
      ...shapes
        .filter((s) => partnerShapes.has(s.key) && min(s) < 24)
        .map((s) => ({ key: s.key, at: s.centroid as Point })),
      ...shownMarkers.filter((m) => m.partnerId).map((m) => ({ key: m.key, at: m.pos })),
    ];
  }, [shapes, shapeItems, shownMarkers, map.pxPerUnit]);
  const onMapClick = (event: MouseEvent<SVGSVGElement>) => {
    const hitKey = (event.target as Element).closest<SVGElement>('[data-key]')?.dataset.key ?? null;
    const group = svgRef.current?.querySelector<SVGGElement>('.rsm-zoomable-group');
    const ctm = group?.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const touch = (event.nativeEvent as PointerEvent).pointerType === 'touch';
    const slop = TAP_SLOP_PX / map.pxPerUnit;
    const key = resolveTap([p.x, p.y], hitKey, touch ? undersized : [], tapTargets, slop);
    const item = key ? itemsByKey.get(key) : null;
    if (!key || !item) return setTip(null);
    setActiveKey(key);
    if (item.partnerId) onOpen(item.partnerId);
    else showTipFor(key);
  };

  const register = (key: string) => (el: SVGElement | null) => {
    if (el) elements.current.set(key, el);
    else elements.current.delete(key);
  };
  const tipAt = (key: string, e: MouseEvent) => {
    const b = wrapRef.current?.getBoundingClientRect();
    if (b) setTip({ key, x: e.clientX - b.left, y: e.clientY - b.top - 8 });
  };
  const handlers = (item: MapItem) => ({
    'data-key': item.key,
    tabIndex: item.key === tabKey ? 0 : -1,
    role: item.partnerId ? 'button' : 'img',
    'aria-label': item.label,
    onFocus: () => {
      setActiveKey(item.key);
      showTipFor(item.key);
    },
    onBlur: () => setTip(null),
    onMouseEnter: (e: MouseEvent) => tipAt(item.key, e),
    onMouseMove: (e: MouseEvent) => tipAt(item.key, e),
    onMouseLeave: () => setTip(null),
  });
  const cls = (item: MapItem, base: string) =>
    `${base}${item.filteredOut ? ' is-filtered-out' : ''}${item.key === selectedKey ? ' is-selected' : ''}${item.partnerId ? ' is-partner' : ''}`;

  const tipItem = tip ? itemsByKey.get(tip.key) : null;
  const unit = 1 / map.pxPerUnit;
  const anyFilteredOut = filter.regions.length > 0 || filter.tiers.length > 0;

  return (
    <div className={`map-wrap${map.tall ? ' is-tall' : ''}`} ref={wrapRef}>
      <div className="map-zoom" role="group" aria-label={t('zoomGroup')}>
        <button type="button" onClick={() => map.zoomBy(1.6)} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => map.zoomBy(1 / 1.6)} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" onClick={map.reset} aria-label={t('resetZoom')}>
          ⟲
        </button>
      </div>
      <ComposableMap
        ref={svgRef}
        projection={projection}
        width={MAP_WIDTH}
        height={map.height}
        className="world-map"
        style={{ background: BASE_COLORS.ocean, ['--map-border' as string]: BORDER }}
        role="group"
        aria-label={t('mapLabel')}
        onKeyDown={onKeyDown}
        onClick={onMapClick}
      >
        <defs>
          <HatchPattern id="hatch" />
          <pattern id="no-relations" width="3" height="3" patternUnits="userSpaceOnUse">
            <rect width="3" height="3" fill={BASE_COLORS.none} />
            <circle cx="1.5" cy="1.5" r="0.75" fill={NONE_DOT} />
          </pattern>
          <pattern id="filtered-out" width="3" height="3" patternUnits="userSpaceOnUse">
            <rect width="3" height="3" fill="#f6f4ef" />
            <circle cx="1.5" cy="1.5" r="0.55" fill="#b9b3a7" />
          </pattern>
        </defs>
        <ZoomableGroup
          center={map.view.center}
          zoom={map.view.zoom}
          minZoom={1}
          maxZoom={12}
          onMoveEnd={map.onMoveEnd}
        >
          {shapeItems.map((item) => (
            <Geography
              key={item.key}
              ref={register(item.key)}
              geography={geographies.get(item.key)!}
              className={cls(item, 'map-shape')}
              data-cx={item.x}
              data-cy={item.y}
              fill={item.fill}
              vectorEffect="non-scaling-stroke"
              {...handlers(item)}
            />
          ))}
          <g className="map-leaders" aria-hidden="true">
            {shownMarkers
              .filter((m) => m.moved)
              .map((m) => (
                <g key={m.key}>
                  <line x1={m.x} y1={m.y} x2={m.pos[0]} y2={m.pos[1]} vectorEffect="non-scaling-stroke" />
                  <circle cx={m.x} cy={m.y} r={1.5 * unit} />
                </g>
              ))}
          </g>
          {shownMarkers.map((item) => (
            <circle
              key={item.key}
              ref={register(item.key)}
              cx={item.pos[0]}
              cy={item.pos[1]}
              r={MARKER_RADIUS_PX * unit}
              className={cls(item, 'map-marker')}
              fill={item.fill}
              strokeWidth={1.2 * unit}
              {...handlers(item)}
              {...(item.ownShape
                ? { tabIndex: undefined, role: undefined, 'aria-label': undefined, 'aria-hidden': true }
                : {})}
            />
          ))}
        </ZoomableGroup>
      </ComposableMap>
      {anyFilteredOut && (
        <p className="map-key">
          <span className="map-key-swatch" aria-hidden="true" />
          {t('filteredOut')}
        </p>
      )}
      {tip && tipItem && (
        <MapTooltip
          x={tip.x}
          y={tip.y}
          title={tipItem.tooltip.title}
          lines={tipItem.tooltip.lines}
          partnerId={tipItem.partnerId}
          climbs={climbs}
        />
      )}
    </div>
  );
});
