/** The bench's synthetic datasets (bench/synth.mjs) must pass the same schema and integrity checks as data/. */
import { describe, expect, it } from 'vitest';
import { buildSynthDataset } from '../../bench/synth.mjs';
import { formatProblem, safeParseDataset } from '../../src/domain/validate';
import { readRawDataset } from '../../src/cli/readDataset';

describe('bench synthetic dataset', () => {
  const real = readRawDataset().meetings as unknown[];
  for (const mode of ['meetings', 'partners'] as const) {
    it(`mode "${mode}" is ten times larger and valid`, () => {
      const synth = JSON.parse(JSON.stringify(buildSynthDataset('data', 10, mode)));
      const result = safeParseDataset(synth);
      expect(result.ok ? [] : result.problems.slice(0, 5).map(formatProblem)).toEqual([]);
      expect(synth.meetings.length).toBeGreaterThanOrEqual(9 * real.length);
    });
  }
});
