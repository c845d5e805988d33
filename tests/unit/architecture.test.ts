/**
 * The shape of src/ (README, "Imports flow one way"): every top folder of src/ is a layer listed in ALLOWED, and a
 * file imports only from the layers its own layer lists. A feature (features/<name>/) imports no other feature. Type
 * imports, side-effect imports (CSS) and dynamic import() count like any other. There are no import cycles at run
 * time (type imports are erased, so they are left out of that check). Read from the source text, so it needs no
 * plugin or resolver. Each rule is also fed a small synthetic graph, so a rule that stopped firing would fail here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

/** Files directly in src/ (main.tsx, vite-env.d.ts): the entry point, which wires the layers together. */
const ENTRY = '(entry)';

/** Which layers each layer may import from. The README's table lists exactly these. */
export const ALLOWED: Record<string, readonly string[]> = {
  domain: ['domain'],
  dataset: ['domain', 'dataset'],
  url: ['domain', 'url'],
  ui: ['domain', 'url', 'ui'],
  export: ['domain', 'export'],
  charts: ['domain', 'url', 'ui', 'charts'],
  // ...and its own folder only: features/map/ may not import features/ladder/.
  features: ['domain', 'dataset', 'url', 'ui', 'export', 'charts'],
  view: ['domain', 'url', 'ui', 'charts', 'view'],
  app: ['domain', 'dataset', 'url', 'ui', 'charts', 'features', 'view', 'app'],
  embed: ['domain', 'dataset', 'url', 'ui', 'charts', 'features', 'view', 'embed'],
  cli: ['domain', 'export', 'cli'],
  [ENTRY]: ['dataset', 'url', 'ui', 'app', 'embed'],
};

export interface Edge {
  to: string;
  /** `import type` / `export type`: no run-time dependency, but still a dependency between layers. */
  typeOnly: boolean;
}
/** File (relative to src/, e.g. "features/map/MapView.tsx") -> what it imports (relative to src/ too). */
export type Graph = ReadonlyMap<string, readonly Edge[]>;

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

/** Every import of a source text: static (values and types), side-effect (CSS) and dynamic. */
export function importsOf(text: string): { spec: string; typeOnly: boolean }[] {
  return [
    ...text.matchAll(
      /(?:import|export)\s+(type\s)?[^'";]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => ({ spec: m[2] ?? m[3] ?? m[4] ?? '', typeOnly: !!m[1] }));
}

function readGraph(): Graph {
  const graph = new Map<string, Edge[]>();
  for (const file of files(src)) {
    const edges: Edge[] = [];
    for (const { spec, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (target && target.startsWith(src)) edges.push({ to: relative(src, target), typeOnly });
    }
    graph.set(relative(src, file), edges);
  }
  return graph;
}

/** "features/map/MapView.tsx" -> "features"; "main.tsx" -> the entry. */
export const layerOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : ENTRY);
/** "features/map/MapView.tsx" -> "features/map"; other layers are one unit. */
const unitOf = (file: string) =>
  layerOf(file) === 'features' ? file.split('/').slice(0, 2).join('/') : layerOf(file);

/** The one hook that reads the address, and the only files that may call it: the roots and the entry point. */
export const URL_HOOK = 'url/useViewState.ts';
export const URL_READERS = ['app/App.tsx', 'embed/EmbedApp.tsx', 'main.tsx'];

/** Files other than the roots that import the URL hook (even for a type). */
export function urlHookUsers(graph: Graph): string[] {
  return [...graph]
    .filter(([file]) => !URL_READERS.includes(file) && file !== URL_HOOK)
    .filter(([, edges]) => edges.some((e) => e.to === URL_HOOK && !e.typeOnly))
    .map(([file]) => file);
}

/** The imports that break a wall, as "from -> to (why)". */
export function wallViolations(graph: Graph, allowed: Record<string, readonly string[]> = ALLOWED): string[] {
  const wrong: string[] = [];
  for (const [file, edges] of graph) {
    const from = layerOf(file);
    const may = allowed[from];
    if (!may) {
      wrong.push(`${file} (folder ${from}/ is not a layer in ALLOWED)`);
      continue;
    }
    for (const { to, typeOnly } of edges) {
      const kind = typeOnly ? 'type import' : 'import';
      const target = layerOf(to);
      if (!allowed[target]) wrong.push(`${file} -> ${to} (${kind} into folder ${target}/, not a layer)`);
      else if (from === 'features' && target === 'features') {
        if (unitOf(to) !== unitOf(file)) wrong.push(`${file} -> ${to} (${kind} of another feature)`);
      } else if (!may.includes(target))
        wrong.push(`${file} -> ${to} (${kind}: ${from} may not use ${target})`);
    }
  }
  return wrong;
}

/** Run-time import cycles (type imports are erased and left out). */
export function importCycles(graph: Graph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const { to, typeOnly } of graph.get(file) ?? []) {
      if (typeOnly) continue;
      if (state.get(to) === 'visiting') cycles.push([...stack.slice(stack.indexOf(to)), to].join(' -> '));
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const graph = readGraph();

describe('src/ architecture', () => {
  it('imports flow one way between layers, and each feature keeps to its own folder', () => {
    expect(wallViolations(graph)).toEqual([]);
  });

  it('reads the address in one place: only the roots call the URL hook, everything below gets props', () => {
    expect(urlHookUsers(graph)).toEqual([]);
  });

  it('every top folder of src/ is a layer in ALLOWED', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    expect(folders.filter((f) => !ALLOWED[f])).toEqual([]);
  });

  it("the README's table of layers is ALLOWED, row for row", () => {
    const readme = readFileSync(resolve(src, '../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('Imports flow one way'), readme.indexOf('## The data'));
    const rows = [...section.matchAll(/^\| (.+?) +\| (.+?) +\|$/gm)].slice(2);
    const table = Object.fromEntries(
      rows.map(([, layer, may]) => [
        /^`(\w+)`$/.exec(layer!)?.[1] ?? ENTRY,
        [...may!.matchAll(/`(\w+)`/g)].map((m) => m[1]!),
      ]),
    );
    expect(table).toEqual(ALLOWED);
  });

  it('keeps React, the DOM and Node out of the domain', () => {
    const impure = [...graph.keys()]
      .filter((f) => layerOf(f) === 'domain')
      .filter((f) =>
        /from\s+['"](react|react-dom|node:[^'"]+|@tanstack\/[^'"]+)['"]/.test(
          readFileSync(join(src, f), 'utf8'),
        ),
      );
    expect(impure).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the architecture rules fire', () => {
  const g = (edges: Record<string, (string | [string, 'type'])[]>): Graph =>
    new Map(
      Object.entries(edges).map(([file, to]) => [
        file,
        to.map((t) => (Array.isArray(t) ? { to: t[0], typeOnly: true } : { to: t, typeOnly: false })),
      ]),
    );

  it('reads type, side-effect and dynamic imports', () => {
    const text = [
      "import type { A } from './a';",
      "import { b, type B } from './b';",
      "export type { C } from './c';",
      "import './d.css';",
      "const E = lazy(() => import('./e'));",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { spec: './a', typeOnly: true },
      { spec: './b', typeOnly: false },
      { spec: './c', typeOnly: true },
      { spec: './d.css', typeOnly: false },
      { spec: './e', typeOnly: false },
    ]);
  });

  it('a feature importing another feature', () => {
    expect(
      wallViolations(g({ 'features/changes/ChangeMap.tsx': ['features/map/x.ts', 'features/changes/y.ts'] })),
    ).toEqual(['features/changes/ChangeMap.tsx -> features/map/x.ts (import of another feature)']);
  });

  it('charts importing a feature', () => {
    expect(wallViolations(g({ 'charts/ChartFrame.tsx': ['features/share/ShareDialog.tsx'] }))).toEqual([
      'charts/ChartFrame.tsx -> features/share/ShareDialog.tsx (import: charts may not use features)',
    ]);
  });

  it('embed importing the app', () => {
    expect(wallViolations(g({ 'embed/EmbedApp.tsx': ['app/DatasetErrorView.tsx'] }))).toEqual([
      'embed/EmbedApp.tsx -> app/DatasetErrorView.tsx (import: embed may not use app)',
    ]);
  });

  it('a file in, or an import into, a folder that is not a layer', () => {
    expect(wallViolations(g({ 'misc/x.ts': ['domain/a.ts'], 'app/y.ts': ['misc/x.ts'] }))).toEqual([
      'misc/x.ts (folder misc/ is not a layer in ALLOWED)',
      'app/y.ts -> misc/x.ts (import into folder misc/, not a layer)',
    ]);
  });

  it('a type-only import across a wall', () => {
    expect(wallViolations(g({ 'domain/a.ts': [['ui/i18n.ts', 'type']] }))).toEqual([
      'domain/a.ts -> ui/i18n.ts (type import: domain may not use ui)',
    ]);
  });

  it('the URL hook called below the roots', () => {
    expect(
      urlHookUsers(
        g({
          'features/map/MapView.tsx': [URL_HOOK],
          'app/App.tsx': [URL_HOOK],
          'app/Atlas.tsx': [[URL_HOOK, 'type']],
        }),
      ),
    ).toEqual(['features/map/MapView.tsx']);
  });

  it('a cycle at run time, but not one through a type import', () => {
    expect(importCycles(g({ 'ui/a.ts': ['ui/b.ts'], 'ui/b.ts': ['ui/a.ts'] }))).toEqual([
      'ui/a.ts -> ui/b.ts -> ui/a.ts',
    ]);
    expect(importCycles(g({ 'ui/a.ts': ['ui/b.ts'], 'ui/b.ts': [['ui/a.ts', 'type']] }))).toEqual([]);
  });
});
