import { useRef, type RefObject, type TouchEvent } from 'react';

/**
 * Swipe down to close a bottom sheet: the sheet follows the finger while it is scrolled to its top, and a pull of
 * more than 80 px (or a quick flick) closes it. Returns touch handlers for the sheet.
 */
export function useSwipeDown(ref: RefObject<HTMLElement | null>, onClose: () => void) {
  const start = useRef<{ y: number; t: number } | null>(null);
  const reset = () => {
    const el = ref.current;
    if (el) el.style.transform = '';
    start.current = null;
  };
  return {
    onTouchStart: (e: TouchEvent) => {
      const el = ref.current;
      const touch = e.touches[0];
      start.current = el && touch && el.scrollTop <= 0 ? { y: touch.clientY, t: e.timeStamp } : null;
    },
    onTouchMove: (e: TouchEvent) => {
      const el = ref.current;
      const touch = e.touches[0];
      if (!el || !touch || !start.current) return;
      const dy = touch.clientY - start.current.y;
      el.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
    },
    onTouchEnd: (e: TouchEvent) => {
      const touch = e.changedTouches[0];
      if (!start.current || !touch) return reset();
      const dy = touch.clientY - start.current.y;
      const fast = dy > 40 && e.timeStamp - start.current.t < 250;
      reset();
      if (dy > 80 || fast) onClose();
    },
    onTouchCancel: reset,
  };
}
