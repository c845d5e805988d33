import { useDataset } from '../dataset/queries';
import { useFilters } from '../url/useFilters';
import { translator } from '../ui/i18n';
import { Atlas } from './Atlas';
import { DatasetErrorView } from './DatasetErrorView';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const { filters } = useFilters();
  const t = translator(filters.lang);
  const dataset = useDataset();

  if (dataset.isPending)
    return (
      <div className="loading-view" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </div>
    );
  if (dataset.isError) return <DatasetErrorView error={dataset.error} title={t('datasetError')} />;
  return (
    <ErrorBoundary fallback={(error) => <DatasetErrorView error={error} title="Something went wrong" />}>
      <Atlas dataset={dataset.data} />
    </ErrorBoundary>
  );
}
