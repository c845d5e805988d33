/** Writes data/schema.json (JSON Schema) from the zod schema in src/domain/schema.ts. `--check` fails when stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/domain/jsonSchema.ts';

const target = new URL('../data/schema.json', import.meta.url);
const text = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('data/schema.json is stale: run `npm run schema`.');
    process.exit(1);
  }
  console.log('data/schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log('wrote data/schema.json');
}
