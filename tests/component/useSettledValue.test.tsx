import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from '../../src/ui/useSettledValue';

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts with the value and follows a change only after the delay', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, false, 100), {
      initialProps: { v: 1 },
    });
    expect(result.current).toBe(1);
    rerender({ v: 2 });
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(99));
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(2);
  });

  it('renders a burst of changes once, with the last value', () => {
    let renders = 0;
    const { result, rerender } = renderHook(
      ({ v }) => {
        const settled = useSettledValue(v, false, 100);
        renders++;
        return settled;
      },
      { initialProps: { v: 'a' } },
    );
    for (const v of ['b', 'c', 'd']) {
      rerender({ v });
      act(() => vi.advanceTimersByTime(50));
    }
    expect(result.current).toBe('a');
    const before = renders;
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('d');
    expect(renders).toBe(before + 1);
  });

  it('keeps its value while paused and catches up once unpaused', () => {
    const { result, rerender } = renderHook(({ v, paused }) => useSettledValue(v, paused, 100), {
      initialProps: { v: 1, paused: true },
    });
    rerender({ v: 2, paused: true });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(1);
    rerender({ v: 2, paused: false });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(2);
  });

  it('drops a change that is undone before the delay', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, false, 100), {
      initialProps: { v: 1 },
    });
    rerender({ v: 2 });
    act(() => vi.advanceTimersByTime(50));
    rerender({ v: 1 });
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(1);
  });
});
