import { useDeferredValue } from 'react';
import { useDataset } from '../dataset/queries';
import { useViewState } from '../url/useViewState';
import { translator } from '../ui/i18n';
import { SiteHeader } from '../ui/SiteHeader';
import { Atlas } from './Atlas';
import { DatasetErrorView } from '../ui/DatasetErrorView';
import { ErrorBoundary } from './ErrorBoundary';
import './loading.css';

export function App() {
  // The one reading of the address in the app: everything below gets the view state as props.
  const view = useViewState();
  const t = translator(view.state.lang);
  const dataset = useDataset();
  // The atlas's first render is large: as a deferred update React builds it in slices, so the page stays responsive.
  const data = useDeferredValue(dataset.data);

  if (dataset.isError) return <DatasetErrorView error={dataset.error} title={t('datasetError')} />;
  if (!data)
    // The same title block as index.html's static shell and the atlas's header: it stays in place while loading.
    return (
      <div className="app">
        <SiteHeader lang={view.state.lang} />
        <div className="loading-view" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {t('loading')}
        </div>
      </div>
    );
  return (
    <ErrorBoundary fallback={(error) => <DatasetErrorView error={error} title="Something went wrong" />}>
      <Atlas dataset={data} view={view} />
    </ErrorBoundary>
  );
}
