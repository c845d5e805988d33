/**
 * The write lock of data/: one writer at a time. data/.write.lock is created with O_EXCL; a second writer waits for
 * it, then fails with a clear message. A lock whose process is gone is taken over, and the temp files a killed
 * writer left are removed.
 */
import { closeSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../domain/dataFiles.ts';
import { DataWriteError, TEMP_SUFFIX } from './atomicWrite.ts';
import { describeFsError } from './fsErrors.ts';

export const LOCK_FILE = 'data/.write.lock';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockOptions {
  /** How long a second writer waits for the first (ms); ATLAS_LOCK_TIMEOUT_MS overrides the default of 60 s. */
  timeoutMs?: number;
}

/** Runs `fn` holding data/.write.lock. A lock whose process is gone (killed) is taken over. */
export function withDataLock<T>(root: string, fn: () => T, options: LockOptions = {}): T {
  const path = join(root, LOCK_FILE);
  const timeout = options.timeoutMs ?? Number(process.env.ATLAS_LOCK_TIMEOUT_MS ?? 60_000);
  const start = Date.now();
  let fd: number | null = null;
  let holder = '';
  while (fd === null) {
    try {
      fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new DataWriteError(`${LOCK_FILE}: cannot be created: ${describeFsError(error)}`);
      let pid = NaN;
      try {
        pid = Number((JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid);
      } catch {
        /* being written this instant, or garbage: judged by its age below */
      }
      holder = Number.isFinite(pid) ? ` (pid ${pid})` : '';
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      const stale = Number.isFinite(pid) ? !processAlive(pid) : age > 5_000;
      if (stale) {
        try {
          unlinkSync(path);
        } catch {
          /* another waiter removed it first */
        }
        continue;
      }
      if (Date.now() - start > timeout)
        throw new DataWriteError(
          `${LOCK_FILE}: another command${holder} is writing data/; waited ${Math.round(timeout / 1000)} s. Nothing was written; run this again when it has finished`,
        );
      sleep(25 + Math.floor(Math.random() * 25));
    }
  }
  try {
    removeTempFiles(root);
    return fn();
  } finally {
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}

/** Temp files left in data/ by a writer that was killed mid-write (only called holding the lock). */
export function removeTempFiles(root: string): string[] {
  const removed: string[] = [];
  for (const dir of ['data', DATA_FILES.meetings]) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names)
      if (name.endsWith(TEMP_SUFFIX)) {
        try {
          unlinkSync(join(root, dir, name));
          removed.push(`${dir}/${name}`);
        } catch {
          /* gone already */
        }
      }
  }
  return removed;
}
