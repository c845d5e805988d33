/**
 * The shape of src/: imports flow one way (domain <- dataset/url/export <- features/charts <- app/embed; cli uses
 * the domain), and there are no import cycles. Read from the source text, so it needs no plugin or resolver.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next one */
    }
  }
  return null;
}

const graph = new Map<string, string[]>();
for (const file of files(src)) {
  const text = readFileSync(file, 'utf8');
  // Type-only imports are erased at build time: they make no runtime dependency and no cycle.
  const specs = [
    ...text.matchAll(
      /(import|export)\s+(type\s)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ]
    .filter((m) => !m[2])
    .map((m) => m[3] ?? m[4] ?? '');
  graph.set(
    file,
    specs.map((s) => resolveImport(file, s)).filter((p): p is string => !!p && p.startsWith(src)),
  );
}
const layer = (file: string) => relative(src, file).split('/')[0]!;
const rel = (file: string) => relative(src, file);

const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  dataset: ['domain', 'dataset'],
  url: ['domain', 'url'],
  export: ['domain', 'export', 'ui'],
  ui: ['domain', 'url', 'ui'],
  charts: ['domain', 'url', 'ui', 'export', 'charts', 'features', 'dataset'],
  features: ['domain', 'dataset', 'url', 'export', 'ui', 'charts', 'features'],
  app: ['domain', 'dataset', 'url', 'export', 'ui', 'charts', 'features', 'app'],
  embed: ['domain', 'dataset', 'url', 'export', 'ui', 'charts', 'features', 'app', 'embed'],
  cli: ['domain', 'export', 'cli'],
};

describe('src/ architecture', () => {
  it('imports flow one way between layers', () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      const from = layer(file);
      const allowed = ALLOWED[from];
      if (!allowed) continue;
      for (const dep of deps) if (!allowed.includes(layer(dep))) wrong.push(`${rel(file)} -> ${rel(dep)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps React, the DOM and Node out of the domain', () => {
    const impure = [...graph.keys()]
      .filter((f) => layer(f) === 'domain')
      .filter((f) =>
        /from\s+['"](react|react-dom|node:[^'"]+|@tanstack\/[^'"]+)['"]/.test(readFileSync(f, 'utf8')),
      )
      .map(rel);
    expect(impure).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === 'visiting')
          cycles.push([...stack.slice(stack.indexOf(dep)), dep].map(rel).join(' -> '));
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
