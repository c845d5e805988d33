// @vitest-environment jsdom
/* eslint-disable no-control-regex -- the tests feed control characters on purpose */
/**
 * Property-based tests (fast-check) for the three places hostile strings reach: the URL parser, the CSV writer and
 * the SVG serialiser. Each runs a few hundred generated inputs, biased towards the characters that break things.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS, TIER_IDS } from '../../../src/domain/ids';
import { composeSvg } from '../../../src/export/composeSvg';
import { dropForbiddenCharacters } from '../../../src/export/svgToString';
import { csvField, parseCsv, toCsv } from '../../../src/export/toCsv';
import { xmlSafeText } from '../../../src/export/xmlText';
import {
  DEFAULT_VIEW_STATE,
  formatIgnored,
  parseViewState,
  serializeViewState,
  summarizeIgnored,
} from '../../../src/url/viewState';

/** Strings with the characters that break parsers, spreadsheets and XML: controls, surrogates, quotes, formulas. */
const hostileChar = fc.oneof(
  fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    ',',
    '"',
    "'",
    '<',
    '>',
    '&',
    ';',
    '%',
    '#',
    '?',
    ' ',
  ),
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\u001b',
    '\u0085',
    '\u2028',
    '\ufeff',
    '\ufffe',
    '\uffff',
    '\ud800',
    '\udfff',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const hostile = fc.array(hostileChar, { maxLength: 40 }).map((a) => a.join(''));
const RUNS = { numRuns: 400 };

describe('URL parser (parseViewState)', () => {
  const PARAMS = ['year', 'tiers', 'region', 'partner', 'meeting', 'view', 'lang', 'embed', 'x'];
  const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), hostile), { maxLength: 12 });

  it('never throws, and every value it returns is one the atlas knows', () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const params = new URLSearchParams(pairs);
        const { state, invalid } = parseViewState(params, 2026);
        expect(state.asOf === null || (state.asOf >= 1990 && state.asOf <= 2026)).toBe(true);
        for (const t of state.tiers) expect(TIER_IDS).toContain(t);
        for (const r of state.regions) expect(REGIONS).toContain(r);
        expect(state.partner === null || /^[A-Z][A-Z0-9-]{1,11}$/.test(state.partner)).toBe(true);
        expect(state.meeting === null || /^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/.test(state.meeting)).toBe(true);
        for (const i of invalid) expect(PARAMS).toContain(i.param);
      }),
      RUNS,
    );
  });

  it('round-trips what it accepted: serialising and parsing again gives the same view state and no complaint', () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const { state } = parseViewState(new URLSearchParams(pairs), 2026);
        const again = parseViewState(serializeViewState(state), 2026);
        expect(again.state).toEqual({ ...DEFAULT_VIEW_STATE, ...state });
        expect(again.invalid).toEqual([]);
      }),
      RUNS,
    );
  });

  it('names each ignored parameter once, in a notice of bounded length, however long or repeated the values', () => {
    const long = fc.array(fc.tuple(fc.constantFrom(...PARAMS), fc.string({ maxLength: 5000 })), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(long, (pairs) => {
        const { invalid } = parseViewState(new URLSearchParams(pairs), 2026);
        const list = summarizeIgnored(invalid);
        expect(new Set(list.map((i) => i.param)).size).toBe(list.length);
        const notice = formatIgnored(list);
        expect(notice.length).toBeLessThan(1200);
        expect(notice).not.toMatch(/[\u0000-\u001f]/);
      }),
      RUNS,
    );
  });
});

describe('CSV writer (toCsv)', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  it('round-trips every cell, with a leading apostrophe on exactly the cells a spreadsheet would run', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { minLength: 1, maxLength: 8 }), (cells) => {
        const rows = cells.map(([a, b]) => ({ a, b }));
        const table = parseCsv(toCsv(rows, ['a', 'b'], { bom: true }));
        expect(table.length).toBe(rows.length + 1);
        rows.forEach((row, i) => {
          for (const [k, j] of [
            ['a', 0],
            ['b', 1],
          ] as const) {
            const v = row[k];
            expect(table[i + 1]![j]).toBe(FORMULA.test(v) ? `'${v}` : v);
          }
        });
        for (const row of table.slice(1)) for (const cell of row) expect(cell).not.toMatch(FORMULA);
      }),
      RUNS,
    );
  });

  it('writes numbers as numbers (a negative number is not a formula)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(csvField(n)).toBe(String(n));
      }),
      RUNS,
    );
  });
});

describe('SVG serialiser', () => {
  const XML_FORBIDDEN =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  const parses = (xml: string) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    return doc.getElementsByTagName('parsererror').length === 0;
  };

  it('the check can fail: an SVG with a forbidden character does not parse', () => {
    expect(parses('<svg xmlns="http://www.w3.org/2000/svg"><text>a\u0001b</text></svg>')).toBe(false);
    expect(parses('<svg xmlns="http://www.w3.org/2000/svg"><text>ab</text></svg>')).toBe(true);
  });

  it('composes a well-formed SVG whatever the title, subtitle, legend and source lines hold', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (title, subtitle, label, source) => {
        const { svg } = composeSvg({
          width: 480,
          chartMarkup:
            '<svg width="100" height="50" viewBox="0 0 100 50"><rect width="10" height="10"/></svg>',
          chartWidth: 100,
          chartHeight: 50,
          title,
          subtitle,
          legend: [{ label, color: '#225ea8' }],
          source: [source],
        });
        expect(svg).not.toMatch(XML_FORBIDDEN);
        expect(parses(svg)).toBe(true);
      }),
      RUNS,
    );
  });

  it('drops the characters XML forbids from a chart’s text and attributes before serialising', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, attr) => {
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        t.textContent = text;
        t.setAttribute('aria-label', attr);
        svg.appendChild(t);
        dropForbiddenCharacters(svg);
        expect(t.textContent).toBe(xmlSafeText(text));
        expect(t.getAttribute('aria-label')).toBe(xmlSafeText(attr));
        expect(parses(new XMLSerializer().serializeToString(svg))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
