/** The build plugins (build/): the dataset gate and the meetings split, and the Content-Security-Policy (the other plugins: one test file each beside this one). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atlasData, checkDataset, splitDetails } from '../../../build/atlasData';
import { buildPolicy, inlineStyleHashes, insertPolicy } from '../../../build/csp';
import { MEETING_DETAIL_KEYS } from '../../../src/domain/schema';
import { readRawDataset } from '../../../src/cli/readDataset';
import { callHook } from './pluginHooks';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const context = {
  addWatchFile: () => {},
  error: (m: string) => {
    throw new Error(m);
  },
};
const call = (
  plugin: ReturnType<typeof atlasData>,
  name: 'resolveId' | 'load' | 'buildStart' | 'configResolved',
  ...args: unknown[]
) => callHook(plugin, name, context, ...args);
const moduleValue = (code: unknown) =>
  JSON.parse(JSON.parse(/JSON\.parse\((".*")\);$/s.exec(String(code))![1]!) as string);

describe('atlasData', () => {
  const meetings = readRawDataset().meetings as Record<string, unknown>[];

  it('bundles the cores without detail fields (the schema’s list), and every detail in exactly one bounded part', () => {
    const plugin = atlasData();
    const core = moduleValue(call(plugin, 'load', '\0virtual:atlas/meetings-core')) as Record<
      string,
      unknown
    >[];
    expect(core).toHaveLength(meetings.length);
    for (const m of core) for (const k of MEETING_DETAIL_KEYS) expect(m).not.toHaveProperty(k);
    const { parts, partOf } = splitDetails(meetings, 64 * 1024);
    const ids = parts.flatMap((p) => Object.keys(p));
    expect(ids.sort()).toEqual(meetings.map((m) => String(m.id)).sort());
    for (const m of meetings) expect(parts[partOf[String(m.partner_id)]!]).toHaveProperty(String(m.id));
    for (const p of parts) {
      const size = JSON.stringify(p).length;
      const partners = new Set(Object.keys(p).map((id) => id.slice(0, -11)));
      expect(size < 80 * 1024 || partners.size === 1, 'a part is bounded unless one partner fills it').toBe(
        true,
      );
    }
    const index = String(call(plugin, 'load', '\0virtual:atlas/meetings-details'));
    expect(index).toContain('import("virtual:atlas/meetings-details-part-0")');
  });

  it('fails the build on invalid data, with the validator’s message', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-gate-'));
    temps.push(root);
    cpSync('data', join(root, 'data'), { recursive: true });
    const path = join(root, 'data/meetings/BLR.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"Samarkand"', '"Samarkand\\u0000"'));
    expect(checkDataset(root)).toMatchObject({ ok: false });
    const plugin = atlasData({ root });
    call(plugin, 'configResolved', { command: 'build' });
    expect(() => call(plugin, 'buildStart')).toThrow(
      /data\/ did not pass the dataset checks, so nothing was built\.\nThe dataset is invalid \(1 problem\):\ndata\/meetings\/BLR\.json, record "blr-2022-09-15", field "place\.city": contains the control character U\+0000/,
    );
  });
});

describe('csp', () => {
  it('allows no inline script, and the inline style by its hash', () => {
    const html =
      '<html><head><meta charset="UTF-8" /><style>a{b:c}</style></head><body><script type="module" src="./x.js"></script></body></html>';
    const out = insertPolicy(html);
    const [hash] = inlineStyleHashes(html);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${buildPolicy([hash!])}" />`);
    expect(buildPolicy([])).toMatch(/script-src 'self';/);
    expect(buildPolicy([])).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(() => insertPolicy('<head><meta charset="UTF-8" /></head><script>alert(1)</script>')).toThrow(
      /inline <script>/,
    );
  });
});
