import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';

interface Props {
  /** The as-of year; null = latest. */
  asOf: number | null;
  minYear: number;
  maxYear: number;
  onChange: (asOf: number | null, mode: 'push' | 'replace') => void;
  lang: Lang;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** Slider with step buttons and a play button that walks from the first partnership to today. */
export function YearControl({ asOf, minYear, maxYear, onChange, lang }: Props) {
  const t = translator(lang);
  const id = useId();
  const value = asOf ?? maxYear;
  const [playing, setPlaying] = useState(false);
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);

  useEffect(() => {
    if (!playing) return;
    const step = prefersReducedMotion() ? 1600 : 650;
    const timer = window.setInterval(() => {
      const next = valueRef.current + 1;
      if (next > maxYear) {
        setPlaying(false);
        return;
      }
      onChange(next >= maxYear ? null : next, 'replace');
    }, step);
    return () => window.clearInterval(timer);
  }, [playing, maxYear, onChange]);

  const set = (y: number, mode: 'push' | 'replace') =>
    onChange(y >= maxYear ? null : Math.max(minYear, y), mode);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    if (value >= maxYear) onChange(minYear, 'push');
    setPlaying(true);
  };

  return (
    <div className="year-control">
      <label htmlFor={id} className="control-label">
        {t('year')}
      </label>
      <button
        type="button"
        className="icon-button"
        onClick={togglePlay}
        aria-pressed={playing}
        aria-label={playing ? t('pause') : t('play')}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => set(value - 1, 'push')}
        disabled={value <= minYear}
        aria-label={t('prevYear')}
      >
        ‹
      </button>
      <input
        id={id}
        type="range"
        min={minYear}
        max={maxYear}
        step={1}
        value={value}
        aria-valuetext={asOf === null ? `${value} (${t('latest')})` : String(value)}
        onChange={(e) => set(Number(e.target.value), 'replace')}
        onPointerUp={() => set(valueRef.current, 'push')}
      />
      <button
        type="button"
        className="icon-button"
        onClick={() => set(value + 1, 'push')}
        disabled={value >= maxYear}
        aria-label={t('nextYear')}
      >
        ›
      </button>
      <output htmlFor={id} className="year-value">
        {value}
        {asOf === null && <small> {t('latest')}</small>}
      </output>
    </div>
  );
}
