import { memo } from 'react';
import type { Partner, Region } from '../../domain/schema';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { YearControl } from './YearControl';
import { RegionSelect } from './RegionSelect';
import { SearchBox } from './SearchBox';
import './filters.css';

export const FilterBar = memo(function FilterBar(props: {
  lang: Lang;
  /** The as-of year; null = latest. */
  asOf: number | null;
  minYear: number;
  maxYear: number;
  onYear: (y: number | null, mode: 'push' | 'replace') => void;
  regions: readonly Region[];
  onRegions: (r: Region[]) => void;
  partners: readonly Partner[];
  onPick: (id: string) => void;
  onPickArea?: (key: string) => void;
}) {
  return (
    // A landmark for the controls: role "search" covers filtering too.
    <div className="filter-bar" role="search" aria-label={translator(props.lang)('filtersLabel')}>
      <YearControl
        asOf={props.asOf}
        minYear={props.minYear}
        maxYear={props.maxYear}
        onChange={props.onYear}
        lang={props.lang}
      />
      <RegionSelect value={props.regions} onChange={props.onRegions} lang={props.lang} />
      <SearchBox
        partners={props.partners}
        onPick={props.onPick}
        onPickArea={props.onPickArea}
        lang={props.lang}
      />
    </div>
  );
});
