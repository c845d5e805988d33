/**
 * `npm run ingest -- REPORT|FOLDER|- [--year YYYY] [--write [--source-url URL] [--source-publisher NAME] [--source-title T]]`
 *
 * A report is a .txt file, a saved web page (.html/.htm from the Ministry, Xinhua or CCTV) or standard input
 * (`-`), in English or Chinese. One report prints its draft (exactly the DRAFT_FIELDS) as one JSON object on
 * stdout; a folder prints a JSON array of {file, draft} and a summary table on stderr. With --write each valid
 * record is added to the dataset after schema and integrity checks, refusing duplicates and conflicts, in one
 * atomic write (see ingestWrite.ts). A record must cite a source: --source-url, or the page's own address
 * (canonical link) or a line of the text holding its https:// URL. Exit codes: 0 done; 1 refused or invalid
 * dataset; 2 bad arguments or an unreadable/unrelated report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readReport, toDraftRecord, type DraftMeeting } from '../domain/report.ts';
import { HttpsUrlSchema } from '../domain/schema.ts';
import { DatasetError, meetingFile, parseDataset } from '../domain/validate.ts';
import { readRawDataset } from './readDataset.ts';
import { addMeetings, publisherFor, type WriteItem } from './ingestWrite.ts';
import { commandIo, type Io } from './io.ts';

const USAGE =
  'Usage: npm run ingest -- REPORT.txt|PAGE.html|FOLDER|- [--year YYYY] [--write [--source-url URL] [--source-publisher NAME] [--source-title TITLE]]';
/** Larger files are not read at all. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
const REPORT_FILE = /\.(?:txt|html?)$/i;

interface Args {
  input: string;
  year?: number;
  write: boolean;
  sourceUrl?: string;
  sourcePublisher?: string;
  sourceTitle?: string;
}

function parseArgs(args: string[]): Args | string {
  let input: string | null = null;
  const out: Omit<Args, 'input'> = { write: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => {
      const v = args[++i];
      return v === undefined || v.startsWith('--') ? null : v;
    };
    if (a === '--write') out.write = true;
    else if (a === '--year') {
      const v = value();
      if (!v || !/^\d{4}$/.test(v) || Number(v) < 1949 || Number(v) > 2100)
        return `--year must be a year such as 2022 (1949-2100), got "${v ?? ''}"`;
      out.year = Number(v);
    } else if (a === '--source-url') {
      const v = value();
      if (!v || !HttpsUrlSchema.safeParse(v).success)
        return `--source-url must be an https:// URL, got "${v ?? ''}"`;
      out.sourceUrl = v;
    } else if (a === '--source-publisher') {
      const v = value();
      if (!v?.trim()) return '--source-publisher needs a name';
      out.sourcePublisher = v.trim();
    } else if (a === '--source-title') {
      const v = value();
      if (!v?.trim()) return '--source-title needs a title';
      out.sourceTitle = v.trim();
    } else if (a.startsWith('-') && a !== '-') return `unknown option "${a}"`;
    else if (input === null) input = a;
    else return `one report or one folder at a time (got "${input}" and "${a}")`;
  }
  if (!input) return 'a report file is required (or a folder of reports, or - for standard input)';
  return { input, ...out };
}

/** A file's text, or why it cannot be read, in one line. */
function readText(path: string): { text: string } | { problem: string } {
  const size = statSync(path).size;
  if (size > MAX_REPORT_BYTES)
    return {
      problem: `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; a report is at most ${MAX_REPORT_BYTES / 1024 / 1024} MB)`,
    };
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return { problem: 'the file is binary (it contains NUL bytes)' };
  return { text: bytes.toString('utf8') };
}

interface Drafted {
  file: string;
  draft?: DraftMeeting;
  problem?: string;
  url?: string | null;
  title?: string | null;
  text?: string;
}

function defaultSourceTitle(d: Drafted): string {
  const line = (d.title ?? d.text ?? '')
    .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, '')
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  const first = (line ?? 'Wire report').split(/(?<=[.!?])\s/)[0] ?? 'Wire report';
  return first.length > 140 ? `${first.slice(0, 137)}...` : first;
}

function summaryTable(rows: Drafted[]): string {
  const cells = rows.map((r) => [
    r.file,
    r.draft?.partner_id ?? '-',
    r.draft?.date ?? '-',
    r.draft?.change ?? '-',
    r.problem ? `not read: ${r.problem}` : r.draft?.needs_review.join(', ') || 'none',
  ]);
  const head = ['file', 'partner', 'date', 'change', 'to review'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)].join('\n');
}

export async function run(args: string[], io: Io = {}): Promise<number> {
  const { out, err, cwd, stdin } = commandIo(io);

  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err(`ingest: ${parsed}. ${USAGE}\n`);
    return 2;
  }
  // The inputs: one file, every report in a folder, or standard input.
  const inputs: { file: string; read: () => Promise<{ text: string } | { problem: string }> }[] = [];
  const path = resolve(cwd, parsed.input);
  const folder = parsed.input !== '-' && existsSync(path) && statSync(path).isDirectory();
  if (parsed.input === '-') {
    inputs.push({ file: '(standard input)', read: async () => ({ text: await stdin() }) });
  } else if (!existsSync(path)) {
    err(`ingest: cannot read ${parsed.input}: no such file or directory\n`);
    return 2;
  } else if (folder) {
    const names = readdirSync(path).filter((f) => REPORT_FILE.test(f) && statSync(join(path, f)).isFile());
    if (names.length === 0) {
      err(`ingest: ${parsed.input}: the folder has no reports (.txt, .html or .htm files)\n`);
      return 2;
    }
    for (const f of names.sort()) inputs.push({ file: f, read: async () => readText(join(path, f)) });
  } else if (!statSync(path).isFile()) {
    err(
      `ingest: cannot read ${parsed.input}: it is not a regular file (a pipe, socket or device); save the report to a file\n`,
    );
    return 2;
  } else inputs.push({ file: basename(path), read: async () => readText(path) });

  let dataset;
  try {
    dataset = parseDataset(readRawDataset(cwd));
  } catch (e) {
    err(`ingest: ${e instanceof DatasetError ? e.message : (e as Error).message}\n`);
    return 1;
  }

  const drafted: Drafted[] = [];
  for (const input of inputs) {
    const got = await input.read();
    if ('problem' in got) {
      drafted.push({ file: input.file, problem: got.problem });
      continue;
    }
    const r = readReport(got.text, dataset, { year: parsed.year });
    drafted.push(
      r.ok
        ? { file: input.file, draft: r.draft, url: r.url, title: r.title, text: r.text }
        : { file: input.file, problem: r.reason },
    );
  }

  if (!folder) {
    const d = drafted[0];
    if (!d?.draft) {
      err(`ingest: ${parsed.input}: ${d?.problem ?? 'nothing to read'}\n`);
      return 2;
    }
    out(`${JSON.stringify(toDraftRecord(d.draft), null, 2)}\n`);
    const draft = d.draft;
    for (const note of draft.notes.filter((n) => draft.needs_review.some((f) => n.startsWith(`${f}:`))))
      err(`review ${note}\n`);
  } else {
    const readable = drafted.filter((d) => d.draft);
    out(
      `${JSON.stringify(
        readable.map((d) => ({ file: d.file, draft: toDraftRecord(d.draft!) })),
        null,
        2,
      )}\n`,
    );
    err(`${summaryTable(drafted)}\n`);
  }
  const unreadable = drafted.some((d) => !d.draft);
  if (!parsed.write) return unreadable ? 2 : 0;

  // --write: each readable report needs a source a reader can open.
  const items: WriteItem[] = [];
  const refused: { file: string; reason: string }[] = [];
  for (const d of drafted) {
    if (!d.draft) continue;
    const url = parsed.sourceUrl && !folder ? parsed.sourceUrl : (d.url ?? parsed.sourceUrl ?? null);
    if (!url && !folder) {
      err(
        'ingest: --write needs --source-url URL (and --source-publisher NAME), or a saved page or a line with its https:// URL: a record must cite a source\n',
      );
      return 2;
    }
    if (!url) {
      refused.push({
        file: d.file,
        reason:
          'no source: pass --source-url URL, or keep the page address (a saved page, or a line with the https:// URL)',
      });
      continue;
    }
    const zh = /[\u3400-\u9fff]/.test(d.text ?? '');
    items.push({
      file: d.file,
      draft: d.draft,
      source: {
        url,
        publisher: publisherFor(url, parsed.sourcePublisher),
        title: (!folder && parsed.sourceTitle) || defaultSourceTitle(d),
        lang: zh ? 'zh' : 'en',
      },
    });
  }
  const { plan, error } = addMeetings(cwd, items);
  if (error) {
    err(`ingest: ${error}\n`);
    return 2;
  }
  for (const r of [...refused, ...plan.refused])
    err(`ingest: not written${folder ? ` (${r.file})` : ''}: ${r.reason}\n`);
  if (plan.added.length > 0) {
    const files = [...new Set(plan.added.map((m) => meetingFile(m.partner_id)))];
    err(
      `ingest: added ${plan.added.map((m) => m.id).join(', ')} to ${files.join(', ')} (verified: false; review the diff)\n`,
    );
  }
  return refused.length + plan.refused.length > 0 ? 1 : unreadable ? 2 : 0;
}
