/**
 * The dataset as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): the files the
 * built site publishes at stable relative paths next to index.html, under data/. Pure: the build (a Vite plugin),
 * the tests and the CLI all call it.
 */
import type { Dataset } from '../domain/schema';
import { buildPartnerRows } from '../domain/filters';
import { groupMeetingsByPartner, yearEnd } from '../domain/status';
import {
  codebookEntries,
  MeetingCsvRowSchema,
  PartnerCsvRowSchema,
  type CodebookEntry,
} from '../domain/codebook';
import { buildExport } from './buildExport';

export interface PublishedFile {
  /** Relative to the site root, e.g. data/partners.csv. */
  path: string;
  text: string;
}

interface TableField {
  name: string;
  type: CodebookEntry['type'];
  description: string;
  constraints?: {
    required?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

/** A Frictionless Table Schema field from a codebook entry. */
export function tableField(e: CodebookEntry): TableField {
  const constraints: NonNullable<TableField['constraints']> = {};
  if (e.required) constraints.required = true;
  if (e.enum) constraints.enum = e.enum;
  if (e.pattern) constraints.pattern = e.pattern;
  if (e.minimum !== null) constraints.minimum = e.minimum;
  if (e.maximum !== null) constraints.maximum = e.maximum;
  return {
    name: e.name,
    type: e.type,
    description: e.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export const PARTNERS_TABLE_SCHEMA = {
  fields: codebookEntries(PartnerCsvRowSchema).map(tableField),
  missingValues: [''],
  primaryKey: ['partner_id'],
};

export const MEETINGS_TABLE_SCHEMA = {
  fields: codebookEntries(MeetingCsvRowSchema).map(tableField),
  missingValues: [''],
  primaryKey: ['meeting_id'],
  foreignKeys: [{ fields: ['partner_id'], reference: { resource: 'partners', fields: ['partner_id'] } }],
};

/** Year-ends from the first partnership to the last complete year before the dataset's last update. */
export function publishedYears(dataset: Pick<Dataset, 'meetings' | 'meta'>): number[] {
  const first = Math.min(...dataset.meetings.map((m) => Number(m.date.slice(0, 4))));
  const lastUpdated = dataset.meta.last_updated;
  const years: number[] = [];
  for (let y = first; yearEnd(y) <= lastUpdated; y++) years.push(y);
  return years;
}

function csvResource(name: string, path: string, title: string, schema: object) {
  return {
    name,
    path,
    title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema,
  };
}

/** Every published file: current partners and meetings, one partners file per year-end, the JSON, the descriptor. */
export function buildDataPackage(dataset: Dataset): PublishedFile[] {
  const byPartner = groupMeetingsByPartner(dataset.meetings);
  const asOf = dataset.meta.last_updated;
  const current = buildExport(dataset, buildPartnerRows(dataset.partners, byPartner, asOf), asOf, {
    as_of: asOf,
  });
  const years = publishedYears(dataset);
  const files: PublishedFile[] = [
    { path: 'data/partners.csv', text: current.partnersCsv },
    { path: 'data/meetings.csv', text: current.meetingsCsv },
    { path: 'data/atlas.json', text: current.json },
  ];
  const yearSchema = { ...PARTNERS_TABLE_SCHEMA };
  for (const y of years) {
    const date = yearEnd(y);
    const rows = buildPartnerRows(dataset.partners, byPartner, date);
    files.push({
      path: `data/by-year/partners-${y}.csv`,
      text: buildExport(dataset, rows, date).partnersCsv,
    });
  }
  const { meta } = dataset;
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'partnership-atlas',
    title: meta.title,
    description:
      "How the People's Republic of China labels its bilateral relationships (partnership tiers), meeting by meeting, with the sources and the sources' own words for every tier-setting event.",
    version: meta.version,
    created: meta.last_updated,
    ...(meta.homepage ? { homepage: meta.homepage } : {}),
    licenses: [{ name: 'CC-BY-4.0', title: meta.license, path: meta.license_url }],
    contributors: [{ title: meta.publisher, role: 'author' }],
    sources: [
      { title: 'Ministry of Foreign Affairs of the PRC', path: 'https://www.mfa.gov.cn/' },
      { title: 'Xinhua News Agency', path: 'https://www.news.cn/' },
      { title: 'CCTV Xinwen Lianbo', path: 'https://tv.cctv.com/lm/xwlb/' },
      { title: "People's Daily", path: 'http://www.people.com.cn/' },
      { title: 'The partner governments and organisations (named per record)' },
    ],
    resources: [
      csvResource(
        'partners',
        'partners.csv',
        `Every partner and its status on ${asOf}`,
        PARTNERS_TABLE_SCHEMA,
      ),
      csvResource(
        'meetings',
        'meetings.csv',
        'Every meeting that set or reaffirmed a relationship',
        MEETINGS_TABLE_SCHEMA,
      ),
      ...years.map((y) =>
        csvResource(
          `partners-${y}`,
          `by-year/partners-${y}.csv`,
          `Every partner and its status at the end of ${y}`,
          yearSchema,
        ),
      ),
      {
        name: 'atlas',
        path: 'atlas.json',
        title: 'Partners and meetings as one JSON document (the same rows)',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  };
  files.push({ path: 'data/datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` });
  return files;
}
