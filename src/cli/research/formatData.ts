/**
 * `npm run cli -- format-data [--replace]`: rewrites data/ in the canonical format (formatDataFile; each
 * data/meetings/<PARTNER_ID>.json sorted by date), so hand edits keep diffs reviewable. Writes through the one
 * locked, atomic writer (src/cli/dataStore.ts, src/cli/atomicWrite.ts).
 *
 * It also moves a dataset from the old layout: when data/meetings.json exists (a branch from before one file per
 * partner), its records are split into data/meetings/ and the file is removed, in one atomic write. If
 * data/meetings/ already holds files, pass --replace to let data/meetings.json replace them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDataFile } from '../../domain/textChecks.ts';
import { DATA_FILES, DatasetError } from '../../domain/validate.ts';
import { writeFilesAtomically, type FileChange } from '../atomicWrite.ts';
import {
  DataWriteError,
  LEGACY_MEETINGS_FILE,
  serializeDataset,
  updateDataset,
  withDataLock,
} from '../dataStore.ts';
import { commandIo, EXIT, splitArgs, type Io } from '../io.ts';

class FormatError extends Error {}

/** Splits data/meetings.json into data/meetings/ (holding the lock); returns the line to print. */
function moveLegacyFile(root: string, replace: boolean): string {
  return withDataLock(root, () => {
    const dir = join(root, DATA_FILES.meetings);
    const present = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
    if (present.length > 0 && !replace)
      throw new FormatError(
        `${LEGACY_MEETINGS_FILE} and ${DATA_FILES.meetings}/ both exist; pass --replace to let ${LEGACY_MEETINGS_FILE} replace the ${present.length} files in ${DATA_FILES.meetings}/`,
      );
    const decoded = decodeDataFile(LEGACY_MEETINGS_FILE, readFileSync(join(root, LEGACY_MEETINGS_FILE)));
    if (!decoded.ok) throw new FormatError(`${decoded.problem.file}: ${decoded.problem.reason}`);
    if (!Array.isArray(decoded.value))
      throw new FormatError(`${LEGACY_MEETINGS_FILE}: must be a JSON array of records`);
    const files = serializeDataset({ tiers: null, partners: null, meta: null, meetings: decoded.value });
    const changes: FileChange[] = [];
    for (const [rel, text] of files)
      if (rel.startsWith(`${DATA_FILES.meetings}/`)) changes.push({ rel, text });
    const n = changes.length;
    for (const name of present) {
      const rel = `${DATA_FILES.meetings}/${name}`;
      if (!files.has(rel)) changes.push({ rel, text: null });
    }
    changes.push({ rel: LEGACY_MEETINGS_FILE, text: null });
    mkdirSync(dir, { recursive: true });
    writeFilesAtomically(root, changes);
    return `moved ${decoded.value.length} meetings from ${LEGACY_MEETINGS_FILE} into ${n} files in ${DATA_FILES.meetings}/`;
  });
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd } = commandIo(io);
  const parsed = splitArgs(args, { flags: ['--replace'] });
  if (parsed.problem || parsed.positional.length) {
    err(
      `format-data: ${parsed.problem ?? 'takes no paths'}. usage: npm run cli -- format-data [--replace]\n`,
    );
    return EXIT.usage;
  }
  try {
    if (existsSync(join(cwd, LEGACY_MEETINGS_FILE)))
      out(`${moveLegacyFile(cwd, parsed.flags.has('--replace'))}\n`);
    const { written } = updateDataset(cwd, (snapshot) => ({ next: snapshot.raw, result: null }));
    for (const rel of written) out(`formatted ${rel}\n`);
    if (written.length === 0) out('data/ is already in the canonical format\n');
    return EXIT.ok;
  } catch (error) {
    if (error instanceof FormatError || error instanceof DatasetError || error instanceof DataWriteError) {
      err(`format-data: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
