/**
 * The corrupted datasets of tests/fixtures/corrupt/: each case is the real data/ with a few edits (case.json) or
 * files replaced byte for byte (files/). The build's gate (build/atlasData.ts) and the CLI reject every one with
 * the same message lines (file, record id, field, reason), and the valid data passes both.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../../build/atlasData';
import { run as exportCli } from '../../../src/cli/export';

const ROOT = process.cwd();
const CASES = join(ROOT, 'tests/fixtures/corrupt');

interface Edit {
  file?: string;
  path?: (string | number)[];
  value?: unknown;
  delete?: boolean;
  remove?: string;
  mkdir?: boolean;
  append_from?: string;
  index?: number;
  append_copy_of_id?: string;
  where_id?: string;
  new_from?: string;
  set?: Record<string, unknown>;
}
interface Case {
  description: string;
  expected: string[];
  edits?: Edit[];
}

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })), 60_000);

function setPath(target: unknown, path: (string | number)[], edit: Edit): unknown {
  if (path.length === 0) return edit.value;
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (edit.delete) delete node[last];
  else node[last] = edit.value;
  return target;
}

/** A copy of data/ with the case applied, in a temp root. */
function materialise(name: string, spec: Case): string {
  const root = mkdtempSync(join(tmpdir(), `atlas-corrupt-${name}-`));
  temps.push(root);
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  const json = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8')) as unknown;
  const put = (rel: string, value: unknown) => writeFileSync(join(root, rel), `${JSON.stringify(value, null, 2)}\n`);
  for (const e of spec.edits ?? []) {
    if (e.remove) {
      rmSync(join(root, e.remove), { recursive: true, force: true });
      if (e.mkdir) mkdirSync(join(root, e.remove));
    } else if (e.append_from) {
      const list = json(e.file!) as unknown[];
      put(e.file!, [...list, (json(e.append_from) as unknown[])[e.index ?? 0]]);
    } else if (e.new_from) {
      put(e.file!, [{ ...((json(e.new_from) as object[])[e.index ?? 0] as object), ...e.set }]);
    } else if (e.append_copy_of_id) {
      const list = json(e.file!) as { id: string }[];
      put(e.file!, [...list, list.find((x) => x.id === e.append_copy_of_id)]);
    } else if (e.where_id) {
      const list = json(e.file!) as { id: string }[];
      setPath(
        list.find((x) => x.id === e.where_id),
        e.path!,
        e,
      );
      put(e.file!, list);
    } else put(e.file!, setPath(json(e.file!), e.path!, e));
  }
  const files = join(CASES, name, 'files');
  const copy = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const from = join(dir, entry.name);
      if (entry.isDirectory()) copy(from);
      else {
        const to = join(root, from.slice(files.length + 1));
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, readFileSync(from));
      }
    }
  };
  try {
    copy(files);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return root;
}

const cases = readdirSync(CASES).sort();

describe('corrupted datasets (tests/fixtures/corrupt)', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it('the valid data passes the gate', () => {
    const checked = checkDataset(ROOT);
    expect(checked.ok ? [] : checked.message).toEqual([]);
  });

  for (const name of cases) {
    const spec = JSON.parse(readFileSync(join(CASES, name, 'case.json'), 'utf8')) as Case;
    it(`${name}: ${spec.description}`, async () => {
      const root = materialise(name, spec);
      try {
      const gate = checkDataset(root);
      expect(gate.ok).toBe(false);
      const message = gate.ok ? '' : gate.message;
      for (const line of spec.expected) expect(message).toContain(line);
      // The CLI reads with the same reader and rejects with the same lines.
      let stderr = '';
      const code = await exportCli(['--out', join(root, 'out')], { cwd: root, stderr: (s) => (stderr += s), stdout: () => {} });
      expect(code).not.toBe(0);
      for (const line of spec.expected) expect(stderr).toContain(line);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }, 30_000);
  }
});
