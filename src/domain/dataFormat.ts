/** The one canonical text form of a data/*.json file, so that diffs stay reviewable. */
export function formatDataFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
