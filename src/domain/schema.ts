/**
 * The single definition of the Partnership Atlas dataset.
 *
 * Every consumer (unit tests, the build, the app at load time, the CLI tools)
 * parses `data/*.json` with these schemas. Types are inferred from them.
 * `data/schema.json` is generated from this file (`npm run schema`).
 */
import { z } from 'zod';
import { CHANGE_TYPES, CORE_FACT_FIELDS, REGIONS, TIER_IDS } from './ids';
import { rulePatternProblem } from './safeRegex';

// The fixed vocabularies live in ./ids (no zod), so the app's first paint can use them without the schemas.
export { TIER_IDS, CHANGE_TYPES, REGIONS, CORE_FACT_FIELDS };

export const TierIdSchema = z.enum(TIER_IDS);
export type TierId = z.infer<typeof TierIdSchema>;

export const ChangeSchema = z.enum(CHANGE_TYPES);
export type Change = z.infer<typeof ChangeSchema>;

export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The earliest plausible date in the data: the PRC was founded in 1949. */
export const EARLIEST_DATE = '1949-01-01';
/** The latest plausible date: a year after today (a meeting announced for next year at most). */
export function latestPlausibleDate(today: Date = new Date()): string {
  const d = new Date(today.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-DD that is a real calendar date between 1949 and a year after today. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date')
  .refine(
    (s) => s >= EARLIEST_DATE && s <= latestPlausibleDate(),
    `must be between ${EARLIEST_DATE} and a year after today`,
  );

/** Why a string is not an http(s) web address a reader can open, or null. */
export function webUrlProblem(s: string): string | null {
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return 'must be an http:// or https:// URL with no spaces';
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'must be an http:// or https:// URL with no spaces';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http:// or https:// URL';
  if (!url.hostname) return 'must name a host';
  if (url.username || url.password) return 'must not carry a user name or password';
  return null;
}

/** A web address: http: or https: only (never javascript:, data:, file: ...). Pages seen only over http keep it. */
export const WebUrlSchema = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL with no spaces')
  .superRefine((s, ctx) => {
    const problem = /^https?:\/\/[^\s]+$/i.test(s) ? webUrlProblem(s) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** @deprecated the name of WebUrlSchema before http: sources were allowed (issue 13); kept for callers. */
export const HttpsUrlSchema = WebUrlSchema;

/** A wording rule's pattern: compiles, and runs in bounded time (src/domain/safeRegex.ts). */
const RulePatternSchema = z.string().superRefine((s, ctx) => {
  const problem = rulePatternProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const SourceSchema = z
  .object({
    publisher: nonEmpty,
    title: nonEmpty,
    url: WebUrlSchema,
    /** Publication date of the source, when known. */
    date: IsoDateSchema.nullable(),
    lang: z.enum(['en', 'zh', 'other']),
    /** primary: MFA, Xinhua, a government or the joint statement itself; secondary: press, scholarship, encyclopedias. */
    kind: z.enum(['primary', 'secondary']),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const WordingRuleSchema = z
  .object({
    id: nonEmpty,
    /** Case-insensitive regular expression tested against the English wording. */
    match_en: nonEmpty.pipe(RulePatternSchema),
    /** Regular expression tested against the Chinese wording (optional). */
    match_zh: RulePatternSchema.nullable(),
    tier: TierIdSchema,
    /** Curators' note on the rule. */
    note: nonEmpty,
    /** The rule in plain words, for readers (the Methodology). */
    plain_en: nonEmpty,
    plain_zh: nonEmpty,
    /** One real wording the rule places, with partner and date. */
    example_en: nonEmpty,
    example_zh: nonEmpty,
  })
  .strict();
export type WordingRule = z.infer<typeof WordingRuleSchema>;

export const TierSchema = z
  .object({
    id: TierIdSchema,
    rank: z.number().int().min(1).max(7),
    name_en: nonEmpty,
    name_zh: nonEmpty,
    /** Short labels for chart axes. */
    short_en: nonEmpty,
    short_zh: nonEmpty,
    /** What the rung usually signals, in a sentence or two. */
    signals_en: nonEmpty,
    signals_zh: nonEmpty,
    /** Typical official wordings on this rung. */
    examples_en: z.array(nonEmpty).min(1),
    examples_zh: z.array(nonEmpty).min(1),
  })
  .strict();
export type Tier = z.infer<typeof TierSchema>;

export const TiersFileSchema = z
  .object({
    tiers: z.array(TierSchema).length(TIER_IDS.length),
    /** Ordered: the first rule whose pattern matches a wording gives its tier. */
    rules: z.array(WordingRuleSchema).min(1),
    /** Flags that sit on top of a tier, e.g. "community with a shared future". */
    flags: z.array(
      z
        .object({
          id: nonEmpty,
          name_en: nonEmpty,
          name_zh: nonEmpty,
          /** Curators' note. */
          note: nonEmpty,
          /** For readers (the Methodology). */
          note_en: nonEmpty,
          note_zh: nonEmpty,
        })
        .strict(),
    ),
    /** When a "relationship" (关系) counts as a partnership, in paragraphs. */
    relationship_en: z.array(nonEmpty).min(1),
    relationship_zh: z.array(nonEmpty).min(1),
    methodology_en: z.array(nonEmpty).min(1),
    methodology_zh: z.array(nonEmpty).min(1),
  })
  .strict();
export type TiersFile = z.infer<typeof TiersFileSchema>;

export const RelationsSchema = z
  .object({
    /** diplomatic: the PRC has diplomatic relations; none: it has not (e.g. the state recognises Taipei). */
    status: z.enum(['diplomatic', 'none']),
    /** When diplomatic relations were established: YYYY, YYYY-MM or YYYY-MM-DD. */
    since: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable(),
    note: z.string().nullable(),
    source: SourceSchema.nullable(),
  })
  .strict();

export const PartnerSchema = z
  .object({
    /** ISO 3166-1 alpha-3 for countries, an upper-case acronym for organizations (EU, ASEAN, AU, LAS, CELAC). */
    id: z.string().regex(/^[A-Z][A-Z0-9-]{1,11}$/, 'must be an upper-case code such as BLR or ASEAN'),
    kind: z.enum(['country', 'organization']),
    name_en: nonEmpty,
    name_zh: nonEmpty,
    /** Other names readers search for: East Timor, 东帝汶, ... */
    aliases: z.array(nonEmpty),
    /** English adjectives of nationality (Belarusian), used to read wire reports. */
    demonyms: z.array(nonEmpty),
    region: RegionSchema,
    /** ISO 3166-1 numeric code as a three-digit string (matches the map's shape ids); null for organizations. */
    iso_numeric: z
      .string()
      .regex(/^\d{3}$/, 'must be a three-digit string such as "112"')
      .nullable(),
    /** [longitude, latitude] of a marker, for states too small for the map's shapes. */
    marker: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullable(),
    relations: RelationsSchema.nullable(),
    /** For organizations: the members, as partner ids, when useful. */
    members: z.array(z.string()).nullable(),
  })
  .strict();
export type Partner = z.infer<typeof PartnerSchema>;

export const PersonSchema = z.object({ name: nonEmpty, title: nonEmpty }).strict();
export type Person = z.infer<typeof PersonSchema>;

/**
 * A meeting's core: what the map, the ladder and every status need. The app loads these first; the details
 * (statement, attendees, summary, key points, sources, notes) are loaded when a panel or an export needs them.
 */
export const MeetingCoreSchema = z
  .object({
    /** `<partner id lower-case>-<date>`, e.g. blr-2022-09-15. */
    id: z.string().regex(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/, 'must look like blr-2022-09-15'),
    /**
     * Ids this meeting had in earlier dataset versions (its date was corrected), so that cited links
     * (`?meeting=<old id>`) still open it. Present only on meetings that were renamed.
     */
    former_ids: z
      .array(z.string().regex(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/, 'must look like blr-2022-09-15'))
      .optional(),
    partner_id: nonEmpty,
    date: IsoDateSchema,
    /** How much of `date` is known: with "month" the day is set to 01, with "year" month and day are 01. */
    date_precision: z.enum(['day', 'month', 'year']),
    place: z
      .object({
        city: z.string().nullable(),
        /** The host country's English name. */
        country: z.string().nullable(),
        venue: z.string().nullable(),
      })
      .strict(),
    china_principal: PersonSchema.nullable(),
    partner_principal: PersonSchema.nullable(),
    change: ChangeSchema,
    tier_before: TierIdSchema.nullable(),
    tier_after: TierIdSchema.nullable(),
    wording_en: nonEmpty,
    wording_zh: z.string().min(1).nullable(),
    /** True when this meeting declared or reaffirmed a "community with a shared future" with the partner. */
    community_with_shared_future: z.boolean(),
    /**
     * true when every core field (date, place, principals, wordings, change, tiers) is supported by a cited source
     * and the record quotes its evidence; false otherwise, with the fields that are not in `unverified`.
     */
    verified: z.boolean(),
    /** The core fields no cited source supports (empty when verified). */
    unverified: z.array(z.enum(CORE_FACT_FIELDS)),
  })
  .strict();
export type MeetingCore = z.infer<typeof MeetingCoreSchema>;

export const JointStatementSchema = z
  .object({
    title_en: nonEmpty,
    title_zh: z.string().min(1).nullable(),
    /** The statement's own text, when a copy was found. */
    url: WebUrlSchema.nullable(),
  })
  .strict();
export type JointStatement = z.infer<typeof JointStatementSchema>;

/**
 * A meeting whose official accounts show it ended without a joint document (shown as "None reported"): `note`
 * names those accounts and what they list instead (signed agreements, a speech), or the later document that says
 * the relationship was first written into a joint statement at a later date.
 */
export const NoJointStatementSchema = z
  .object({
    issued: z.literal(false),
    note: nonEmpty,
  })
  .strict();
export type NoJointStatement = z.infer<typeof NoJointStatementSchema>;

/**
 * One sentence from a cited source, in the source's own words and language, that states the change and the
 * wording ("两国元首宣布建立全面战略伙伴关系。"). `url` is one of the record's sources.
 */
export const EvidenceSchema = z
  .object({
    quote: nonEmpty.max(300, 'must be at most 300 characters: quote the one sentence that states the fact'),
    url: WebUrlSchema,
    lang: z.enum(['en', 'zh', 'other']),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

export const MeetingDetailsSchema = z
  .object({
    /**
     * The joint statement (or declaration, communiqué) issued at the meeting; `{ issued: false }` when the
     * sources show the relationship was announced without one; null when the sources consulted do not say.
     */
    joint_statement: z
      .union([JointStatementSchema, NoJointStatementSchema], {
        error:
          'must be {title_en, title_zh, url} for a statement, {issued: false, note} when none was issued, or null',
      })
      .nullable(),
    /** Senior officials reported as attending, as written in the source. */
    attendees: z.array(nonEmpty),
    /** In the project's own words. */
    summary: z.string().min(1).nullable(),
    key_points: z.array(nonEmpty),
    sources: z.array(SourceSchema).min(1, 'needs at least one source'),
    /** Exact sentences from the cited sources that state the change and the wording. */
    evidence: z.array(EvidenceSchema),
    /** Disagreements between sources, what the dataset follows, what is unverified. */
    notes: z.string().nullable(),
  })
  .strict();
export type MeetingDetails = z.infer<typeof MeetingDetailsSchema>;

/** One record of data/meetings.json: the core and the details together. */
export const MeetingSchema = MeetingCoreSchema.extend(MeetingDetailsSchema.shape).strict();
export type Meeting = z.infer<typeof MeetingSchema>;

export const MEETING_CORE_KEYS = Object.keys(MeetingCoreSchema.shape) as (keyof MeetingCore)[];
export const MEETING_DETAIL_KEYS = Object.keys(MeetingDetailsSchema.shape) as (keyof MeetingDetails)[];

export const MetaSchema = z
  .object({
    title: nonEmpty,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
    last_updated: IsoDateSchema,
    license: nonEmpty,
    license_url: WebUrlSchema,
    publisher: nonEmpty,
    homepage: WebUrlSchema.nullable(),
    how_to_cite: nonEmpty,
    /**
     * The fewest partners and meetings a release can have: a build or check with fewer fails (a truncated or
     * emptied file is not a smaller atlas). Raise it as the dataset grows.
     */
    plausible_minimum: z
      .object({ partners: z.number().int().min(1), meetings: z.number().int().min(1) })
      .strict(),
  })
  .strict();
export type Meta = z.infer<typeof MetaSchema>;

export const DatasetSchema = z
  .object({
    tiers: TiersFileSchema,
    partners: z.array(PartnerSchema),
    meetings: z.array(MeetingSchema),
    meta: MetaSchema,
  })
  .strict();
export type Dataset = z.infer<typeof DatasetSchema>;

/** The dataset as the app holds it: meetings carry their core only; details are loaded on demand. */
export type AtlasData = Omit<Dataset, 'meetings'> & { meetings: MeetingCore[] };
