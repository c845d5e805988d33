import { useMemo } from 'react';
import type { AtlasIndex } from '../../domain/atlas';
import type { PartnerRow } from '../../domain/filters';
import { buildLadderSeries, type LadderCount } from '../../domain/ladder';
import type { TierId } from '../../domain/schema';
import type { Lang } from '../../url/filters';
import { translator } from '../../ui/i18n';
import { useElementWidth } from '../../charts/useElementWidth';
import { TierLadderChart } from './TierLadderChart';
import { LadderOverTime } from './LadderOverTime';

export function LadderView({ index, regionRows, counts, tierNames, selected, onToggle, year, maxYear, lang }: {
  index: AtlasIndex;
  regionRows: readonly PartnerRow[];
  counts: readonly LadderCount[];
  tierNames: ReadonlyMap<TierId, string>;
  selected: readonly TierId[];
  onToggle: (t: TierId) => void;
  year: number;
  maxYear: number;
  lang: Lang;
}) {
  const t = translator(lang);
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const series = useMemo(
    () => buildLadderSeries(regionRows.map((r) => index.byPartner.get(r.partner.id) ?? []), index.firstYear, maxYear),
    [regionRows, index, maxYear],
  );
  return (
    <div className="ladder-view" ref={ref}>
      <figure className="chart-figure">
        <figcaption className="chart-title">
          {t('ladderNow')} · {t('asOf')} {year}
        </figcaption>
        <TierLadderChart counts={counts} names={tierNames} selected={selected} onToggle={onToggle} width={width} height={300} title={t('ladderNow')} />
      </figure>
      <figure className="chart-figure">
        <figcaption className="chart-title">
          {t('ladderOverTime')} <span className="muted">· {t('ladderOverTimeHint')}</span>
        </figcaption>
        <LadderOverTime rows={series} names={tierNames} selected={selected} year={year} width={width} height={320} />
      </figure>
    </div>
  );
}
