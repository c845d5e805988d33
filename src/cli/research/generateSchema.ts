/**
 * `npm run schema [-- --check]`: writes data/schema.json (JSON Schema) from the zod schema in src/domain/schema.ts.
 * `--check` writes nothing and fails (exit 1) when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJsonSchema } from '../../domain/jsonSchema.ts';
import { describeFsError } from '../fsErrors.ts';
import { commandIo, EXIT, splitArgs, type Io } from '../io.ts';

export const SCHEMA_FILE = 'data/schema.json';

/** The text data/schema.json should have. */
export function schemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd } = commandIo(io);
  const parsed = splitArgs(args, { flags: ['--check'] });
  if (parsed.problem || parsed.positional.length) {
    err(`schema: ${parsed.problem ?? 'takes no paths'}. usage: npm run schema [-- --check]\n`);
    return EXIT.usage;
  }
  const target = join(cwd, SCHEMA_FILE);
  const text = schemaText();
  if (parsed.flags.has('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch (e) {
      err(`${SCHEMA_FILE}: cannot be read: ${describeFsError(e)}\n`);
      return EXIT.refused;
    }
    if (current !== text) {
      err(`${SCHEMA_FILE} is stale: run \`npm run schema\`.\n`);
      return EXIT.refused;
    }
    out(`${SCHEMA_FILE} is up to date.\n`);
    return EXIT.ok;
  }
  try {
    writeFileSync(target, text);
  } catch (e) {
    err(`${SCHEMA_FILE}: cannot be written: ${describeFsError(e)}\n`);
    return EXIT.usage;
  }
  out(`wrote ${SCHEMA_FILE}\n`);
  return EXIT.ok;
}
