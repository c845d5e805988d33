/**
 * The codebook: one zod schema per published CSV, its columns in file order, each with its description. The
 * export columns (exportTables.ts), the Frictionless Table Schemas in datapackage.json (dataPackage.ts) and the
 * app's codebook page are all read from here, so the three never disagree.
 */
import { z } from 'zod';
import { CHANGE_TYPES, CORE_FACT_FIELDS, REGIONS, TIER_IDS } from './ids';

const text = (description: string) => z.string().nullable().describe(description);
const preciseDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .describe(description);
const list = (description: string) =>
  z.string().nullable().describe(`${description} Several values are joined with "; "; empty when none.`);

export const PartnerCsvRowSchema = z.object({
  partner_id: z
    .string()
    .regex(/^[A-Z][A-Z0-9-]{1,11}$/)
    .describe(
      'ISO 3166-1 alpha-3 code for a country (BLR), an upper-case acronym for an organisation (ASEAN).',
    ),
  name_en: z.string().describe('English short name.'),
  name_zh: z.string().describe('Chinese name, as the PRC Ministry of Foreign Affairs writes it.'),
  kind: z.enum(['country', 'organization']).describe('A country or a regional organisation.'),
  region: z.enum(REGIONS).describe('The region the atlas files the partner under.'),
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('The date the status in this row holds for (YYYY-MM-DD; a year view uses 31 December).'),
  relations: z
    .enum(['diplomatic', 'none', 'disputed', 'hub'])
    .nullable()
    .describe(
      'Base status towards the PRC on the as_of date: diplomatic (relations established), none (no diplomatic relations, e.g. the state recognises Taipei), disputed (never given a tier), hub (China, Hong Kong, Macao). Empty for organisations.',
    ),
  relations_since: preciseDate(
    'When diplomatic relations were established (YYYY, YYYY-MM or YYYY-MM-DD). Empty without relations.',
  ),
  tier_id: z
    .enum(TIER_IDS)
    .nullable()
    .describe('The canonical rung of the partnership on the as_of date; empty when none.'),
  tier_rank: z
    .number()
    .int()
    .min(1)
    .max(TIER_IDS.length)
    .nullable()
    .describe('The rung as a number, 1 (lowest) to 7 (highest); empty when none.'),
  tier_since: preciseDate(
    'When the partner reached its current rung (a renaming on the same rung does not move it), at the precision known.',
  ),
  wording_en: text('The official English wording of the partnership in force on the as_of date.'),
  wording_zh: text('The official Chinese wording (中文表述) in force on the as_of date.'),
  since: preciseDate('When the current wording took effect, at the precision known.'),
  community_with_shared_future: z
    .boolean()
    .describe(
      'True when a bilateral "community with a shared future" was declared on or before the as_of date.',
    ),
});

export const MeetingCsvRowSchema = z.object({
  meeting_id: z
    .string()
    .regex(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/)
    .describe('Stable id: the partner id in lower case and the date, e.g. blr-2022-09-15.'),
  date: preciseDate('The meeting date as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY.'),
  date_precision: z.enum(['day', 'month', 'year']).describe('How much of the date is known.'),
  partner_id: z.string().describe('The partner (see partners.csv).'),
  city: text('City where the meeting took place.'),
  country: text('Country where the meeting took place (English name).'),
  china_leader: text("China's principal at the meeting."),
  partner_leader: text("The partner's principal at the meeting."),
  change: z.enum(CHANGE_TYPES).describe('What the meeting did to the relationship.'),
  tier_before: z.enum(TIER_IDS).nullable().describe('The rung before the meeting; empty when none.'),
  tier_after: z
    .enum(TIER_IDS)
    .nullable()
    .describe('The rung after the meeting; empty when the partnership lapsed.'),
  wording_en: z.string().describe('The official English wording set or reaffirmed at the meeting.'),
  wording_zh: text('The official Chinese wording.'),
  joint_statement: text(
    'English title of the joint statement, declaration or communiqué issued; empty when none is known.',
  ),
  attendees: list('Senior Chinese officials reported as attending.'),
  verified: z
    .boolean()
    .describe(
      'True when every core fact of the record is supported by a cited source, quoted in its evidence.',
    ),
  unverified: list(`The core facts no cited source supports (from: ${CORE_FACT_FIELDS.join(', ')}).`),
  note: text(
    'A short note for readers: a disagreement between sources and what the dataset follows, or a caveat.',
  ),
  source_urls: list('The URLs of the sources cited, exactly as read.'),
});

export type PartnerCsvRow = z.infer<typeof PartnerCsvRowSchema>;
export type MeetingCsvRow = z.infer<typeof MeetingCsvRowSchema>;

export const PARTNER_CSV_COLUMNS = Object.keys(PartnerCsvRowSchema.shape) as (keyof PartnerCsvRow)[];
export const MEETING_CSV_COLUMNS = Object.keys(MeetingCsvRowSchema.shape) as (keyof MeetingCsvRow)[];

export interface CodebookEntry {
  name: string;
  description: string;
  /** Frictionless type: string, integer, boolean or date. */
  type: 'string' | 'integer' | 'boolean' | 'date';
  required: boolean;
  enum: readonly string[] | null;
  pattern: string | null;
  minimum: number | null;
  maximum: number | null;
}

/** The column entries of a CSV schema, in file order, read from the zod definitions. */
export function codebookEntries(schema: z.ZodObject): CodebookEntry[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let inner = field as z.ZodType;
    let required = true;
    if (inner instanceof z.ZodNullable) {
      required = false;
      inner = inner.unwrap() as z.ZodType;
    }
    const description = (field as z.ZodType).description ?? inner.description ?? '';
    const entry: CodebookEntry = {
      name,
      description,
      type: 'string',
      required,
      enum: null,
      pattern: null,
      minimum: null,
      maximum: null,
    };
    if (inner instanceof z.ZodEnum) entry.enum = inner.options as string[];
    else if (inner instanceof z.ZodBoolean) entry.type = 'boolean';
    else if (inner instanceof z.ZodNumber) {
      entry.type = 'integer';
      entry.minimum = inner.minValue ?? null;
      entry.maximum = inner.maxValue ?? null;
    } else if (inner instanceof z.ZodString) {
      const regex = inner.def.checks
        ?.map((c) => (c as unknown as { _zod: { def: { pattern?: RegExp } } })._zod.def.pattern)
        .find((p): p is RegExp => p instanceof RegExp);
      if (regex?.source === '^\\d{4}-\\d{2}-\\d{2}$') entry.type = 'date';
      else if (regex) entry.pattern = regex.source;
    }
    return entry;
  });
}
