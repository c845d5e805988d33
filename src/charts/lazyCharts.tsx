/**
 * The recharts charts, loaded on demand: recharts is the largest library in the atlas and the first view (the map)
 * does not need it to paint. Each wrapper keeps the chart's props, holds its size while the chunk arrives (nothing
 * shifts), and asks for the chunk only once its place is near the viewport, so a chart below the fold on a phone
 * costs nothing until the reader scrolls to it. Once loaded, a chart renders synchronously.
 */
import {
  lazy,
  memo,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
} from 'react';

const TierLadderChartLazy = lazy(() =>
  import('./TierLadderChart').then((m) => ({ default: m.TierLadderChart })),
);
const LadderOverTimeLazy = lazy(() =>
  import('./LadderOverTime').then((m) => ({ default: m.LadderOverTime })),
);
const PartnerClimbChartLazy = lazy(() =>
  import('./PartnerClimbChart').then((m) => ({ default: m.PartnerClimbChart })),
);

function Placeholder({ width, height }: { width: number; height: number }) {
  return <div className="chart-placeholder" style={{ width, height }} aria-hidden="true" />;
}

/** True once the placeholder comes within a screen of the viewport (at once where IntersectionObserver is missing). */
function useNearViewport() {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setNear(true),
      {
        rootMargin: '100% 0px',
      },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

function deferred<P extends { width: number; height?: number }>(
  Chart: ComponentType<P>,
  defaultHeight: number,
) {
  // Memoised: a chart whose props did not change (e.g. one fed deferred values) skips the render entirely.
  return memo(function DeferredChart(props: P) {
    const [ref, near] = useNearViewport();
    const placeholder = <Placeholder width={props.width} height={props.height ?? defaultHeight} />;
    if (!near) return <div ref={ref}>{placeholder}</div>;
    return (
      <Suspense fallback={placeholder}>
        <Chart {...props} />
      </Suspense>
    );
  });
}

export const TierLadderChart = deferred<ComponentProps<typeof TierLadderChartLazy>>(TierLadderChartLazy, 280);
export const LadderOverTime = deferred<ComponentProps<typeof LadderOverTimeLazy>>(LadderOverTimeLazy, 300);
export const PartnerClimbChart = deferred<ComponentProps<typeof PartnerClimbChartLazy>>(
  PartnerClimbChartLazy,
  180,
);
