/**
 * The dataset's error type, apart from the schemas: the app's error page needs it on the first paint,
 * while zod and the schemas load with the data (see src/dataset/loadDataset.ts).
 */
export interface DatasetProblem {
  file: string;
  /** Record id (or index when the record has no id); null for file-level problems. */
  record: string | null;
  /** Dotted path of the field inside the record; empty for the whole record. */
  field: string;
  reason: string;
}

export function formatProblem(p: DatasetProblem): string {
  const where = [p.file, p.record ? `record "${p.record}"` : null, p.field ? `field "${p.field}"` : null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.reason}`;
}

export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > 50 ? [`... and ${problems.length - 50} more`] : [];
    super(
      `The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'DatasetError';
    this.problems = problems;
  }
}
