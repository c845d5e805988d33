/** The one hook that reads and writes the URL state. Back and forward work; a reload restores the view. */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseFilters, serializeFilters, toSearchString, type Filters } from './filters';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Set only where the history cannot be written (see writeFilters). */
let overrideSearch: string | null = null;
const getSearch = () => overrideSearch ?? window.location.search;

export type FiltersUpdate = Partial<Filters> | ((current: Filters) => Partial<Filters>);

/** push: a new history entry (Back returns here); replace: same entry (slider drags, clean-ups). */
export function writeFilters(update: FiltersUpdate, mode: 'push' | 'replace' = 'push') {
  const current = parseFilters(new URLSearchParams(getSearch())).filters;
  const next = { ...current, ...(typeof update === 'function' ? update(current) : update) };
  const url = `${window.location.pathname}${toSearchString(serializeFilters(next))}${window.location.hash}`;
  if (url === `${window.location.pathname}${getSearch()}${window.location.hash}`) return;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // A frame sandboxed without allow-same-origin has an opaque origin and may not touch its history: the view
    // still follows the change, the address does not.
    overrideSearch = toSearchString(serializeFilters(next));
  }
  listeners.forEach((l) => l());
}

export function useFilters() {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const parsed = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const setFilters = useCallback(
    (update: FiltersUpdate, mode: 'push' | 'replace' = 'push') => writeFilters(update, mode),
    [],
  );
  return { filters: parsed.filters, invalid: parsed.invalid, setFilters };
}
