/** Reads data/*.json from disk for the CLI tools and tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type RawDataset } from '../domain/validate.ts';

export function readRawDataset(root: string = process.cwd()): RawDataset {
  const read = (rel: string): unknown => {
    const path = join(root, rel);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(
        `${rel}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  };
  return {
    tiers: read(DATA_FILES.tiers),
    partners: read(DATA_FILES.partners),
    meetings: read(DATA_FILES.meetings),
    meta: read(DATA_FILES.meta),
  };
}
