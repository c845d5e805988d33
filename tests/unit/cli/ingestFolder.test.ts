/** `ingest` on a folder, a saved page and standard input; unreadable input; `--write` on a folder. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as ingest } from '../../../src/cli/ingest';
import { formatDataFile } from '../../../src/domain/dataFormat';
import type { Meeting } from '../../../src/domain/schema';

const ROOT = join(import.meta.dirname, '../../..');
const ZH = join(ROOT, 'tests/fixtures/ingest/zh');
let dir: string;

async function call(args: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await ingest(args, {
    cwd: dir,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: stdin === undefined ? undefined : async () => stdin,
  });
  return { code, stdout, stderr };
}
/** A partner's meetings file in the temp dataset (data/meetings/<PARTNER_ID>.json). */
const meetingsPath = (partner: string) => join(dir, 'data', 'meetings', `${partner}.json`);
const readMeetings = (partner: string) =>
  JSON.parse(readFileSync(meetingsPath(partner), 'utf8')) as Meeting[];
const drop = (...ids: string[]) => {
  for (const id of ids) {
    const partner = (id.split('-')[0] ?? '').toUpperCase();
    writeFileSync(meetingsPath(partner), formatDataFile(readMeetings(partner).filter((m) => m.id !== id)));
  }
};
const withUrl = (name: string, url: string) => `${url}\n${readFileSync(join(ZH, name), 'utf8')}`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-ingest-folder-'));
  for (const f of ['tiers.json', 'partners.json', 'meta.json', 'meetings'])
    cpSync(join(ROOT, 'data', f), join(dir, 'data', f), { recursive: true });
  mkdirSync(join(dir, 'in'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest on a folder', () => {
  it('gives one draft per report and a summary table with what to review', async () => {
    cpSync(join(ZH, 'palestine-2023-zhongba-establish.txt'), join(dir, 'in', 'a.txt'));
    cpSync(join(ZH, 'tajikistan-2024-cctv-page.html'), join(dir, 'in', 'b.html'));
    writeFileSync(join(dir, 'in', 'notes.md'), 'not a report');
    const { code, stdout, stderr } = await call(['in']);
    expect(code).toBe(0);
    const drafts = JSON.parse(stdout) as { file: string; draft: { partner_id: string; date: string } }[];
    expect(drafts.map((d) => [d.file, d.draft.partner_id, d.draft.date])).toEqual([
      ['a.txt', 'PSE', '2023-06-14'],
      ['b.html', 'TJK', '2024-07-05'],
    ]);
    const table = stderr.trimEnd().split('\n');
    expect(table[0]).toMatch(/^file\s+partner\s+date\s+change\s+to review$/);
    expect(table[1]).toMatch(/^a\.txt\s+PSE\s+2023-06-14\s+established\s+/);
    expect(table[2]).toMatch(/^b\.html\s+TJK\s+2024-07-05\s+upgraded\s+/);
  });

  it('lists an unreadable report in the table and exits 2', async () => {
    cpSync(join(ZH, 'palestine-2023-zhongba-establish.txt'), join(dir, 'in', 'a.txt'));
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    const { code, stdout, stderr } = await call(['in']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toHaveLength(1);
    expect(stderr).toMatch(/^empty\.txt\s+-\s+-\s+-\s+not read: the file is empty$/m);
  });

  it('--write adds each valid record in one write, refusing a duplicate in the batch', async () => {
    drop('pse-2023-06-14', 'gab-2023-04-19');
    const before = readMeetings('GAB').length;
    const url = 'https://tv.cctv.com/2023/06/14/VIDEvIkIgkOhWoh0NHSsZAGE230614.shtml';
    writeFileSync(join(dir, 'in', 'a.txt'), withUrl('palestine-2023-zhongba-establish.txt', url));
    writeFileSync(join(dir, 'in', 'a-copy.txt'), withUrl('palestine-2023-zhongba-establish.txt', url));
    writeFileSync(
      join(dir, 'in', 'gabon.txt'),
      withUrl(
        'gabon-2023-stated-before-ceremony-after.txt',
        'https://tv.cctv.com/2023/04/19/VIDEdNyid64pM3MkqgZHJZrW230419.shtml',
      ),
    );
    const { code, stderr } = await call(['in', '--write']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not written \(a\.txt\): another report in this batch already has pse-2023-06-14/);
    expect(stderr).toMatch(
      /added pse-2023-06-14, gab-2023-04-19 to data\/meetings\/PSE\.json, data\/meetings\/GAB\.json/,
    );
    expect(readMeetings('GAB')).toHaveLength(before + 1);
    const pse = readMeetings('PSE').find((m) => m.id === 'pse-2023-06-14');
    expect(pse).toMatchObject({
      wording_zh: '战略伙伴关系',
      partner_principal: { name: 'Mahmoud Abbas' },
      sources: [{ url, publisher: 'CCTV', lang: 'zh' }],
      verified: false,
    });
    expect(readFileSync(meetingsPath('PSE'), 'utf8')).toBe(formatDataFile(readMeetings('PSE')));
  });

  it('--write on a folder refuses a report without a source and writes nothing else', async () => {
    drop('pse-2023-06-14');
    const before = readFileSync(meetingsPath('PSE'), 'utf8');
    cpSync(join(ZH, 'palestine-2023-zhongba-establish.txt'), join(dir, 'in', 'a.txt'));
    const { code, stderr } = await call(['in', '--write']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not written \(a\.txt\): no source/);
    expect(readFileSync(meetingsPath('PSE'), 'utf8')).toBe(before);
  });
});

describe('ingest on a saved page and on standard input', () => {
  it('reads the article of a saved Xinhua page, not its navigation or sidebar', async () => {
    const { code, stdout } = await call([join(ZH, 'maldives-2024-xinhua-page.html')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      partner_id: 'MDV',
      date: '2024-01-10',
      city: 'Beijing',
      wording_zh: '全面战略合作伙伴关系',
      change: 'upgraded',
    });
  });

  it('reads a report from standard input with -', async () => {
    const text = readFileSync(join(ZH, 'singapore-2023-zhongxin-renamed.txt'), 'utf8');
    const { code, stdout } = await call(['-'], text);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ partner_id: 'SGP', change: 'renamed' });
  });
});

describe('unreadable input exits 2 with one line', () => {
  const oneLine = (s: string) => expect(s.trimEnd().split('\n')).toHaveLength(1);
  it.each([
    ['an empty file', () => writeFileSync(join(dir, 'x.txt'), ''), 'x.txt', /the file is empty/],
    [
      'a binary file',
      () => writeFileSync(join(dir, 'x.txt'), Buffer.from([0x89, 0, 1, 2])),
      'x.txt',
      /binary/,
    ],
    [
      'a 20 MB file',
      () => writeFileSync(join(dir, 'x.txt'), 'a'.repeat(20 * 1024 * 1024)),
      'x.txt',
      /too large \(20\.0 MB/,
    ],
    [
      'a folder without reports',
      () => writeFileSync(join(dir, 'in', 'x.md'), 'x'),
      'in',
      /the folder has no reports/,
    ],
    [
      'a page without an article',
      () => writeFileSync(join(dir, 'x.html'), '<html><body><nav>menu</nav></body></html>'),
      'x.html',
      /no article text/,
    ],
    ['empty standard input', () => undefined, '-', /the file is empty/],
  ])('%s', async (_name, make, arg, reason) => {
    make();
    const { code, stdout, stderr } = await call([arg], arg === '-' ? '' : undefined);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    oneLine(stderr);
  });
});
