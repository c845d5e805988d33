import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@fontsource-variable/inter';
import '@fontsource/noto-sans-sc/400.css';
import './app/app.css';
import { App } from './app/App';

const EmbedApp = lazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false } },
});

const isEmbed = new URLSearchParams(window.location.search).has('embed');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {isEmbed ? (
        <Suspense fallback={null}>
          <EmbedApp />
        </Suspense>
      ) : (
        <App />
      )}
    </QueryClientProvider>
  </StrictMode>,
);
