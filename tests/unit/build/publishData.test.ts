/** build/publishData.ts: the dataset published beside index.html, in a build (assets) and in dev (served). */
import { describe, expect, it } from 'vitest';
import { publishData } from '../../../build/publishData';
import { buildDataPackage } from '../../../src/export/dataPackage';
import { parseDataset } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';
import { callHook } from './pluginHooks';

const expected = buildDataPackage(parseDataset(readRawDataset()));

describe('publishData', () => {
  it('emits every published file at its stable path, and nothing when disabled (the synthetic dataset)', () => {
    const emitted: { fileName: string; source: string }[] = [];
    const context = { emitFile: (f: { fileName: string; source: string }) => emitted.push(f) };
    callHook(publishData(process.cwd(), false), 'generateBundle', context);
    expect(emitted).toEqual([]);
    callHook(publishData(process.cwd()), 'generateBundle', context);
    expect(emitted.map((f) => f.fileName)).toEqual(expected.map((f) => f.path));
    expect(emitted.map((f) => f.fileName)).toEqual(
      expect.arrayContaining([
        'data/partners.csv',
        'data/meetings.csv',
        'data/atlas.json',
        'data/datapackage.json',
      ]),
    );
    expect(emitted.find((f) => f.fileName === 'data/partners.csv')!.source).toBe(
      expected.find((f) => f.path === 'data/partners.csv')!.text,
    );
  });

  it('serves the same files in dev, and passes on every other request', () => {
    type Middleware = (req: { url: string }, res: unknown, next: () => void) => void;
    let middleware: Middleware | null = null;
    callHook(
      publishData(process.cwd()),
      'configureServer',
      {},
      {
        middlewares: { use: (m: Middleware) => (middleware = m) },
      },
    );
    const request = (url: string) => {
      const res = { headers: {} as Record<string, string>, body: null as string | null };
      let passed = false;
      middleware!(
        { url },
        { setHeader: (k: string, v: string) => (res.headers[k] = v), end: (b: string) => (res.body = b) },
        () => (passed = true),
      );
      return { ...res, passed };
    };
    const csv = request('/data/partners.csv?v=1');
    expect(csv.passed).toBe(false);
    expect(csv.headers['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(expected.find((f) => f.path === 'data/partners.csv')!.text);
    expect(request('/data/datapackage.json').headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(request('/data/nothing.csv').passed).toBe(true);
    expect(request('/src/main.tsx').passed).toBe(true);
  });
});
