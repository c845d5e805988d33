import { useId } from 'react';
import type { Region } from '../../domain/schema';
import { REGIONS } from '../../domain/ids';
import type { Lang } from '../../url/viewState';
import { translator } from '../../ui/i18n';
import { regionName } from '../../ui/format';

export function RegionSelect({
  value,
  onChange,
  lang,
}: {
  value: readonly Region[];
  onChange: (r: Region[]) => void;
  lang: Lang;
}) {
  const t = translator(lang);
  const id = useId();
  return (
    <div className="region-select">
      <label htmlFor={id} className="control-label">
        {t('region')}
      </label>
      <select
        id={id}
        value={value.length === 1 ? value[0] : ''}
        onChange={(e) => onChange(e.target.value ? [e.target.value as Region] : [])}
      >
        <option value="">
          {value.length > 1 ? value.map((r) => regionName(r, lang)).join(', ') : t('allRegions')}
        </option>
        {REGIONS.map((r) => (
          <option key={r} value={r}>
            {regionName(r, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
