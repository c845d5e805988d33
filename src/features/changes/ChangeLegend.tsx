import { CHANGE_CLASSES, type ChangeClass, type ChangeCounts } from '../../domain/changes';
import { CHANGE_COLORS } from '../../domain/changeColours';
import type { Lang } from '../../url/viewState';
import { changeText, classLabel } from './changeText';
import '../../ui/legend.css';

/** The change classes with their counts; each entry filters the map and the table to its partners. */
export function ChangeLegend({
  counts,
  selected,
  onToggle,
  onClear,
  lang,
}: {
  counts: ChangeCounts;
  selected: readonly ChangeClass[];
  onToggle: (cls: ChangeClass) => void;
  onClear: () => void;
  lang: Lang;
}) {
  const c = changeText(lang);
  return (
    <div className="legend change-legend">
      <div className="legend-head">
        <h2 className="legend-title">{c('legendTitle')}</h2>
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={onClear}>
            {c('allClasses')}
          </button>
        ) : (
          <span className="legend-hint">{c('legendHint')}</span>
        )}
      </div>
      <ul className="legend-list" aria-label={c('legendTitle')}>
        {CHANGE_CLASSES.map((cls) => {
          const active = selected.length === 0 || selected.includes(cls);
          return (
            <li key={cls} className={`legend-row${active ? '' : ' is-off'}`}>
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={selected.includes(cls)}
                aria-label={`${classLabel(cls, lang)}: ${counts[cls]} ${c('partners')}`}
                onClick={() => onToggle(cls)}
              >
                <span
                  className={`swatch${cls === 'none' ? ' swatch-none' : ''}`}
                  style={{ background: CHANGE_COLORS[cls] }}
                  aria-hidden="true"
                />
                <span className="legend-name">{classLabel(cls, lang)}</span>
                <span className="legend-count">{counts[cls]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
