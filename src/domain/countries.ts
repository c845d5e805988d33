/**
 * Matching the map's shapes (world-atlas, Natural Earth 1:110m, ids are ISO 3166-1 numeric codes)
 * to the dataset's partners, and the areas the atlas deliberately leaves without a tier.
 */
import type { Partner } from './schema';

export interface MapFeatureRef {
  /** ISO numeric code as a string ("112"), absent for a few areas (Kosovo, N. Cyprus, Somaliland). */
  id?: string | number;
  properties?: { name?: string } | null;
}

export type FeatureClass =
  | { kind: 'partner'; partner: Partner }
  | { kind: 'hub'; name: string }
  | { kind: 'disputed'; name: string; reason: string; nameZh: string; reasonZh: string }
  | { kind: 'territory'; name: string; note: string; nameZh: string; noteZh: string }
  | { kind: 'unmatched'; name: string };

/** China: the hub of the atlas. Hong Kong and Macao are too small for the 1:110m shapes and sit inside it. */
export const HUB_ISO = '156';

export const DISPUTED_AREAS: Record<
  string,
  { name: string; reason: string; nameZh: string; reasonZh: string }
> = {
  '158': {
    name: 'Taiwan',
    reason: 'Claimed by the PRC as part of China; governed from Taipei. The atlas gives it no tier.',
    nameZh: '台湾',
    reasonZh: '中华人民共和国视其为中国的一部分；由台北治理。本图集不为其定层级。',
  },
  '732': {
    name: 'Western Sahara',
    reason: 'Non-self-governing territory claimed by Morocco and by the Sahrawi Arab Democratic Republic.',
    nameZh: '西撒哈拉',
    reasonZh: '非自治领土，摩洛哥和阿拉伯撒哈拉民主共和国均主张对其拥有主权。',
  },
  'N. Cyprus': {
    name: 'Northern Cyprus',
    reason: 'Recognised only by Türkiye; the PRC regards it as part of Cyprus.',
    nameZh: '北塞浦路斯',
    reasonZh: '仅获土耳其承认；中华人民共和国视其为塞浦路斯的一部分。',
  },
  Kosovo: {
    name: 'Kosovo',
    reason: 'Declared independence from Serbia in 2008; the PRC does not recognise it.',
    nameZh: '科索沃',
    reasonZh: '2008年宣布脱离塞尔维亚独立；中华人民共和国不予承认。',
  },
  Somaliland: {
    name: 'Somaliland',
    reason: 'Self-declared state not recognised by the PRC, which regards it as part of Somalia.',
    nameZh: '索马里兰',
    reasonZh: '自行宣布建国，未获中华人民共和国承认，后者视其为索马里的一部分。',
  },
  '238': {
    name: 'Falkland Islands',
    reason: 'British overseas territory claimed by Argentina.',
    nameZh: '福克兰群岛（马尔维纳斯群岛）',
    reasonZh: '英国海外领地，阿根廷主张对其拥有主权。',
  },
};

/** Dependent territories on the map: drawn neutral, with a note naming the sovereign. */
export const TERRITORIES: Record<string, { name: string; note: string; nameZh: string; noteZh: string }> = {
  '304': {
    name: 'Greenland',
    note: 'Autonomous territory of the Kingdom of Denmark; see Denmark.',
    nameZh: '格陵兰',
    noteZh: '丹麦王国的自治领土；见丹麦。',
  },
  '540': {
    name: 'New Caledonia',
    note: 'French overseas collectivity; see France.',
    nameZh: '新喀里多尼亚',
    noteZh: '法国海外集体；见法国。',
  },
  '630': {
    name: 'Puerto Rico',
    note: 'Territory of the United States; see the United States.',
    nameZh: '波多黎各',
    noteZh: '美国属地；见美国。',
  },
  '260': {
    name: 'French Southern and Antarctic Lands',
    note: 'French overseas territory; see France.',
    nameZh: '法属南部和南极领地',
    noteZh: '法国海外领地；见法国。',
  },
  '010': {
    name: 'Antarctica',
    note: 'Governed by the Antarctic Treaty; no state.',
    nameZh: '南极洲',
    noteZh: '由《南极条约》管理，不属于任何国家。',
  },
};

/**
 * Hong Kong and Macao: special administrative regions of the PRC, part of the hub. Too small for the 1:110m shapes,
 * they are drawn as markers so that a reader can find them and read their status.
 */
export const SPECIAL_AREAS: readonly {
  key: string;
  name: string;
  nameZh: string;
  at: [number, number];
  note: string;
  noteZh: string;
}[] = [
  {
    key: 'HKG',
    name: 'Hong Kong',
    nameZh: '香港',
    at: [114.17, 22.32],
    note: 'Special administrative region of the PRC: part of the hub, no tier of its own.',
    noteZh: '中华人民共和国特别行政区：属于中心，无单独层级。',
  },
  {
    key: 'MAC',
    name: 'Macao',
    nameZh: '澳门',
    at: [113.55, 22.19],
    note: 'Special administrative region of the PRC: part of the hub, no tier of its own.',
    noteZh: '中华人民共和国特别行政区：属于中心，无单独层级。',
  },
];

export function featureKey(feature: MapFeatureRef): string {
  if (feature.id !== undefined && feature.id !== null && String(feature.id) !== '') return String(feature.id);
  return feature.properties?.name ?? '';
}

export function indexPartnersByIso(partners: readonly Partner[]): Map<string, Partner> {
  const index = new Map<string, Partner>();
  for (const p of partners) if (p.iso_numeric) index.set(p.iso_numeric, p);
  return index;
}

export function classifyFeature(
  feature: MapFeatureRef,
  partnersByIso: ReadonlyMap<string, Partner>,
): FeatureClass {
  const key = featureKey(feature);
  const name = feature.properties?.name ?? key;
  if (key === HUB_ISO) return { kind: 'hub', name: 'China' };
  const disputed = DISPUTED_AREAS[key];
  if (disputed) return { kind: 'disputed', ...disputed };
  const territory = TERRITORIES[key];
  if (territory) return { kind: 'territory', ...territory };
  const partner = partnersByIso.get(key);
  if (partner) return { kind: 'partner', partner };
  return { kind: 'unmatched', name };
}

/** Partners that have neither a shape on the map nor a marker: each one is a bug in the data. */
export function findUnplacedPartners(partners: readonly Partner[], shapeIds: ReadonlySet<string>): Partner[] {
  return partners.filter(
    (p) => p.kind === 'country' && !p.marker && !(p.iso_numeric && shapeIds.has(p.iso_numeric)),
  );
}
