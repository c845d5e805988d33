/** The dataset's fixed vocabularies, apart from the schemas so the first paint does not need zod. */
export const TIER_IDS = [
  'cooperative',
  'comprehensive-cooperative',
  'strategic',
  'comprehensive-strategic',
  'comprehensive-strategic-cooperative',
  'all-weather',
  'coordination-new-era',
] as const;

export const CHANGE_TYPES = ['established', 'upgraded', 'renamed', 'reaffirmed', 'downgraded'] as const;

export const REGIONS = [
  'Africa',
  'Americas',
  'Asia',
  'Europe',
  'Middle East',
  'Oceania',
  'Multiregional',
] as const;

/** The core facts of a meeting record that a cited source must support for the record to be `verified`. */
export const CORE_FACT_FIELDS = [
  'date',
  'place',
  'china_principal',
  'partner_principal',
  'wording_en',
  'wording_zh',
  'change',
  'tier_before',
  'tier_after',
] as const;
