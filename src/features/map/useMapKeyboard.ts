import { useCallback, type KeyboardEvent } from 'react';
import { nextInDirection, type Direction, type NavPoint } from '../../domain/mapGeometry';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The map's keyboard: the whole map is one tab stop (a roving tabindex over `points`); arrow keys move to the nearest
 * country in that direction, Enter or Space opens it, Escape hides the tooltip.
 */
export function useMapKeyboard({
  points,
  current,
  partnerOf,
  focusKey,
  onOpen,
  onEscape,
}: {
  points: readonly NavPoint[];
  /** The key that holds the tab stop. */
  current: string | null;
  /** The partner a key opens, if any. */
  partnerOf: (key: string) => string | null;
  /** Moves the tab stop and the focus to a key. */
  focusKey: (key: string) => void;
  onOpen: (partnerId: string) => void;
  onEscape: () => void;
}) {
  return useCallback(
    (event: KeyboardEvent<SVGSVGElement>) => {
      if (!current) return;
      const dir = ARROWS[event.key];
      if (dir) {
        event.preventDefault();
        const next = nextInDirection(points, current, dir);
        if (next) focusKey(next);
      } else if (event.key === 'Enter' || event.key === ' ') {
        const id = partnerOf(current);
        if (id) {
          event.preventDefault();
          onOpen(id);
        }
      } else if (event.key === 'Escape') onEscape();
    },
    [points, current, partnerOf, focusKey, onOpen, onEscape],
  );
}
