/**
 * Rewrites data/ in the canonical format (formatDataFile; each data/meetings/<PARTNER_ID>.json sorted by date),
 * so hand edits keep diffs reviewable. Writes through the one locked, atomic writer (src/cli/dataStore.ts).
 *
 * It also moves a dataset from the old layout: when data/meetings.json exists (a branch from before one file per
 * partner), its records are split into data/meetings/ and the file is removed. If data/meetings/ already holds
 * files, pass --replace to let data/meetings.json replace them.
 *
 *   npx tsx scripts/formatData.ts [--replace]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDataFile } from '../src/domain/textChecks.ts';
import { DATA_FILES, DatasetError } from '../src/domain/validate.ts';
import {
  DataWriteError,
  LEGACY_MEETINGS_FILE,
  serializeDataset,
  updateDataset,
  withDataLock,
} from '../src/cli/dataStore.ts';

const root = process.cwd();
const replace = process.argv.includes('--replace');

function fail(message: string): never {
  console.error(`formatData: ${message}`);
  process.exit(2);
}

try {
  if (existsSync(LEGACY_MEETINGS_FILE)) {
    withDataLock(root, () => {
      const dir = join(root, DATA_FILES.meetings);
      const present = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
      if (present.length > 0 && !replace)
        fail(
          `${LEGACY_MEETINGS_FILE} and ${DATA_FILES.meetings}/ both exist; pass --replace to let ${LEGACY_MEETINGS_FILE} replace the ${present.length} files in ${DATA_FILES.meetings}/`,
        );
      const decoded = decodeDataFile(LEGACY_MEETINGS_FILE, readFileSync(LEGACY_MEETINGS_FILE));
      if (!decoded.ok) fail(`${decoded.problem.file}: ${decoded.problem.reason}`);
      if (!Array.isArray(decoded.value)) fail(`${LEGACY_MEETINGS_FILE}: must be a JSON array of records`);
      const files = serializeDataset({ tiers: null, partners: null, meta: null, meetings: decoded.value });
      mkdirSync(dir, { recursive: true });
      for (const name of present) unlinkSync(join(dir, name));
      let n = 0;
      for (const [rel, text] of files)
        if (rel.startsWith(`${DATA_FILES.meetings}/`)) {
          writeFileSync(join(root, rel), text);
          n++;
        }
      unlinkSync(LEGACY_MEETINGS_FILE);
      console.log(
        `moved ${decoded.value.length} meetings from ${LEGACY_MEETINGS_FILE} into ${n} files in ${DATA_FILES.meetings}/`,
      );
    });
  }
  const { written } = updateDataset(root, (snapshot) => ({ next: snapshot.raw, result: null }));
  for (const rel of written) console.log(`formatted ${rel}`);
  if (written.length === 0) console.log('data/ is already in the canonical format');
} catch (error) {
  if (error instanceof DatasetError) fail(error.message);
  if (error instanceof DataWriteError) fail(error.message);
  throw error;
}
