import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, once it has stayed the same for `delayMs`: the view that uses it renders after the interaction that
 * changed it has painted, in a separate task (and as a transition, so it yields to input). A burst of changes (a
 * slider dragged, arrow keys held) renders it once, at the end. For secondary views beside the map; unlike
 * useDeferredValue, whose background render runs right after the urgent one, before the browser paints.
 * While `paused` (the view is hidden) it keeps the last value, and catches up once unpaused.
 */
export function useSettledValue<T>(value: T, paused = false, delayMs = 120): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (paused || Object.is(settled, value)) return;
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, paused, delayMs]);
  return settled;
}
