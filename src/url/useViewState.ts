/**
 * The one hook that reads and writes the view state in the address. Back and forward work; a reload restores the
 * view. Only the roots call it (app/App.tsx, embed/EmbedApp.tsx); everything below receives the state as props.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  parseViewState,
  serializeViewState,
  toSearchString,
  type ParsedViewState,
  keepSameLists,
  type ViewState,
} from './viewState';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Set only where the history cannot be written (see writeViewState). */
let overrideSearch: string | null = null;
const getSearch = () => overrideSearch ?? window.location.search;

export type ViewStateUpdate = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);

/** push: a new history entry (Back returns here); replace: same entry (slider drags, clean-ups). */
export function writeViewState(update: ViewStateUpdate, mode: 'push' | 'replace' = 'push') {
  const current = parseViewState(new URLSearchParams(getSearch())).state;
  const next = { ...current, ...(typeof update === 'function' ? update(current) : update) };
  const url = `${window.location.pathname}${toSearchString(serializeViewState(next))}${window.location.hash}`;
  if (url === `${window.location.pathname}${getSearch()}${window.location.hash}`) return;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // A frame sandboxed without allow-same-origin has an opaque origin and may not touch its history: the view
    // still follows the change, the address does not.
    overrideSearch = toSearchString(serializeViewState(next));
  }
  listeners.forEach((l) => l());
}

/**
 * The address parsed, cached by its text: a new address keeps the previous `tiers` and `regions` arrays when their
 * content is the same, so that what depends on them alone (the map's items, the legend, the filter bar) skips the
 * render. Idempotent: the same text always gives the same object.
 */
let cache: { search: string; parsed: ParsedViewState } | null = null;
function parseCached(search: string): ParsedViewState {
  if (cache?.search === search) return cache.parsed;
  const p = parseViewState(new URLSearchParams(search));
  const parsed = { ...p, state: keepSameLists(cache?.parsed.state ?? null, p.state) };
  cache = { search, parsed };
  return parsed;
}

export function useViewState() {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const parsed = useMemo(() => parseCached(search), [search]);
  const setState = useCallback(
    (update: ViewStateUpdate, mode: 'push' | 'replace' = 'push') => writeViewState(update, mode),
    [],
  );
  return { state: parsed.state, invalid: parsed.invalid, setState };
}

/** The view state at start, for main.tsx's choices before the first render (which root, which font, what to fetch). */
export function readViewState(): ParsedViewState {
  return parseViewState(new URLSearchParams(getSearch()));
}
