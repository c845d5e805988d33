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
  | { kind: 'disputed'; name: string; reason: string }
  | { kind: 'territory'; name: string; note: string }
  | { kind: 'unmatched'; name: string };

/** China: the hub of the atlas. Hong Kong and Macao are too small for the 1:110m shapes and sit inside it. */
export const HUB_ISO = '156';

export const DISPUTED_AREAS: Record<string, { name: string; reason: string }> = {
  '158': {
    name: 'Taiwan',
    reason: 'Claimed by the PRC as part of China; governed from Taipei. The atlas gives it no tier.',
  },
  '732': {
    name: 'Western Sahara',
    reason: 'Non-self-governing territory claimed by Morocco and by the Sahrawi Arab Democratic Republic.',
  },
  'N. Cyprus': {
    name: 'Northern Cyprus',
    reason: 'Recognised only by Türkiye; the PRC regards it as part of Cyprus.',
  },
  Kosovo: {
    name: 'Kosovo',
    reason: 'Declared independence from Serbia in 2008; the PRC does not recognise it.',
  },
  Somaliland: {
    name: 'Somaliland',
    reason: 'Self-declared state not recognised by the PRC, which regards it as part of Somalia.',
  },
  '238': {
    name: 'Falkland Islands',
    reason: 'British overseas territory claimed by Argentina.',
  },
};

/** Dependent territories on the map: drawn neutral, with a note naming the sovereign. */
export const TERRITORIES: Record<string, { name: string; note: string }> = {
  '304': { name: 'Greenland', note: 'Autonomous territory of the Kingdom of Denmark; see Denmark.' },
  '540': { name: 'New Caledonia', note: 'French overseas collectivity; see France.' },
  '630': { name: 'Puerto Rico', note: 'Territory of the United States; see the United States.' },
  '260': { name: 'French Southern and Antarctic Lands', note: 'French overseas territory; see France.' },
  '010': { name: 'Antarctica', note: 'Governed by the Antarctic Treaty; no state.' },
};

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
