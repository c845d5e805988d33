import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './app/base.css';
import './ui/common.css';
import './app/print.css';
import { App } from './app/App';
import { loadCjkFont } from './ui/cjkFont';
import { topologyQueryOptions } from './dataset/topology';
import { FramedNotice, isFramedByOtherOrigin } from './app/FramedNotice';
import { readViewState } from './url/useViewState';

const EmbedApp = lazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false } },
});

const start = readViewState();
// Any embed= (even one it cannot read, which falls back to the map) asks for an embed.
const isEmbed = start.state.embed !== null || start.invalid.some((i) => i.param === 'embed');
// The full app in another site's frame shows a link instead (clickjacking); embeds are made for frames.
const framed = !isEmbed && isFramedByOtherOrigin();
if (start.state.lang === 'zh') void loadCjkFont();
// The map shapes do not depend on the data: when the first view is the map, fetch them alongside it, not after it.
if (isEmbed ? start.state.embed === 'map' : start.state.view === 'map')
  void queryClient.prefetchQuery(topologyQueryOptions());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {isEmbed ? (
        <Suspense fallback={null}>
          <EmbedApp />
        </Suspense>
      ) : framed ? (
        <FramedNotice lang={start.state.lang} />
      ) : (
        <App />
      )}
    </QueryClientProvider>
  </StrictMode>,
);
