/**
 * The one atomic file writer of the CLI (the data store, `ingest --write`, `format-data` and the research commands
 * all write through it): every file goes to a temp file beside its target (written and fsynced), each target is
 * checked before the first rename, then the temp files are renamed over their targets. A failure before the
 * renames leaves every target as it was and removes the temp files.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError } from './fsErrors.ts';

/** Temp files end in this; a reader of data/ skips them and the next writer removes them. */
export const TEMP_SUFFIX = '.tmp';

export class DataWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataWriteError';
  }
}

/** A file to write (`text`), or to remove (`text: null`), by its path relative to the root. */
export interface FileChange {
  rel: string;
  text: string | null;
}

function writeDurably(path: string, text: string) {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The bytes on disk now, or null when the file is absent. */
export function currentBytes(root: string, rel: string): Buffer | null {
  try {
    return readFileSync(join(root, rel));
  } catch {
    return null;
  }
}

/**
 * Writes `changes` atomically. `check(rel)` is asked for every target after the temp files are written and before
 * the first rename: a message (the target changed meanwhile, say) stops the write with a DataWriteError.
 */
export function writeFilesAtomically(
  root: string,
  changes: readonly FileChange[],
  check: (rel: string) => string | null = () => null,
): void {
  const temps: { rel: string; tmp: string }[] = [];
  try {
    for (const { rel, text } of changes) {
      if (text === null) continue;
      const tmp = `${join(root, rel)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}${TEMP_SUFFIX}`;
      writeDurably(tmp, text);
      temps.push({ rel, tmp });
    }
    for (const { rel } of changes) {
      const problem = check(rel);
      if (problem) throw new DataWriteError(problem);
    }
  } catch (error) {
    for (const { tmp } of temps)
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    if (error instanceof DataWriteError) throw error;
    throw new DataWriteError(`${describeFsError(error)}. Nothing was written`);
  }
  for (const { rel, tmp } of temps) renameSync(tmp, join(root, rel));
  for (const { rel, text } of changes) if (text === null) unlinkSync(join(root, rel));
}
