import { DatasetError, formatProblem } from '../domain/datasetError';
import './datasetError.css';

/** A readable list of what is wrong with the dataset: file, record, field, reason. */
export function DatasetErrorView({ error, title }: { error: Error; title: string }) {
  const problems = error instanceof DatasetError ? error.problems : null;
  return (
    <div className="error-view" role="alert">
      <h1>{title}</h1>
      {problems ? (
        <>
          <p>
            {problems.length} problem{problems.length === 1 ? '' : 's'} found in the data files. Each line
            names the file, the record, the field and the reason.
          </p>
          <ul className="error-list">
            {problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                <code>{formatProblem(p)}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <pre className="error-text">{error.message}</pre>
      )}
    </div>
  );
}
