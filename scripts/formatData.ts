/** Rewrites data/*.json in the canonical format (formatDataFile), so hand edits keep diffs reviewable. */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDataFile } from '../src/domain/dataFormat.ts';

for (const file of ['tiers', 'partners', 'meetings', 'meta']) {
  const path = `data/${file}.json`;
  const text = readFileSync(path, 'utf8');
  const formatted = formatDataFile(JSON.parse(text));
  if (formatted !== text) {
    writeFileSync(path, formatted);
    console.log(`formatted ${path}`);
  }
}
