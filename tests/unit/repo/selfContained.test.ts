/**
 * A fresh clone with nothing beside it must pass `npm test`: no test, script or source file may read or cite a
 * path outside the repository (such as the steering folder beside the clone).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report', 'results']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(m?[jt]sx?|json|md)$/.test(name) ? [path] : [];
  });
}

// "../" + "shared", spelled apart so that this file does not match itself.
const SIBLING = ['shar', 'ed'].join('');
const OUTSIDE = new RegExp(`\\.\\./${SIBLING}\\b|['"]\\.\\.['"],\\s*['"]${SIBLING}['"]`);

describe('the repository stands on its own', () => {
  it('no file in src, build, tests, bench or docs reaches outside the repository', () => {
    const offenders = ['src', 'build', 'tests', 'bench', 'docs']
      .flatMap((d) => files(join(root, d)))
      .filter((f) => OUTSIDE.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
