import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
} from 'react';
import '../../ui/map.css';
import { ComposableMap, ZoomableGroup } from 'react-simple-maps';
import type { PartnerRow, RowFilter } from '../../domain/filters';
import type { Region, TierId } from '../../domain/schema';
import { BASE_COLORS } from '../../domain/tiers';
import type { Point } from '../../domain/mapLayout';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { MAP_WIDTH } from '../../domain/mapGeometry';
import { useMapShapes, useShownMarkers } from './useMapShapes';
import { BORDER } from '../../domain/palette';
import { LeaderLayer, MapPatterns, MarkerLayer, ShapeLayer } from './MapLayers';
import { useMapTaps } from './useMapTaps';
import { MapTooltip, type ClimbSource } from './MapTooltip';
import { buildMarkerItems, buildShapeItems, indexByIso, type MapItem, type MapPreview } from './mapItems';
import { useMapKeyboard } from './useMapKeyboard';
import { useMapView } from './useMapView';
import type { CountriesTopology } from '../../domain/mapGeometry';

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
  const { projection, shapes, shapeKeys, geographies, land } = useMapShapes(topology);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.partner.id, r])), [rows]);
  const partnersByIso = useMemo(() => indexByIso(rows), [rows]);
  // The filter by content: the address gives new arrays on every change (opening a partner too), the items only
  // need rebuilding when the tiers or regions themselves change.
  const filterKey = `${filter.tiers.join()}|${filter.regions.join()}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sameFilter = useMemo(() => filter, [filterKey]);
  const ctx = useMemo(
    () => ({ rowsById, filter: sameFilter, lang, tierNames, preview }),
    [rowsById, sameFilter, lang, tierNames, preview],
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

  const shownMarkers = useShownMarkers(
    markerItems,
    shapes,
    land,
    map.pxPerUnit,
    map.height,
    MARKER_RADIUS_PX,
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
  const elementOf = useCallback(
    (key: string) => svgRef.current?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`) ?? null,
    [],
  );

  const selectedKey = useMemo(() => {
    const p = selectedId ? rowsById.get(selectedId)?.partner : undefined;
    if (!p) return null;
    if (p.iso_numeric && shapeKeys.has(p.iso_numeric)) return p.iso_numeric;
    return p.marker ? `m-${p.id}` : null;
  }, [selectedId, rowsById, shapeKeys]);

  const tabKey =
    activeKey ?? selectedKey ?? navPoints.find((p) => p.key === '156')?.key ?? navPoints[0]?.key ?? null;

  // A layout read, on focus only (not in the render path).
  const showTipFor = useCallback(
    (key: string) => {
      const el = elementOf(key);
      const wrap = wrapRef.current;
      if (!el || !wrap) return;
      const a = el.getBoundingClientRect();
      const b = wrap.getBoundingClientRect();
      setTip({ key, x: a.left + a.width / 2 - b.left, y: a.top - b.top });
    },
    [elementOf],
  );

  // A search hit that is not a partner (Taiwan, Hong Kong): once the map has moved to it, say what it is.
  useEffect(() => {
    if (!focusArea) return;
    const timer = window.setTimeout(() => {
      const key = elementOf(focusArea.key) ? focusArea.key : `m-${focusArea.key}`;
      setActiveKey(key);
      elementOf(key)?.focus();
      showTipFor(key);
    }, 60);
    return () => window.clearTimeout(timer);
  }, [focusArea, showTipFor, elementOf]);

  const focusKey = useCallback(
    (key: string) => {
      setActiveKey(key);
      elementOf(key)?.focus();
    },
    [elementOf],
  );
  const partnerOf = useCallback((key: string) => itemsByKey.get(key)?.partnerId ?? null, [itemsByKey]);
  const onKeyDown = useMapKeyboard({
    points: navPoints,
    current: tabKey,
    partnerOf,
    focusKey,
    onOpen,
    onEscape: () => setTip(null),
  });

  const resolveClick = useMapTaps({
    shapes,
    shapeItems,
    shownMarkers,
    pxPerUnit: map.pxPerUnit,
    markerRadiusPx: MARKER_RADIUS_PX,
  });
  const onMapClick = (event: MouseEvent<SVGSVGElement>) => {
    const key = resolveClick(event, svgRef.current);
    const item = key ? itemsByKey.get(key) : null;
    if (!key || !item) return setTip(null);
    setActiveKey(key);
    if (item.partnerId) onOpen(item.partnerId);
    else showTipFor(key);
  };

  // Every shape's and marker's events are handled here, once (the layers take no handlers, so they stay memoised).
  const keyOf = (target: EventTarget) =>
    (target as Element).closest?.<SVGElement>('[data-key]')?.dataset.key ?? null;
  const tipAt = (key: string, e: MouseEvent) => {
    const b = wrapRef.current?.getBoundingClientRect();
    if (b) setTip({ key, x: e.clientX - b.left, y: e.clientY - b.top - 8 });
  };
  const pointer = {
    onFocus: (e: FocusEvent<SVGSVGElement>) => {
      const key = keyOf(e.target);
      if (!key) return;
      setActiveKey(key);
      showTipFor(key);
    },
    onBlur: () => setTip(null),
    onMouseMove: (e: MouseEvent<SVGSVGElement>) => {
      const key = keyOf(e.target);
      if (key) tipAt(key, e);
      else if (tip) setTip(null);
    },
    onMouseLeave: () => setTip(null),
  };

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
        {...pointer}
      >
        <MapPatterns />
        <ZoomableGroup
          center={map.view.center}
          zoom={map.view.zoom}
          minZoom={1}
          maxZoom={12}
          onMoveEnd={map.onMoveEnd}
        >
          <ShapeLayer
            items={shapeItems}
            geographies={geographies}
            selectedKey={selectedKey}
            tabKey={tabKey}
          />
          <LeaderLayer markers={shownMarkers} unit={unit} />
          <MarkerLayer
            markers={shownMarkers}
            unit={unit}
            radiusPx={MARKER_RADIUS_PX}
            selectedKey={selectedKey}
            tabKey={tabKey}
          />
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
