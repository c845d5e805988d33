/** `npm run export -- --out DIR [--as-of YYYY-MM-DD]`: partners.csv, meetings.csv and atlas.json for the status on a date. */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDataset, DatasetError } from '../domain/validate.ts';
import { buildPartnerRows } from '../domain/filters.ts';
import { groupMeetingsByPartner } from '../domain/status.ts';
import { IsoDateSchema } from '../domain/schema.ts';
import { buildExport } from '../export/buildExport.ts';
import { exportFileNames } from '../domain/exportTables.ts';
import { readRawDataset } from './readDataset.ts';
import { describeFsError } from './fsErrors.ts';
import { commandIo, type Io } from './io.ts';

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd, today } = commandIo(io);
  let dir: string | null = null;
  let asOf = today;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--out') dir = args[++i] ?? null;
    else if (a === '--as-of') {
      const v = args[++i] ?? '';
      if (!IsoDateSchema.safeParse(v).success) {
        err(`export: --as-of must be a real date written YYYY-MM-DD, got "${v}"\n`);
        return 2;
      }
      asOf = v;
    } else {
      err(`export: unknown argument "${a}". Usage: npm run export -- --out DIR [--as-of YYYY-MM-DD]\n`);
      return 2;
    }
  }
  if (!dir) {
    err('export: --out DIR is required. Usage: npm run export -- --out DIR [--as-of YYYY-MM-DD]\n');
    return 2;
  }
  let dataset;
  try {
    dataset = parseDataset(readRawDataset(cwd));
  } catch (e) {
    err(`export: ${e instanceof DatasetError ? e.message : (e as Error).message}\n`);
    return 1;
  }
  const rows = buildPartnerRows(dataset.partners, groupMeetingsByPartner(dataset.meetings), asOf);
  const bundle = buildExport(dataset, rows, asOf, { as_of: asOf });
  const target = resolve(cwd, dir);
  // Every failure to write is one line naming the path and the reason, exit 2.
  try {
    const stat = statSync(target, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) {
      err(`export: cannot write to ${dir}: it is a file, not a directory; give --out a directory\n`);
      return 2;
    }
    mkdirSync(target, { recursive: true });
  } catch (e) {
    err(`export: cannot create ${dir}: ${describeFsError(e)}\n`);
    return 2;
  }
  const names = exportFileNames(asOf);
  for (const [name, text] of [
    [names.partners, bundle.partnersCsv],
    [names.meetings, bundle.meetingsCsv],
    [names.json, bundle.json],
  ] as const) {
    try {
      writeFileSync(join(target, name), text);
    } catch (e) {
      err(`export: cannot write ${join(dir, name)}: ${describeFsError(e)}\n`);
      return 2;
    }
  }
  const tiered = rows.filter((r) => r.tier).length;
  out(
    `Wrote ${names.partners} (${rows.length} partners, ${tiered} with a tier), ${names.meetings} and ${names.json} to ${target} (as of ${asOf}).\n`,
  );
  return 0;
}
