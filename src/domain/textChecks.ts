/**
 * Strict decoding of the data files: the one place that turns bytes into JSON values. Every reader (the tests,
 * the build, the CLI tools, the scripts) goes through `decodeDataFile`, and every parse (the app's too) checks the
 * strings with `findBadStrings`, so all of them accept or reject exactly the same bytes.
 */
import type { DatasetProblem } from './datasetError';

/** The first byte offset at which `bytes` stops being well-formed UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need > n - 1) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export type DecodeResult = { ok: true; value: unknown } | { ok: false; problem: DatasetProblem };

/**
 * Bytes of one data file to its JSON value. Rejects a byte-order mark (the files are plain UTF-8, and a BOM is
 * invisible in most editors), invalid UTF-8 (which would otherwise show as "�") and invalid JSON, naming the file
 * and where.
 */
export function decodeDataFile(file: string, bytes: Uint8Array): DecodeResult {
  const fail = (reason: string): DecodeResult => ({
    ok: false,
    problem: { file, record: null, field: '', reason },
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return fail('starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) return fail(`is not valid UTF-8 (byte ${bad}, line ${lineOf(bytes, bad)}); save it as UTF-8`);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** C0 and C1 control characters and DEL: none belongs in the data (the files carry no tabs or newlines in strings). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a string does not belong in the data, or null. */
export function badStringReason(s: string): string | null {
  const control = CONTROL.exec(s);
  if (control) return `contains the control character ${hex(control[0])} at position ${control.index}`;
  const lone = LONE_SURROGATE.exec(s);
  if (lone)
    return `contains a lone surrogate ${hex(lone[0])} at position ${lone.index} (not valid Unicode text)`;
  return null;
}

export interface BadString {
  /** Path of the value inside the checked value: ['rules', 2, 'match_en']. */
  path: (string | number)[];
  reason: string;
}

/** Every string (and object key) inside a JSON value that holds a control character or a lone surrogate. */
export function findBadStrings(value: unknown, limit = 100): BadString[] {
  const out: BadString[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (out.length >= limit) return;
    if (typeof v === 'string') {
      const reason = badStringReason(v);
      if (reason) out.push({ path, reason });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        const reason = badStringReason(k);
        if (reason) out.push({ path: [...path, k], reason: `its key ${reason}` });
        walk(x, [...path, k]);
      }
  };
  walk(value, []);
  return out;
}
