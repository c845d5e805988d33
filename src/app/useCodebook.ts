import { useCallback, useEffect, useState } from 'react';

const HASH = '#codebook';

/**
 * The codebook dialog opens for the address `#codebook` (the chart menu's "Codebook and the full dataset" and the
 * Methodology link go there, so the codebook can be linked to); closing it drops the hash, keeping the view state.
 */
export function useCodebook() {
  const [open, setOpen] = useState(() => typeof location !== 'undefined' && location.hash === HASH);
  useEffect(() => {
    const onHash = () => setOpen(location.hash === HASH);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const show = useCallback(() => {
    location.assign('#codebook');
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    if (location.hash === HASH)
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }, []);
  return { open, show, close };
}
