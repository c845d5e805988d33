import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/export/toCsv';

describe('toCsv', () => {
  it('writes a header row and CRLF lines', () => {
    expect(toCsv([{ a: 1, b: 'x' }], ['a', 'b'])).toBe('a,b\r\n1,x\r\n');
  });
  it('quotes commas, quotes, newlines and edge spaces; empties for null', () => {
    const csv = toCsv(
      [{ a: 'Hangzhou, China', b: 'say "hi"', c: 'two\nlines', d: null, e: ' pad' }],
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(csv).toBe('a,b,c,d,e\r\n"Hangzhou, China","say ""hi""","two\nlines",," pad"\r\n');
  });
  it('adds a BOM on request and parses back to the same cells, Chinese included', () => {
    const rows = [{ name: '白俄罗斯', wording: '全天候全面战略伙伴关系', note: 'a, "b"\r\nc' }];
    const csv = toCsv(rows, ['name', 'wording', 'note'], { bom: true });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['name', 'wording', 'note'],
      ['白俄罗斯', '全天候全面战略伙伴关系', 'a, "b"\r\nc'],
    ]);
  });
});
