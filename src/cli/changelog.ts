/**
 * `npm run changelog -- --from REV [--write]`: what changed in data/ since git revision REV (records added,
 * changed field by field, removed), as a section of data/CHANGELOG.md for the version in data/meta.json.
 * With --write the section replaces any earlier one for the same version, below "## Unreleased".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changelogSection, diffDatasets, type VersionData } from '../domain/datasetDiff.ts';
import type { Meeting, Meta, Partner } from '../domain/schema.ts';
import { readRawDataset } from './readDataset.ts';
import { commandIo, type Io } from './io.ts';

/** The data files as they were at a git revision: data/meetings.json, or one file per partner in data/meetings/. */
export function readDataAtRevision(rev: string, cwd: string): VersionData {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const show = (path: string) => JSON.parse(git('show', `${rev}:${path}`)) as unknown;
  const files = git('ls-tree', '--name-only', rev, 'data/meetings/', 'data/meetings.json')
    .split('\n')
    .filter(Boolean);
  const meetings = files.includes('data/meetings.json')
    ? (show('data/meetings.json') as Meeting[])
    : files.filter((f) => f.endsWith('.json')).flatMap((f) => show(f) as Meeting[]);
  return {
    version: (show('data/meta.json') as Meta).version,
    meetings,
    partners: show('data/partners.json') as Partner[],
  };
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd } = commandIo(io);
  const at = args.indexOf('--from');
  const rev = at >= 0 ? args[at + 1] : undefined;
  const unknown = args.filter((a, i) => a !== '--write' && a !== '--from' && i !== at + 1);
  if (!rev || unknown.length) {
    err('changelog: usage: npm run changelog -- --from <git revision> [--write]\n');
    return 2;
  }
  let older: VersionData;
  try {
    older = readDataAtRevision(rev, cwd);
  } catch (e) {
    err(`changelog: cannot read data/ at revision "${rev}": ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const raw = readRawDataset(cwd);
  const meta = raw.meta as Meta;
  const newer: VersionData = {
    version: meta.version,
    meetings: raw.meetings as Meeting[],
    partners: raw.partners as Partner[],
  };
  const section = changelogSection(diffDatasets(older, newer), meta.last_updated);
  if (!args.includes('--write')) {
    out(section);
    return 0;
  }
  const file = join(cwd, 'data/CHANGELOG.md');
  const text = readFileSync(file, 'utf8');
  const heading = `## ${meta.version} — `;
  const start = text.indexOf(heading);
  const without =
    start < 0
      ? text
      : text.slice(0, start) +
        text.slice(
          text.indexOf('\n## ', start + 1) >= 0 ? text.indexOf('\n## ', start + 1) + 1 : text.length,
        );
  const anchor = '## Unreleased\n';
  const i = without.indexOf(anchor);
  const next =
    i < 0
      ? `${without.trimEnd()}\n\n${section}`
      : `${without.slice(0, i + anchor.length)}\n${section}\n${without.slice(i + anchor.length).replace(/^\n+/, '')}`;
  writeFileSync(file, next);
  out(
    `changelog: wrote the ${meta.version} section (compared with ${older.version} at ${rev}) to data/CHANGELOG.md\n`,
  );
  return 0;
}
