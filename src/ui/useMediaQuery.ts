import { useSyncExternalStore } from 'react';

/** Whether a media query matches, following changes (false where matchMedia is missing, as in jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = typeof window !== 'undefined' ? window.matchMedia?.(query) : undefined;
      list?.addEventListener('change', notify);
      return () => list?.removeEventListener('change', notify);
    },
    () => (typeof window !== 'undefined' ? !!window.matchMedia?.(query).matches : false),
    () => false,
  );
}

/** Phones and other narrow screens: the map comes first, taller, with touch-sized targets. */
export const PHONE_QUERY = '(max-width: 600px)';
