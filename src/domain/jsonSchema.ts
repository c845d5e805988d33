/** JSON Schema for people who use the data without the app, generated from the zod schema. */
import { z } from 'zod';
import { MeetingSchema, MetaSchema, PartnerSchema, TiersFileSchema } from './schema';

export function buildJsonSchema() {
  const opts = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' } as const;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Partnership Atlas dataset',
    description:
      'Generated from src/domain/schema.ts by `npm run schema`. Do not edit by hand. Each file in data/ has its own definition; every data/meetings/<PARTNER_ID>.json is an array of that partner’s meetings.',
    $defs: {
      'tiers.json': z.toJSONSchema(TiersFileSchema, opts),
      'partners.json': z.toJSONSchema(z.array(PartnerSchema), opts),
      'meetings/<PARTNER_ID>.json': z.toJSONSchema(z.array(MeetingSchema), opts),
      'meta.json': z.toJSONSchema(MetaSchema, opts),
    },
  };
}
