import { memo, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { ComposableMap, ZoomableGroup } from 'react-simple-maps';
import type { ChangeClass, ChangeRow } from '../../domain/changes';
import { classifyFeature } from '../../domain/countries';
import { CHANGE_COLORS } from '../../domain/changeColours';
import type { MeetingCore, Partner, TierId } from '../../domain/schema';
import { BASE_COLORS } from '../../domain/tiers';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { partnerName } from '../../ui/format';
import {
  buildProjection,
  buildShapes,
  MAP_HEIGHT,
  MAP_WIDTH,
  nextInDirection,
  type Direction,
} from '../../domain/mapGeometry';
import type { CountriesTopology } from '../../domain/mapGeometry';
import { changeText, classLabel, describeChange } from './changeText';
import { ChangeCard, ChangeMarkers, ChangePatterns, ChangeShapes, type ChangeItem } from './ChangeMapLayers';

interface Props {
  topology: CountriesTopology;
  partners: readonly Partner[];
  rows: readonly ChangeRow[];
  /** Classes picked in the legend (empty: all). */
  selected: readonly ChangeClass[];
  fromLabel: string;
  toLabel: string;
  tierNames: ReadonlyMap<TierId, string>;
  lang: Lang;
  meetingHref: (m: MeetingCore) => string;
  onOpenMeeting?: (m: MeetingCore) => void;
  onOpenPartner?: (id: string) => void;
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const OUTSIDE = '#ebe8e2';

/** The change map: each partner coloured by what happened between the two dates. Click or Enter pins a card with the meetings. */
export const ChangeMap = memo(function ChangeMap(p: Props) {
  const t = translator(p.lang);
  const c = changeText(p.lang);
  const projection = useMemo(() => buildProjection(p.topology), [p.topology]);
  const shapes = useMemo(() => buildShapes(p.topology, projection), [p.topology, projection]);
  const byIso = useMemo(() => {
    const m = new Map<string, Partner>();
    for (const x of p.partners) if (x.iso_numeric) m.set(x.iso_numeric, x);
    return m;
  }, [p.partners]);
  const rowsById = useMemo(() => new Map(p.rows.map((r) => [r.partner.id, r])), [p.rows]);

  const items = useMemo(() => {
    const describePartner = (partner: Partner) => {
      const row = rowsById.get(partner.id) ?? null;
      const title = partnerName(partner, p.lang);
      if (!row) return { fill: OUTSIDE, dimmed: true, title, line: c('filteredOut'), row };
      const on = p.selected.length === 0 || p.selected.includes(row.cls);
      const line = `${classLabel(row.cls, p.lang)}${row.lapsed ? ` (${c('lapsed')})` : ''} · ${describeChange(row, p.fromLabel, p.toLabel, p.tierNames, p.lang)}`;
      return { fill: on ? CHANGE_COLORS[row.cls] : OUTSIDE, dimmed: !on, title, line, row };
    };
    const out: ChangeItem[] = shapes.map((s) => {
      const cls = classifyFeature({ id: s.feature.id, properties: s.feature.properties }, byIso);
      const base = { key: s.key, x: s.centroid[0], y: s.centroid[1] };
      if (cls.kind === 'partner') return { ...base, ...describePartner(cls.partner) };
      if (cls.kind === 'hub')
        return { ...base, fill: BASE_COLORS.hub, dimmed: false, title: c('hub'), line: '', row: null };
      if (cls.kind === 'disputed')
        return {
          ...base,
          fill: 'url(#change-hatch)',
          dimmed: false,
          title: cls.name,
          line: t('disputed'),
          row: null,
        };
      const note = cls.kind === 'territory' ? cls.note : '';
      return { ...base, fill: BASE_COLORS.other, dimmed: false, title: cls.name, line: note, row: null };
    });
    const isoKeys = new Set(shapes.map((s) => s.key));
    for (const partner of p.partners) {
      if (!partner.marker) continue;
      const xy = projection(partner.marker);
      if (!xy) continue;
      out.push({
        key: `m-${partner.id}`,
        x: xy[0],
        y: xy[1],
        coordinates: partner.marker,
        duplicate: !!partner.iso_numeric && isoKeys.has(partner.iso_numeric),
        ...describePartner(partner),
      });
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    shapes,
    byIso,
    rowsById,
    p.selected,
    p.lang,
    p.fromLabel,
    p.toLabel,
    p.tierNames,
    projection,
    p.partners,
  ]);

  const byKey = useMemo(() => new Map(items.map((i) => [i.key, i])), [items]);
  const geographies = useMemo(
    () => new Map(shapes.map((s) => [s.key, { ...s.feature, rsmKey: s.key, svgPath: s.svgPath }])),
    [shapes],
  );
  const nav = useMemo(() => items.filter((i) => i.row && !i.duplicate), [items]);
  const [active, setActive] = useState<string | null>(null);
  const [tip, setTip] = useState<{ key: string; x: number; y: number } | null>(null);
  const [pinned, setPinned] = useState<{ key: string; x: number; y: number } | null>(null);
  const [view, setView] = useState<{ center: [number, number]; zoom: number }>({ center: [0, 0], zoom: 1 });
  const wrapRef = useRef<HTMLDivElement>(null);
  const elementOf = (key: string) =>
    wrapRef.current?.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`) ?? null;
  const tabKey = active ?? nav[0]?.key ?? null;

  const at = (key: string) => {
    const el = elementOf(key);
    const wrap = wrapRef.current;
    if (!el || !wrap) return null;
    const a = el.getBoundingClientRect();
    const b = wrap.getBoundingClientRect();
    return { key, x: a.left + a.width / 2 - b.left, y: a.top + a.height / 2 - b.top };
  };
  const pin = (key: string) => {
    const pos = at(key);
    if (pos) setPinned(pos);
    setTip(null);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!tabKey) return;
    const dir = ARROWS[e.key];
    if (dir) {
      e.preventDefault();
      const next = nextInDirection(nav, tabKey, dir);
      if (next) {
        setActive(next);
        elementOf(next)?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pin(tabKey);
    } else if (e.key === 'Escape') setPinned(null);
  };
  // Every shape's and marker's events are handled here, once: the layers take no handlers, so they stay memoised.
  const keyOf = (target: EventTarget) =>
    (target as Element).closest?.<SVGElement>('[data-key]')?.dataset.key ?? null;
  const pointer = {
    onMouseMove: (e: MouseEvent<SVGSVGElement>) => {
      const key = keyOf(e.target);
      const b = wrapRef.current?.getBoundingClientRect();
      if (key && b) setTip({ key, x: e.clientX - b.left, y: e.clientY - b.top - 8 });
      else if (tip) setTip(null);
    },
    onMouseLeave: () => setTip(null),
    onFocus: (e: FocusEvent<SVGSVGElement>) => {
      const key = keyOf(e.target);
      if (key) setActive(key);
    },
    onClick: (e: MouseEvent<SVGSVGElement>) => {
      const key = keyOf(e.target);
      if (!key) return;
      setActive(key);
      if (byKey.get(key)?.row) pin(key);
    },
  };

  const tipItem = tip && !pinned ? byKey.get(tip.key) : null;
  const card = pinned ? byKey.get(pinned.key) : null;
  const wrapWidth = wrapRef.current?.clientWidth ?? 600;
  const wrapHeight = wrapRef.current?.clientHeight ?? 300;
  // Wide maps float the card beside the shape (below it in the top half, above it in the bottom half); narrow
  // ones put it under the map, where it hides nothing.
  const floating = wrapWidth >= 700;
  const cardStyle =
    floating && pinned
      ? {
          left: Math.min(Math.max(8, pinned.x - 140), Math.max(8, wrapWidth - 288)),
          ...(pinned.y > wrapHeight / 2 ? { bottom: wrapHeight - pinned.y + 10 } : { top: pinned.y + 10 }),
        }
      : undefined;
  const zoomBy = (f: number) => setView((v) => ({ ...v, zoom: Math.min(12, Math.max(1, v.zoom * f)) }));

  return (
    <div className="map-wrap change-map" ref={wrapRef}>
      <div className="map-zoom" role="group" aria-label="Zoom" data-export-ignore="">
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
        role="group"
        aria-label={c('mapLabel')}
        onKeyDown={onKeyDown}
        {...pointer}
      >
        <ChangePatterns />
        <ZoomableGroup
          center={view.center}
          zoom={view.zoom}
          minZoom={1}
          maxZoom={12}
          onMoveEnd={({ coordinates, zoom }) => coordinates && zoom && setView({ center: coordinates, zoom })}
        >
          <ChangeShapes
            items={items}
            geographies={geographies}
            pinnedKey={pinned?.key ?? null}
            tabKey={tabKey}
          />
          <ChangeMarkers items={items} zoom={view.zoom} tabKey={tabKey} />
        </ZoomableGroup>
      </ComposableMap>
      {tipItem && tip && (
        <div className="map-tooltip" style={{ left: tip.x, top: tip.y }} role="presentation">
          <strong>{tipItem.title}</strong>
          {tipItem.line && <span>{tipItem.line}</span>}
        </div>
      )}
      {card && pinned && card.row && (
        <ChangeCard
          title={card.title}
          line={card.line}
          row={card.row}
          floating={floating}
          style={cardStyle}
          lang={p.lang}
          meetingHref={p.meetingHref}
          onOpenMeeting={p.onOpenMeeting}
          onOpenPartner={p.onOpenPartner}
          onClose={() => setPinned(null)}
        />
      )}
    </div>
  );
});
