/**
 * The published data package: the descriptor follows the Frictionless Data Package and Table Schema specs, and
 * every CSV matches its table schema (header order, types, constraints, unique primary keys, resolving foreign keys).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRawDataset } from '../../../src/cli/readDataset';
import { parseDataset } from '../../../src/domain/validate';
import { buildDataPackage, publishedYears } from '../../../src/export/dataPackage';
import { parseCsv } from '../../../src/export/toCsv';
import { MEETING_COLUMNS, PARTNER_COLUMNS } from '../../../src/domain/exportTables';

const dataset = parseDataset(readRawDataset());
const files = new Map(buildDataPackage(dataset).map((f) => [f.path, f.text]));
const descriptor = JSON.parse(files.get('data/datapackage.json')!);

interface Field {
  name: string;
  type: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  profile?: string;
  schema?: {
    fields: Field[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues?: string[];
  };
}

/** Problems of one CSV against its table schema, as "resource row N field: reason" lines. */
function checkTable(
  resource: Resource,
  text: string,
): { problems: string[]; rows: Record<string, string>[] } {
  const [header, ...body] = parseCsv(text);
  const schema = resource.schema!;
  const problems: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(schema.fields.map((f) => f.name)))
    problems.push(`${resource.name}: header ${header!.join(',')} is not the schema's field order`);
  const rows = body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
  rows.forEach((row, i) => {
    for (const f of schema.fields) {
      const v = row[f.name] ?? '';
      const at = `${resource.name} row ${i + 2} ${f.name}`;
      if (v === '') {
        if (f.constraints?.required) problems.push(`${at}: required but empty`);
        continue;
      }
      if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${at}: "${v}" is not an integer`);
      if (f.type === 'boolean' && v !== 'true' && v !== 'false')
        problems.push(`${at}: "${v}" is not a boolean`);
      if (f.type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))))
        problems.push(`${at}: "${v}" is not a date`);
      if (f.constraints?.enum && !f.constraints.enum.includes(v))
        problems.push(`${at}: "${v}" is not one of the enum`);
      if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v))
        problems.push(`${at}: "${v}" does not match the pattern`);
      if (f.constraints?.minimum !== undefined && Number(v) < f.constraints.minimum)
        problems.push(`${at}: below minimum`);
      if (f.constraints?.maximum !== undefined && Number(v) > f.constraints.maximum)
        problems.push(`${at}: above maximum`);
    }
  });
  const keys = rows.map((r) => (schema.primaryKey ?? []).map((k) => r[k]).join('|'));
  if (new Set(keys).size !== keys.length)
    problems.push(`${resource.name}: primary key ${schema.primaryKey} is not unique`);
  return { problems, rows };
}

describe('data/datapackage.json', () => {
  it('is a Frictionless Data Package with the dataset version, licence, sources and contributors', () => {
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.version).toBe(dataset.meta.version);
    expect(descriptor.title).toBe(dataset.meta.title);
    expect(descriptor.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: dataset.meta.license_url });
    expect(descriptor.sources.length).toBeGreaterThan(0);
    expect(descriptor.contributors[0].title).toBe(dataset.meta.publisher);
    const names = descriptor.resources.map((r: Resource) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of descriptor.resources as Resource[]) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.path, r.name).not.toMatch(/^(\/|[a-z]+:)/); // relative, so it works at any sub-path
      expect(files.has(`data/${r.path}`), `${r.path} is published`).toBe(true);
    }
    expect(names).toEqual(
      expect.arrayContaining([
        'partners',
        'meetings',
        'atlas',
        ...publishedYears(dataset).map((y) => `partners-${y}`),
      ]),
    );
  });

  it('describes every column, in file order, with a type and a description', () => {
    const partners = (descriptor.resources as Resource[]).find((r) => r.name === 'partners')!;
    const meetings = (descriptor.resources as Resource[]).find((r) => r.name === 'meetings')!;
    expect(partners.schema!.fields.map((f) => f.name)).toEqual([...PARTNER_COLUMNS]);
    expect(meetings.schema!.fields.map((f) => f.name)).toEqual([...MEETING_COLUMNS]);
    for (const f of [...partners.schema!.fields, ...meetings.schema!.fields]) {
      expect(f.description.length, f.name).toBeGreaterThan(10);
      expect(['string', 'integer', 'boolean', 'date']).toContain(f.type);
    }
    expect(partners.schema!.fields.find((f) => f.name === 'tier_id')!.constraints!.enum).toHaveLength(7);
    expect(meetings.schema!.fields.find((f) => f.name === 'change')!.constraints!.enum).toContain('upgraded');
    expect(partners.schema!.fields.find((f) => f.name === 'relations')!.constraints!.enum).toEqual([
      'diplomatic',
      'none',
      'disputed',
      'hub',
    ]);
  });

  it('every CSV matches its table schema; keys are unique and foreign keys resolve', () => {
    const tables = new Map<string, Record<string, string>[]>();
    for (const r of (descriptor.resources as Resource[]).filter((x) => x.schema)) {
      const { problems, rows } = checkTable(r, files.get(`data/${r.path}`)!);
      expect(problems.slice(0, 10), r.name).toEqual([]);
      tables.set(r.name, rows);
    }
    for (const r of (descriptor.resources as Resource[]).filter((x) => x.schema?.foreignKeys)) {
      for (const fk of r.schema!.foreignKeys!) {
        const target = new Set(tables.get(fk.reference.resource)!.map((row) => row[fk.reference.fields[0]!]));
        const missing = tables.get(r.name)!.filter((row) => !target.has(row[fk.fields[0]!]));
        expect(
          missing.map((row) => row[fk.fields[0]!]),
          `${r.name}.${fk.fields[0]}`,
        ).toEqual([]);
      }
    }
    expect(tables.get('meetings')!.length).toBe(dataset.meetings.length);
    expect(tables.get('partners')!.length).toBe(dataset.partners.length);
  });

  it('the year files show the status at each year-end (Belarus: comprehensive strategic in 2014, all-weather in 2023)', () => {
    const row = (y: number) =>
      parseCsv(files.get(`data/by-year/partners-${y}.csv`)!).find((r) => r[0] === 'BLR')!;
    const tier = PARTNER_COLUMNS.indexOf('tier_id');
    expect(row(2014)[tier]).toBe('comprehensive-strategic');
    expect(row(2023)[tier]).toBe('all-weather');
  });

  it('the README snippets for R and Python read columns the files have', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Use the data'));
    const code = [...section.matchAll(/```(?:r|python)\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');
    expect(code).toMatch(/read_csv/);
    const used = [...code.matchAll(/["$]([a-z_]+)["\]]?/g)]
      .map((m) => m[1]!)
      .filter((c) => c.includes('_') || ['region', 'kind', 'change', 'date'].includes(c));
    const known = new Set<string>([...PARTNER_COLUMNS, ...MEETING_COLUMNS]);
    const unknown = used.filter(
      (c) =>
        !known.has(c) &&
        !['read_csv', 'group_by', 'value_counts', 'na_filter', 'keep_default_na'].includes(c),
    );
    expect(used.length).toBeGreaterThan(2);
    expect(unknown).toEqual([]);
  });
});
