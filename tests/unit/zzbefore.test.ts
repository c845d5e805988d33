import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'vitest';
import { safeParseDataset as oldParse } from '/tmp/old16/src/domain/validate';
import { readRawDataset } from '/work/wt-16/src/cli/dataStore';
import { checkDataset } from '/work/wt-16/build/atlasData';
const CASES = '/work/wt-16/tests/fixtures/corrupt';
it('before', () => {
  const out: string[] = [];
  let tried = 0, oldRejected = 0, newRejected = 0, readerLevel = 0;
  for (const name of readdirSync(CASES).sort()) {
    const spec = JSON.parse(readFileSync(join(CASES, name, 'case.json'), 'utf8'));
    const root = mkdtempSync(join(tmpdir(), 'b-'));
    cpSync('/work/wt-16/data', join(root, 'data'), { recursive: true });
    const json = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8'));
    const put = (rel: string, v: unknown) => writeFileSync(join(root, rel), JSON.stringify(v, null, 2));
    const setPath = (t: any, path: any[], e: any) => { if (!path.length) return e.value; let n = t; for (const k of path.slice(0, -1)) n = n[k]; const l = path[path.length - 1]; if (e.delete) delete n[l]; else n[l] = e.value; return t; };
    for (const e of spec.edits ?? []) {
      if (e.remove) { rmSync(join(root, e.remove), { recursive: true, force: true }); if (e.mkdir) mkdirSync(join(root, e.remove)); }
      else if (e.append_from) put(e.file, [...json(e.file), json(e.append_from)[e.index ?? 0]]);
      else if (e.new_from) put(e.file, [{ ...json(e.new_from)[e.index ?? 0], ...e.set }]);
      else if (e.append_copy_of_id) { const l = json(e.file); put(e.file, [...l, l.find((x: any) => x.id === e.append_copy_of_id)]); }
      else if (e.where_id) { const l = json(e.file); setPath(l.find((x: any) => x.id === e.where_id), e.path, e); put(e.file, l); }
      else put(e.file, setPath(json(e.file), e.path, e));
    }
    const files = join(CASES, name, 'files');
    const copy = (d: string) => { try { for (const en of readdirSync(d, { withFileTypes: true })) { const f = join(d, en.name); if (en.isDirectory()) copy(f); else { const to = join(root, f.slice(files.length + 1)); mkdirSync(dirname(to), { recursive: true }); writeFileSync(to, readFileSync(f)); } } } catch {} };
    copy(files);
    tried++;
    const now = checkDataset(root);
    if (!now.ok) newRejected++;
    let raw;
    try { raw = readRawDataset(root); } catch { readerLevel++; out.push(`${name}: reader-level`); continue; }
    const r = oldParse(raw as any);
    if (!r.ok) oldRejected++;
    out.push(`${name}: old validator ${r.ok ? 'ACCEPTED' : 'rejected'}`);
  }
  console.log(out.join('\n'));
  console.log(`tried ${tried}; new gate rejects ${newRejected}; validator-level ${tried - readerLevel}, old validator rejected ${oldRejected}; reader-level ${readerLevel}`);
});
