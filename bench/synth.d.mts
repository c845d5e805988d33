/** Types for bench/synth.mjs (the bench's synthetic datasets), for the unit test that validates them. */
export interface SynthDataset {
  tiers: unknown;
  partners: unknown[];
  meetings: unknown[];
  meta: unknown;
}
export function buildSynthDataset(
  dataDir: string,
  factor?: number,
  mode?: 'meetings' | 'partners',
): SynthDataset;
export function writeSynthDataset(
  dataDir: string,
  outDir: string,
  factor?: number,
  mode?: 'meetings' | 'partners',
): { partners: number; meetings: number };
