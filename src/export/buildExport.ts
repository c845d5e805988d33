/** partners.csv, meetings.csv and JSON for a set of partner rows as of a date: the same files from the app and the CLI. */
import type { Dataset } from '../domain/schema';
import type { PartnerRow } from '../domain/filters';
import {
  MEETING_COLUMNS,
  PARTNER_COLUMNS,
  meetingsForExport,
  toMeetingRecords,
  toPartnerRecords,
  type ExportBundle,
} from '../domain/exportTables';
import { toCsv } from './toCsv';

/** `dataset` needs full meetings (core and details): the CLI passes the parsed files, the app merges the details in. */
export function buildExport(
  dataset: Pick<Dataset, 'meta' | 'meetings'>,
  rows: readonly PartnerRow[],
  asOf: string,
  filters: Record<string, unknown> = {},
): ExportBundle {
  const partners = toPartnerRecords(rows, asOf);
  const meetings = toMeetingRecords(meetingsForExport(dataset, new Set(rows.map((r) => r.partner.id)), asOf));
  const json = JSON.stringify(
    {
      dataset: { title: dataset.meta.title, version: dataset.meta.version, license: dataset.meta.license },
      as_of: asOf,
      filters,
      partners,
      meetings,
    },
    null,
    2,
  );
  return {
    partnersCsv: toCsv(partners, PARTNER_COLUMNS, { bom: true }),
    meetingsCsv: toCsv(meetings, MEETING_COLUMNS, { bom: true }),
    json: `${json}\n`,
  };
}
