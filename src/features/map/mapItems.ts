/**
 * What the map draws, as plain data: one item per shape and per micro-state marker, with its colour, its label and
 * tooltip, whether the filters leave it out, and where a marker goes at the current zoom. Pure (no React, no DOM),
 * unit-tested in node; WorldMap only renders these items.
 */
import type { PartnerRow, RowFilter } from '../../domain/filters';
import { matchesFilter } from '../../domain/filters';
import { classifyFeature, SPECIAL_AREAS, type FeatureClass } from '../../domain/countries';
import type { Partner, TierId } from '../../domain/schema';
import { BASE_COLORS, tierColor } from '../../domain/tiers';
import {
  placeMarkersInSteps,
  type Box,
  type LandGrid,
  type LayoutShape,
  type PlacedMarker,
  type Point,
} from '../../domain/mapLayout';
import type { Lang } from '../../url/viewState';
import { translator, type Translate } from '../../ui/i18n';
import { partnerName } from '../../ui/format';
import { describeStatusDates, noTierLabel, readerText, sameWording } from '../../ui/readerText';
import type { MapShape } from '../../domain/mapGeometry';

export interface MapPreview {
  partnerId: string;
  tier: TierId | null;
}

/** The fill of a country the filters leave out: a pattern, unlike any tier or base colour (see WorldMap's defs). */
export const FILTERED_OUT_FILL = 'url(#filtered-out)';

export interface MapItem {
  key: string;
  label: string;
  fill: string;
  /** Left out by the region or tier filter. */
  filteredOut: boolean;
  partnerId: string | null;
  tooltip: { title: string; lines: string[] };
  x: number;
  y: number;
}

export interface MarkerItem extends MapItem {
  /** Longitude, latitude. */
  coordinates: [number, number];
  /** The state's own shape on the map, if it has one. */
  ownShape: string | null;
}

export interface ItemContext {
  rowsById: ReadonlyMap<string, PartnerRow>;
  filter: RowFilter;
  lang: Lang;
  tierNames: ReadonlyMap<TierId, string>;
  preview?: MapPreview | null;
}

type Described = Omit<MapItem, 'key' | 'x' | 'y'>;

function describeArea(cls: Exclude<FeatureClass, { kind: 'partner' }>, t: Translate, lang: Lang): Described {
  const zh = lang === 'zh';
  const base = { filteredOut: false, partnerId: null };
  switch (cls.kind) {
    case 'hub':
      return {
        ...base,
        label: t('hub'),
        fill: BASE_COLORS.hub,
        tooltip: { title: t('hub'), lines: [readerText(lang)('hub')] },
      };
    case 'disputed': {
      const name = zh ? cls.nameZh : cls.name;
      const reason = zh ? cls.reasonZh : cls.reason;
      return {
        ...base,
        label: `${name}: ${t('disputed')}. ${reason}`,
        fill: 'url(#hatch)',
        tooltip: { title: name, lines: [noTierLabel('disputed', lang), reason] },
      };
    }
    case 'territory': {
      const name = zh ? cls.nameZh : cls.name;
      const note = zh ? cls.noteZh : cls.note;
      return {
        ...base,
        label: `${name}: ${note}`,
        fill: BASE_COLORS.other,
        tooltip: { title: name, lines: [note] },
      };
    }
    case 'unmatched':
      return { ...base, label: cls.name, fill: BASE_COLORS.other, tooltip: { title: cls.name, lines: [] } };
  }
}

export function describePartner(partner: Partner, ctx: ItemContext): Described {
  const { filter, lang, tierNames, preview } = ctx;
  const t = translator(lang);
  const row = ctx.rowsById.get(partner.id);
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
  const filteredOut = !passes && !isPreview;
  let fill: string = row?.base === 'none' ? 'url(#no-relations)' : BASE_COLORS.diplomatic;
  if (tier) fill = tierColor(tier);
  if (filteredOut) fill = FILTERED_OUT_FILL;
  // Name, then the rung once, the official wording only where it says more, then the dates (rung date first).
  const lines: string[] = [];
  if (tierLabel) {
    lines.push(tierLabel);
    if (wording && !sameWording(wording, tierLabel)) lines.push(`“${wording}”`);
    const dates = status && !isPreview ? describeStatusDates(status, lang) : null;
    if (dates) lines.push(dates);
  } else lines.push(isPreview ? t('noTier') : baseText);
  if (filteredOut) lines.push(t('filteredOut'));
  return {
    label: `${name}: ${wording ?? tierLabel ?? baseText}${filteredOut ? ` (${t('filteredOut')})` : ''}`,
    fill,
    filteredOut,
    partnerId: partner.id,
    tooltip: { title: name, lines },
  };
}

export function indexByIso(rows: readonly PartnerRow[]): Map<string, Partner> {
  const m = new Map<string, Partner>();
  for (const r of rows) if (r.partner.iso_numeric) m.set(r.partner.iso_numeric, r.partner);
  return m;
}

export function buildShapeItems(
  shapes: readonly MapShape[],
  partnersByIso: ReadonlyMap<string, Partner>,
  ctx: ItemContext,
): MapItem[] {
  const t = translator(ctx.lang);
  return shapes.map((s) => {
    const cls = classifyFeature(
      s.feature.id !== undefined
        ? { id: s.feature.id, properties: s.feature.properties }
        : { properties: s.feature.properties },
      partnersByIso,
    );
    const described =
      cls.kind === 'partner' ? describePartner(cls.partner, ctx) : describeArea(cls, t, ctx.lang);
    return { key: s.key, x: s.centroid[0], y: s.centroid[1], ...described };
  });
}

/** Markers for every partner with a marker position, and for Hong Kong and Macao. */
export function buildMarkerItems(
  rows: readonly PartnerRow[],
  project: (lonLat: [number, number]) => Point | null,
  shapeKeys: ReadonlySet<string>,
  ctx: ItemContext,
): MarkerItem[] {
  const out: MarkerItem[] = [];
  for (const row of rows) {
    const p = row.partner;
    if (!p.marker) continue;
    const xy = project(p.marker);
    if (!xy) continue;
    out.push({
      key: `m-${p.id}`,
      x: xy[0],
      y: xy[1],
      coordinates: p.marker,
      ownShape: p.iso_numeric && shapeKeys.has(p.iso_numeric) ? p.iso_numeric : null,
      ...describePartner(p, ctx),
    });
  }
  const t = translator(ctx.lang);
  for (const area of SPECIAL_AREAS) {
    const xy = project(area.at);
    if (!xy) continue;
    const name = ctx.lang === 'zh' ? area.nameZh : area.name;
    const note = ctx.lang === 'zh' ? area.noteZh : area.note;
    out.push({
      key: `m-${area.key}`,
      x: xy[0],
      y: xy[1],
      coordinates: area.at,
      ownShape: null,
      label: `${name}: ${note}`,
      fill: BASE_COLORS.hub,
      filteredOut: false,
      partnerId: null,
      tooltip: { title: name, lines: [t('hub'), note] },
    });
  }
  return out;
}

/** Where a marker goes at the current zoom: `pos` (map units), moved off the land with a leader line when `moved`. */
export interface MarkerPlace {
  pos: Point;
  moved: boolean;
}

/** Below this size on screen (CSS px), a state's own shape is too small to see or hit: it gets a marker too. */
export const SMALL_SHAPE_PX = 9;

/**
 * The markers to draw at a zoom, and where: every state without a shape, and those whose shape is smaller than
 * SMALL_SHAPE_PX on screen; each moved off any other country's shape (with a leader line back) and off the other
 * markers. Depends on geometry only (not on tiers or filters), so a tier toggle never recomputes it.
 * `pxPerUnit` is CSS px per map unit at this zoom; `radiusPx` the marker's radius on screen.
 */
export function layoutMarkers(
  markers: readonly Pick<MarkerItem, 'key' | 'x' | 'y' | 'ownShape'>[],
  shapes: readonly LayoutShape[],
  land: LandGrid,
  pxPerUnit: number,
  radiusPx: number,
  bounds: Box,
): Map<string, MarkerPlace> {
  const steps = layoutMarkersInSteps(markers, shapes, land, pxPerUnit, radiusPx, bounds);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** layoutMarkers one marker at a time (a pause after each), for spreading the work over several tasks. */
export function* layoutMarkersInSteps(
  markers: readonly Pick<MarkerItem, 'key' | 'x' | 'y' | 'ownShape'>[],
  shapes: readonly LayoutShape[],
  land: LandGrid,
  pxPerUnit: number,
  radiusPx: number,
  bounds: Box,
): Generator<void, Map<string, MarkerPlace>, void> {
  const byKey = new Map(shapes.map((s) => [s.key, s]));
  const shown = markers.filter((m) => {
    const own = m.ownShape ? byKey.get(m.ownShape) : undefined;
    if (!own) return true;
    const size = Math.max(own.bounds.x1 - own.bounds.x0, own.bounds.y1 - own.bounds.y0) * pxPerUnit;
    return size < SMALL_SHAPE_PX;
  });
  // West to east, so that neighbours settle in a stable order.
  const ordered = [...shown].sort((a, b) => a.x - b.x || a.y - b.y);
  const placed: PlacedMarker[] = yield* placeMarkersInSteps(
    ordered.map((m) => ({ key: m.key, at: [m.x, m.y] as Point, ownShape: m.ownShape })),
    land,
    radiusPx / pxPerUnit,
    90 / pxPerUnit,
    bounds,
    // 24 px apart: each marker's 24 px tap disc touches no other (WCAG 2.2's spacing rule for small targets).
    24 / pxPerUnit,
  );
  return new Map<string, MarkerPlace>(placed.map((p) => [p.key, { pos: p.pos, moved: p.moved }]));
}
