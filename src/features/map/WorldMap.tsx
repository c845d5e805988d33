import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ComposableMap, Geography, Marker, ZoomableGroup } from 'react-simple-maps';
import type { PartnerRow, RowFilter } from '../../domain/filters';
import { matchesFilter } from '../../domain/filters';
import { classifyFeature, type FeatureClass } from '../../domain/countries';
import type { Partner, TierId } from '../../domain/schema';
import { BASE_COLORS, tierColor } from '../../domain/tiers';
import { BORDER, HATCH_LINE, NONE_DOT } from '../../domain/palette';
import type { Lang } from '../../url/filters';
import { partnerName, translator, type Translate } from '../../ui/i18n';
import { describeStatusDates, noTierLabel, readerText, sameWording } from '../../ui/readerText';
import { MapTooltip, type ClimbSource } from './MapTooltip';
import {
  buildShapes,
  MAP_HEIGHT,
  MAP_WIDTH,
  nextInDirection,
  type Direction,
  type MapShape,
} from './mapGeometry';
import type { CountriesTopology } from './useTopology';
import { buildProjection } from './mapGeometry';

export interface MapPreview {
  partnerId: string;
  tier: TierId | null;
}

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
}

interface Item {
  key: string;
  label: string;
  fill: string;
  dimmed: boolean;
  partnerId: string | null;
  tooltip: { title: string; lines: string[] };
  x: number;
  y: number;
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function describe(
  cls: FeatureClass,
  row: PartnerRow | undefined,
  filter: RowFilter,
  t: Translate,
  lang: Lang,
  tierNames: ReadonlyMap<TierId, string>,
  preview: MapPreview | null | undefined,
): Omit<Item, 'key' | 'x' | 'y'> {
  switch (cls.kind) {
    case 'hub':
      return {
        label: `${t('hub')}`,
        fill: BASE_COLORS.hub,
        dimmed: false,
        partnerId: null,
        tooltip: { title: t('hub'), lines: [readerText(lang)('hub')] },
      };
    case 'disputed':
      return {
        label: `${cls.name}: ${t('disputed')}. ${cls.reason}`,
        fill: 'url(#hatch)',
        dimmed: false,
        partnerId: null,
        tooltip: { title: cls.name, lines: [noTierLabel('disputed', lang), cls.reason] },
      };
    case 'territory':
      return {
        label: `${cls.name}: ${cls.note}`,
        fill: BASE_COLORS.other,
        dimmed: false,
        partnerId: null,
        tooltip: { title: cls.name, lines: [cls.note] },
      };
    case 'unmatched':
      return {
        label: cls.name,
        fill: BASE_COLORS.other,
        dimmed: false,
        partnerId: null,
        tooltip: { title: cls.name, lines: [] },
      };
    case 'partner':
      return describePartner(cls.partner, row, filter, t, lang, tierNames, preview);
  }
}

function describePartner(
  partner: Partner,
  row: PartnerRow | undefined,
  filter: RowFilter,
  t: Translate,
  lang: Lang,
  tierNames: ReadonlyMap<TierId, string>,
  preview: MapPreview | null | undefined,
): Omit<Item, 'key' | 'x' | 'y'> {
  const name = partnerName(partner, lang);
  const isPreview = preview?.partnerId === partner.id;
  const tier = isPreview ? preview.tier : (row?.tier ?? null);
  const status = row?.status;
  const tierLabel = tier ? (tierNames.get(tier) ?? tier) : null;
  const wording =
    !isPreview && status?.tier
      ? lang === 'zh' && status.wordingZh
        ? status.wordingZh
        : status.wordingEn
      : null;
  const baseText = noTierLabel(row?.base === 'none' ? 'none' : 'diplomatic', lang);
  const passes = row ? matchesFilter(row, filter) : true;
  let fill: string = row?.base === 'none' ? 'url(#no-relations)' : BASE_COLORS.diplomatic;
  if (tier && (passes || isPreview)) fill = tierColor(tier);
  // Name, then the rung once, the official wording only where it says more, then the dates.
  const lines: string[] = [];
  if (tierLabel) {
    lines.push(tierLabel);
    if (wording && !sameWording(wording, tierLabel)) lines.push(`“${wording}”`);
    const dates = status && !isPreview ? describeStatusDates(status, lang) : null;
    if (dates) lines.push(dates);
  } else lines.push(isPreview ? t('noTier') : baseText);
  return {
    label: `${name}: ${wording ?? tierLabel ?? baseText}`,
    fill,
    dimmed: !passes && !isPreview,
    partnerId: partner.id,
    tooltip: { title: name, lines },
  };
}

/**
 * The world map. The whole map is one tab stop (a roving tabindex over the shapes); arrow keys move
 * between countries, Enter opens the focused one. Mouse, touch and the +/− buttons zoom and pan.
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
  const partnersByIso = useMemo(() => {
    const m = new Map<string, Partner>();
    for (const r of rows) if (r.partner.iso_numeric) m.set(r.partner.iso_numeric, r.partner);
    return m;
  }, [rows]);

  const shapeItems = useMemo(
    () =>
      shapes.map((s: MapShape) => {
        const cls = classifyFeature(
          s.feature.id !== undefined
            ? { id: s.feature.id, properties: s.feature.properties }
            : { properties: s.feature.properties },
          partnersByIso,
        );
        const row = cls.kind === 'partner' ? rowsById.get(cls.partner.id) : undefined;
        return {
          key: s.key,
          x: s.centroid[0],
          y: s.centroid[1],
          ...describe(cls, row, filter, t, lang, tierNames, preview),
        };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shapes, partnersByIso, rowsById, filter, lang, tierNames, preview],
  );

  const markerItems = useMemo(() => {
    const out: (Item & { coordinates: [number, number]; duplicate: boolean })[] = [];
    for (const row of rows) {
      const p = row.partner;
      if (!p.marker) continue;
      const xy = projection(p.marker);
      if (!xy) continue;
      out.push({
        key: `m-${p.id}`,
        x: xy[0],
        y: xy[1],
        coordinates: p.marker,
        // A small state that also has a shape: the dot only helps the mouse and touch; keyboard and screen
        // readers use the shape, so the state is announced once.
        duplicate: !!p.iso_numeric && shapeKeys.has(p.iso_numeric),
        ...describePartner(p, row, filter, t, lang, tierNames, preview),
      });
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, projection, shapeKeys, filter, lang, tierNames, preview]);

  // Keyboard order and spatial navigation cover every shape and marker that says something.
  const navPoints = useMemo(
    () =>
      [...shapeItems, ...markerItems.filter((m) => !m.duplicate)]
        .filter((i) => i.partnerId || i.fill !== BASE_COLORS.other)
        .map(({ key, x, y }) => ({ key, x, y })),
    [shapeItems, markerItems],
  );
  const itemsByKey = useMemo(
    () => new Map([...shapeItems, ...markerItems].map((i) => [i.key, i])),
    [shapeItems, markerItems],
  );

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [tip, setTip] = useState<{ key: string; x: number; y: number } | null>(null);
  const [view, setView] = useState<{ center: [number, number]; zoom: number }>({ center: [0, 0], zoom: 1 });
  const elements = useRef(new Map<string, SVGElement>());
  const wrapRef = useRef<HTMLDivElement>(null);

  const selectedKey = useMemo(() => {
    if (!selectedId) return null;
    const r = rowsById.get(selectedId);
    if (!r) return null;
    if (r.partner.iso_numeric && shapeKeys.has(r.partner.iso_numeric)) return r.partner.iso_numeric;
    return r.partner.marker ? `m-${r.partner.id}` : null;
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

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const current = tabKey;
    if (!current) return;
    const dir = ARROWS[event.key];
    if (dir) {
      event.preventDefault();
      const next = nextInDirection(navPoints, current, dir);
      if (next) {
        setActiveKey(next);
        elements.current.get(next)?.focus();
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      const item = itemsByKey.get(current);
      if (item?.partnerId) {
        event.preventDefault();
        onOpen(item.partnerId);
      }
    } else if (event.key === 'Escape') setTip(null);
  };

  const register = (key: string) => (el: SVGElement | null) => {
    if (el) elements.current.set(key, el);
    else elements.current.delete(key);
  };

  const handlers = (item: Item) => ({
    tabIndex: item.key === tabKey ? 0 : -1,
    role: item.partnerId ? 'button' : 'img',
    'aria-label': item.label,
    onFocus: () => {
      setActiveKey(item.key);
      showTipFor(item.key);
    },
    onBlur: () => setTip(null),
    onMouseEnter: (e: React.MouseEvent) => {
      const b = wrapRef.current?.getBoundingClientRect();
      if (b) setTip({ key: item.key, x: e.clientX - b.left, y: e.clientY - b.top - 8 });
    },
    onMouseMove: (e: React.MouseEvent) => {
      const b = wrapRef.current?.getBoundingClientRect();
      if (b) setTip({ key: item.key, x: e.clientX - b.left, y: e.clientY - b.top - 8 });
    },
    onMouseLeave: () => setTip(null),
    onClick: () => {
      setActiveKey(item.key);
      if (item.partnerId) onOpen(item.partnerId);
      else showTipFor(item.key);
    },
  });

  const tipItem = tip ? itemsByKey.get(tip.key) : null;
  const zoomBy = (factor: number) =>
    setView((v) => ({ ...v, zoom: Math.min(12, Math.max(1, v.zoom * factor)) }));

  return (
    <div className="map-wrap" ref={wrapRef}>
      <div className="map-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.6)} aria-label={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label={t('zoomOut')}>
          −
        </button>
        <button
          type="button"
          onClick={() => setView({ center: [0, 0], zoom: 1 })}
          aria-label={t('resetZoom')}
        >
          ⟲
        </button>
      </div>
      <ComposableMap
        projection={projection}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        className="world-map"
        style={{ background: BASE_COLORS.ocean, ['--map-border' as string]: BORDER }}
        role="group"
        aria-label={t('mapLabel')}
        onKeyDown={onKeyDown}
      >
        <defs>
          <pattern
            id="hatch"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" fill={BASE_COLORS.disputed} />
            <line x1="0" y1="0" x2="0" y2="4" stroke={HATCH_LINE} strokeWidth="1.2" />
          </pattern>
          <pattern id="no-relations" width="3" height="3" patternUnits="userSpaceOnUse">
            <rect width="3" height="3" fill={BASE_COLORS.none} />
            <circle cx="1.5" cy="1.5" r="0.75" fill={NONE_DOT} />
          </pattern>
        </defs>
        <ZoomableGroup
          center={view.center}
          zoom={view.zoom}
          minZoom={1}
          maxZoom={12}
          onMoveEnd={({ coordinates, zoom }) => coordinates && zoom && setView({ center: coordinates, zoom })}
        >
          {shapeItems.map((item) => (
            <Geography
              key={item.key}
              ref={register(item.key)}
              geography={geographies.get(item.key)!}
              className={`map-shape${item.dimmed ? ' is-dimmed' : ''}${item.key === selectedKey ? ' is-selected' : ''}${item.partnerId ? ' is-partner' : ''}${item.fill === BASE_COLORS.hub ? ' is-hub' : ''}`}
              fill={item.fill}
              vectorEffect="non-scaling-stroke"
              {...handlers(item)}
            />
          ))}
          {markerItems.map((item) => (
            <Marker key={item.key} coordinates={item.coordinates}>
              <circle
                ref={register(item.key)}
                r={4.2 / view.zoom}
                className={`map-marker${item.dimmed ? ' is-dimmed' : ''}${item.key === selectedKey ? ' is-selected' : ''}`}
                fill={item.fill}
                strokeWidth={1.2 / view.zoom}
                {...handlers(item)}
                {...(item.duplicate
                  ? { tabIndex: undefined, role: undefined, 'aria-label': undefined, 'aria-hidden': true }
                  : {})}
              />
            </Marker>
          ))}
        </ZoomableGroup>
      </ComposableMap>
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
