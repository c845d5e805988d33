import { useCallback, useEffect, useRef } from 'react';

/**
 * Escape closes the open panel and focus returns to what opened it. `open` is a key for the open panel (null when
 * none); `onEscape` closes the top one. The element focused when a panel opened is remembered per panel key.
 */
export function usePanelFocus(open: string | null, onEscape: () => void) {
  const openers = useRef(new Map<string, HTMLElement>());
  const previous = useRef<string | null>(open);
  const pendingReturn = useRef<HTMLElement | null>(null);

  /** Call just before opening a panel, while the opener still has the focus. */
  const remember = useCallback((key: string) => {
    const el = document.activeElement;
    if (el instanceof HTMLElement || el instanceof SVGElement) openers.current.set(key, el as HTMLElement);
  }, []);

  useEffect(() => {
    const before = previous.current;
    previous.current = open;
    if (before && before !== open) {
      const opener = openers.current.get(before) ?? null;
      openers.current.delete(before);
      // Switching panels (a meeting back to its partner): the new one returns to the same opener.
      if (open && opener && !openers.current.has(open)) openers.current.set(open, opener);
      // Closing (not switching to another panel): give the focus back once the page has re-rendered.
      if (!open) pendingReturn.current = opener;
    }
    const el = pendingReturn.current;
    if (!open && el) {
      pendingReturn.current = null;
      // An opener that re-rendered (a list item) is found again by its data-focus-key.
      const key = el.dataset?.focusKey;
      const again = el.isConnected
        ? el
        : key
          ? document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
          : null;
      (again ?? document.getElementById('content'))?.focus({ preventScroll: true });
    }
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as Element | null;
      // Dialogs (share, methodology) and open lists close themselves first.
      if (target?.closest?.('dialog, [role="dialog"], [aria-expanded="true"]')) return;
      event.preventDefault();
      onEscape();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onEscape]);

  return remember;
}
