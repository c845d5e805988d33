import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  badStringReason,
  decodeDataFile,
  findBadStrings,
  invalidUtf8Offset,
} from '../../../src/domain/textChecks';
import { MAX_RULE_PATTERN_LENGTH, rulePatternProblem } from '../../../src/domain/safeRegex';
import { readRawDataset } from '../../../src/cli/readDataset';
import type { TiersFile } from '../../../src/domain/schema';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('strict decoding', () => {
  it('finds the first byte that is not UTF-8, as a fatal TextDecoder would refuse it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        let fatal = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(b);
        } catch {
          fatal = false;
        }
        expect(invalidUtf8Offset(b) === -1).toBe(fatal);
      }),
      { numRuns: 2000 },
    );
    expect(invalidUtf8Offset(new TextEncoder().encode('白俄罗斯 ok'))).toBe(-1);
    expect(invalidUtf8Offset(bytes(0x61, 0xc3))).toBe(1); // cut off
    expect(invalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0); // an encoded surrogate
    expect(invalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0); // overlong
  });

  it('names a BOM, bad bytes with their line, and bad JSON', () => {
    expect(decodeDataFile('f.json', bytes(0xef, 0xbb, 0xbf, 0x5b, 0x5d))).toMatchObject({
      ok: false,
      problem: {
        file: 'f.json',
        reason: 'starts with a byte-order mark (BOM); save it as UTF-8 without BOM',
      },
    });
    expect(
      decodeDataFile('f.json', new Uint8Array([...new TextEncoder().encode('[\n"a'), 0xff, 0x22, 0x5d])),
    ).toMatchObject({
      ok: false,
      problem: { reason: 'is not valid UTF-8 (byte 4, line 2); save it as UTF-8' },
    });
    const broken = decodeDataFile('f.json', new TextEncoder().encode('[1,'));
    expect(broken.ok ? '' : broken.problem.reason).toMatch(/^is not valid JSON \(/);
    expect(decodeDataFile('f.json', new TextEncoder().encode('{"a":"白"}'))).toEqual({
      ok: true,
      value: { a: '白' },
    });
  });

  it('refuses control characters and lone surrogates, and keeps paired surrogates (emoji) and CJK', () => {
    expect(badStringReason('ok 白俄罗斯 😀')).toBeNull();
    expect(badStringReason('a\nb')).toBe('contains the control character U+000A at position 1');
    expect(badStringReason('x\u009f')).toBe('contains the control character U+009F at position 1');
    expect(badStringReason('ab\ud83d')).toBe(
      'contains a lone surrogate U+D83D at position 2 (not valid Unicode text)',
    );
    expect(findBadStrings({ a: [{ b: 'ok' }, { c: 'x\u0000' }], 'k\u0001': 1 })).toEqual([
      { path: ['a', 1, 'c'], reason: 'contains the control character U+0000 at position 1' },
      { path: ['k\u0001'], reason: 'its key contains the control character U+0001 at position 1' },
    ]);
  });
});

describe('rule patterns', () => {
  it('accept every rule in data/tiers.json', () => {
    const tiers = readRawDataset().tiers as TiersFile;
    for (const r of tiers.rules) {
      expect(rulePatternProblem(r.match_en), r.id).toBeNull();
      if (r.match_zh) expect(rulePatternProblem(r.match_zh), r.id).toBeNull();
    }
  });

  it('refuse what does not compile, what can take exponential time, and overlong patterns', () => {
    expect(rulePatternProblem('(a')).toMatch(/^is not a valid regular expression \(/);
    for (const p of ['^(a+)+$', '(a*)*', '(a|a)*', '(\\w+\\s?)+$', '((ab)?c)+', '(x+){2,}'])
      expect(rulePatternProblem(p), p).toMatch(/can take exponential time/);
    expect(rulePatternProblem('(a)\\1')).toMatch(/backreference/);
    expect(rulePatternProblem('a'.repeat(MAX_RULE_PATTERN_LENGTH + 1))).toMatch(/at most/);
    for (const p of ['(cooperative )?partnership', '[^;]*partnership', '(a|b) c', '\\(x+\\)+', '[(]a+[)]+'])
      expect(rulePatternProblem(p), p).toBeNull();
  });

  it('what they accept runs in bounded time on a long hostile input', () => {
    const input = `${'a'.repeat(5000)}!`;
    fc.assert(
      fc.property(fc.stringMatching(/^[a()+*?|]{1,12}$/), (p) => {
        if (rulePatternProblem(p) !== null) return;
        const start = performance.now();
        new RegExp(p, 'i').test(input);
        expect(performance.now() - start).toBeLessThan(200);
      }),
      { numRuns: 300 },
    );
  });
});
