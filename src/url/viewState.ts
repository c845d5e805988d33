/**
 * The URL API (stable: people paste these links into reports). `parseViewState` accepts anything and
 * drops what it cannot use; `serializeViewState` leaves out defaults and keeps a fixed key order.
 */
import type { Region, TierId } from '../domain/schema';
import { REGIONS, TIER_IDS } from '../domain/ids';

export const VIEWS = ['map', 'ladder', 'table', 'changes'] as const;
export type View = (typeof VIEWS)[number];
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const EMBEDS = ['map', 'ladder', 'partner', 'changes'] as const;
export type EmbedKind = (typeof EMBEDS)[number];

/** The first year the slider offers; China's first declared partnership (Brazil) dates from 1993. */
export const MIN_YEAR = 1990;

/** What the address says the reader is looking at: the whole view state (the row filter is only a part of it). */
export interface ViewState {
  /** The as-of year (URL parameter `year`): the status at the end of this year; null = latest. */
  asOf: number | null;
  tiers: TierId[];
  regions: Region[];
  partner: string | null;
  meeting: string | null;
  view: View;
  lang: Lang;
  embed: EmbedKind | null;
  /** Change view: compare with the status at the end of this year (before `year`); null = no comparison. */
  from: number | null;
  /** Change view: only the meetings this Chinese principal held (a leader id such as xi-jinping). */
  leader: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  asOf: null,
  tiers: [],
  regions: [],
  partner: null,
  meeting: null,
  view: 'map',
  lang: 'en',
  embed: null,
  from: null,
  leader: null,
};

export interface InvalidParam {
  param: string;
  value: string;
}

export interface ParsedViewState {
  state: ViewState;
  invalid: InvalidParam[];
}

const PARTNER_ID = /^[A-Z][A-Z0-9-]{1,11}$/;
const LEADER_ID = /^[a-z][a-z0-9-]{1,60}$/;
const MEETING_ID = /^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function listOf<T extends string>(
  allowed: readonly T[],
  raw: string,
  invalid: InvalidParam[],
  param: string,
): T[] {
  const out: T[] = [];
  for (const part of raw.split(',')) {
    const v = part.trim();
    if (!v) continue;
    const ok = oneOf(allowed, v);
    if (ok) {
      if (!out.includes(ok)) out.push(ok);
    } else invalid.push({ param, value: v });
  }
  // Keep ladder / canonical order so URLs are stable.
  return allowed.filter((a) => out.includes(a));
}

export function parseViewState(
  params: URLSearchParams,
  maxYear: number = new Date().getFullYear(),
): ParsedViewState {
  const invalid: InvalidParam[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, tiers: [], regions: [] };

  const year = params.get('year');
  if (year !== null) {
    const n = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : NaN;
    if (Number.isInteger(n) && n >= MIN_YEAR && n <= maxYear) state.asOf = n;
    else invalid.push({ param: 'year', value: year });
  }
  const from = params.get('from');
  if (from !== null) {
    const n = /^\d{4}$/.test(from.trim()) ? Number(from.trim()) : NaN;
    // The first date must come before the second (the end of `year`, or today for the latest status).
    if (Number.isInteger(n) && n >= MIN_YEAR && n < (state.asOf ?? maxYear)) state.from = n;
    else invalid.push({ param: 'from', value: from });
  }
  const leader = params.get('leader');
  if (leader !== null) {
    if (LEADER_ID.test(leader)) state.leader = leader;
    else invalid.push({ param: 'leader', value: leader });
  }
  const tiers = params.get('tiers');
  if (tiers !== null) state.tiers = listOf(TIER_IDS, tiers, invalid, 'tiers');
  const region = params.get('region');
  if (region !== null) state.regions = listOf(REGIONS, region, invalid, 'region');

  const partner = params.get('partner');
  if (partner !== null) {
    if (PARTNER_ID.test(partner)) state.partner = partner;
    else invalid.push({ param: 'partner', value: partner });
  }
  const meeting = params.get('meeting');
  if (meeting !== null) {
    if (MEETING_ID.test(meeting)) state.meeting = meeting;
    else invalid.push({ param: 'meeting', value: meeting });
  }
  for (const [param, allowed] of [
    ['view', VIEWS],
    ['lang', LANGS],
    ['embed', EMBEDS],
  ] as const) {
    const raw = params.get(param);
    if (raw === null) continue;
    const ok = oneOf<string>(allowed, raw);
    if (ok) (state as unknown as Record<string, string>)[param] = ok;
    else invalid.push({ param, value: raw });
  }
  return { state, invalid };
}

/** Fixed key order; defaults left out. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.embed) params.set('embed', state.embed);
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.asOf !== null) params.set('year', String(state.asOf));
  if (state.tiers.length > 0) params.set('tiers', TIER_IDS.filter((t) => state.tiers.includes(t)).join(','));
  if (state.regions.length > 0)
    params.set('region', REGIONS.filter((r) => state.regions.includes(r)).join(','));
  if (state.leader) params.set('leader', state.leader);
  if (state.partner) params.set('partner', state.partner);
  if (state.meeting) params.set('meeting', state.meeting);
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set('lang', state.lang);
  return params;
}

/** `?a=b` (or the empty string), with commas left readable. */
export function toSearchString(params: URLSearchParams): string {
  const s = params.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}

/** A parameter the atlas ignored, named once, with short excerpts of the values it could not read. */
export interface IgnoredParam {
  param: string;
  values: string[];
  /** How many more values were ignored than are shown. */
  more: number;
}

const EXCERPT = 24;
const VALUES_SHOWN = 3;
const PARAMS_SHOWN = 8;

/** At most EXCERPT characters of a value, control characters shown as spaces, on one line. */
export function excerpt(value: string, max = EXCERPT): string {
  // eslint-disable-next-line no-control-regex
  const flat = value.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/**
 * The ignored parameters for the notice: each named once (in the order first seen), with up to three distinct
 * values cut to short excerpts, however long or repeated the address is. `unknown` are well-formed ids that are not
 * in the dataset.
 */
export function summarizeIgnored(
  invalid: readonly InvalidParam[],
  unknown: readonly InvalidParam[] = [],
): IgnoredParam[] {
  const byParam = new Map<string, { values: string[]; seen: Set<string> }>();
  for (const { param, value } of [...invalid, ...unknown]) {
    const name = excerpt(param);
    let entry = byParam.get(name);
    if (!entry) {
      if (byParam.size >= PARAMS_SHOWN) continue;
      entry = { values: [], seen: new Set() };
      byParam.set(name, entry);
    }
    const v = excerpt(value);
    if (entry.seen.has(v)) continue;
    entry.seen.add(v);
    entry.values.push(v);
  }
  return [...byParam].map(([param, { values }]) => ({
    param,
    values: values.slice(0, VALUES_SHOWN),
    more: Math.max(0, values.length - VALUES_SHOWN),
  }));
}

/** "tiers (“gold”, “x”), year (“20x0”)": the notice's list, in a few hundred characters at most. */
export function formatIgnored(list: readonly IgnoredParam[], options: { values?: boolean } = {}): string {
  return list
    .map(({ param, values, more }) => {
      if (options.values === false || values.every((v) => v === '')) return param;
      const shown = values.map((v) => `“${v}”`).join(', ');
      return `${param} (${shown}${more > 0 ? `, +${more}` : ''})`;
    })
    .join(', ');
}

/** A new state keeps the previous `tiers` and `regions` arrays when their content is the same (stable props). */
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function keepSameLists(previous: ViewState | null, next: ViewState): ViewState {
  if (!previous) return next;
  const tiers = sameList(previous.tiers, next.tiers) ? previous.tiers : next.tiers;
  const regions = sameList(previous.regions, next.regions) ? previous.regions : next.regions;
  return tiers === next.tiers && regions === next.regions ? next : { ...next, tiers, regions };
}
