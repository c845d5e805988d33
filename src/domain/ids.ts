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
