import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/export';
import { parseCsv } from '../../../src/export/toCsv';
import { MEETING_COLUMNS, PARTNER_COLUMNS } from '../../../src/domain/exportTables';
import { parseDataset } from '../../../src/domain/validate';
import { readRawDataset } from '../../../src/cli/readDataset';
import { statusOn } from '../../../src/domain/status';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) },
  };
}

describe('npm run export', () => {
  it('writes partners.csv, meetings.csv and atlas.json with the docs/design.md columns, agreeing with the status function', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    const { io, out } = capture();
    expect(await run(['--out', dir, '--as-of', '2015-12-31'], io)).toBe(0);
    expect(out.join('')).toMatch(/as of 2015-12-31/);
    expect(readdirSync(dir).sort()).toEqual([
      'atlas-2015-12-31.json',
      'meetings-2015-12-31.csv',
      'partners-2015-12-31.csv',
    ]);

    const partners = parseCsv(readFileSync(join(dir, 'partners-2015-12-31.csv'), 'utf8'));
    expect(partners[0]).toEqual([...PARTNER_COLUMNS]);
    const meetings = parseCsv(readFileSync(join(dir, 'meetings-2015-12-31.csv'), 'utf8'));
    expect(meetings[0]).toEqual([...MEETING_COLUMNS]);

    const dataset = parseDataset(readRawDataset());
    expect(partners.length - 1).toBe(dataset.partners.length);
    const col = (name: string) => PARTNER_COLUMNS.indexOf(name as (typeof PARTNER_COLUMNS)[number]);
    const blr = partners.find((r) => r[0] === 'BLR')!;
    expect(blr[col('tier_id')]).toBe('comprehensive-strategic');
    expect(blr[col('since')]).toBe('2013-07-16');
    for (const row of partners.slice(1)) {
      const status = statusOn(dataset.meetings, row[0]!, '2015-12-31');
      expect(row[col('tier_id')], row[0]).toBe(status?.tier ?? '');
    }
    // Uncertainty travels: the as-of date, relations, the rung date apart from the wording date.
    expect(partners.slice(1).every((r) => r[col('as_of')] === '2015-12-31')).toBe(true);
    expect(blr[col('relations')]).toBe('diplomatic');
    expect(blr[col('relations_since')]).toMatch(/^1992/);
    expect(partners.find((r) => r[0] === 'BTN')![col('relations')]).toBe('none');
    expect(partners.find((r) => r[0] === 'EU')![col('relations')]).toBe('');
    const mcol = (name: string) => MEETING_COLUMNS.indexOf(name as (typeof MEETING_COLUMNS)[number]);
    for (const row of meetings.slice(1)) {
      const m = dataset.meetings.find((x) => x.id === row[0])!;
      const want =
        m.date_precision === 'year'
          ? m.date.slice(0, 4)
          : m.date_precision === 'month'
            ? m.date.slice(0, 7)
            : m.date;
      expect(row[mcol('date')], m.id).toBe(want);
      expect(row[mcol('date_precision')]).toBe(m.date_precision);
      expect(row[mcol('verified')]).toBe(String(m.verified));
      expect(row[mcol('unverified')]).toBe(m.unverified.join('; '));
    }
    expect(
      meetings
        .slice(1)
        .some((r) => r[mcol('date_precision')] !== 'day' && /^\d{4}(-\d{2})?$/.test(r[mcol('date')]!)),
    ).toBe(true);
    // Only meetings on or before the date.
    expect(meetings.slice(1).every((r) => r[1]! <= '2015-12-31')).toBe(true);
    expect(meetings.slice(1).some((r) => r[0] === 'blr-2022-09-15')).toBe(false);

    const json = JSON.parse(readFileSync(join(dir, 'atlas-2015-12-31.json'), 'utf8'));
    expect(json.dataset.version).toBe(dataset.meta.version);
    expect(json.partners).toHaveLength(dataset.partners.length);
  });

  it('tells the rung date apart from the wording date (the UK: rung since 2004, wording since 2015)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    expect(await run(['--out', dir, '--as-of', '2020-12-31'], capture().io)).toBe(0);
    const partners = parseCsv(readFileSync(join(dir, 'partners-2020-12-31.csv'), 'utf8'));
    const col = (name: string) => PARTNER_COLUMNS.indexOf(name as (typeof PARTNER_COLUMNS)[number]);
    const gbr = partners.find((r) => r[0] === 'GBR')!;
    expect(gbr[col('tier_id')]).toBe('comprehensive-strategic');
    expect(gbr[col('tier_since')]!.slice(0, 4)).toBe('2004');
    expect(gbr[col('since')]!.slice(0, 4)).toBe('2015');
  });

  it('rejects a bad date or a missing --out with exit code 2 and a reason', async () => {
    const a = capture();
    expect(await run(['--out', '/tmp/x', '--as-of', '2015-02-30'], a.io)).toBe(2);
    expect(a.err.join('')).toMatch(/--as-of must be a real date/);
    const b = capture();
    expect(await run([], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/--out DIR is required/);
  });
});

describe('npm run export: failures are one line naming the path, exit 2', () => {
  it('refuses --out onto a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    const file = join(dir, 'out.csv');
    writeFileSync(file, 'x');
    const { io, err } = capture();
    expect(await run(['--out', file], io)).toBe(2);
    expect(err.join('')).toBe(
      `export: cannot write to ${file}: it is a file, not a directory; give --out a directory\n`,
    );
  });

  it('names a directory it may not create', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    const { io, err } = capture();
    expect(await run(['--out', join(file, 'sub')], io)).toBe(2);
    expect(err.join('')).toBe(
      `export: cannot create ${join(file, 'sub')}: a part of the path is a file, not a directory\n`,
    );
  });
});
