import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { LadderCount } from '../domain/ladder';
import type { Tier, TierId } from '../domain/schema';
import type { Lang } from '../url/viewState';
import { TierExplainer } from '../ui/TierTerm';
import { tierColor } from '../domain/tiers';
import '../ui/tierTerm.css';

interface Props {
  counts: readonly LadderCount[];
  names: ReadonlyMap<TierId, string>;
  /** Short rung names, used below 520 px so the axis labels keep to two lines. */
  shortNames?: ReadonlyMap<TierId, string>;
  selected: readonly TierId[];
  onToggle: (tier: TierId) => void;
  width: number;
  height?: number;
  title: string;
  /** With tiers and a language, hovering or tapping a rung explains it (rank, Chinese term, what it signals). */
  explain?: { tiers: ReadonlyMap<TierId, Tier>; lang: Lang };
}

/** The ladder: rungs bottom (lowest) to top (highest), bar length = partners on the rung. Click a rung to filter. */
export function TierLadderChart({
  counts,
  names,
  shortNames,
  selected,
  onToggle,
  width,
  height = 280,
  title,
  explain,
}: Props) {
  const labels = shortNames && width < 520 ? shortNames : names;
  const data = [...counts]
    .reverse()
    .map((c) => ({ ...c, label: `${c.rank}. ${labels.get(c.tier) ?? c.tier}` }));
  const labelWidth = Math.min(240, Math.max(120, width * 0.45));
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: 36, bottom: 4, left: 4 }}
      title={title}
      accessibilityLayer
    >
      <XAxis type="number" hide allowDecimals={false} />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        tickLine={false}
        axisLine={false}
        tick={{ fontSize: 12, fill: '#33302a' }}
        interval={0}
      />
      {explain && (
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'rgba(31, 29, 26, 0.06)' }}
          content={({ active, payload }) => {
            const tier = active
              ? explain.tiers.get((payload?.[0]?.payload as { tier?: TierId } | undefined)?.tier as TierId)
              : undefined;
            return tier ? (
              <div className="tier-pop is-open chart-pop">
                <TierExplainer tier={tier} lang={explain.lang} />
              </div>
            ) : null;
          }}
        />
      )}
      <Bar
        dataKey="count"
        isAnimationActive={false}
        radius={[0, 3, 3, 0]}
        cursor="pointer"
        onClick={(entry) => {
          const tier = (entry as unknown as { payload?: { tier?: TierId } }).payload?.tier;
          if (tier) onToggle(tier);
        }}
      >
        {data.map((d) => (
          <Cell
            key={d.tier}
            fill={tierColor(d.tier)}
            stroke="#2b2925"
            strokeOpacity={0.25}
            opacity={selected.length === 0 || selected.includes(d.tier) ? 1 : 0.3}
            data-tier={d.tier}
            data-count={d.count}
          />
        ))}
        <LabelList
          dataKey="count"
          position="right"
          style={{ fontSize: 12, fill: '#33302a', fontVariantNumeric: 'tabular-nums' }}
        />
      </Bar>
    </BarChart>
  );
}
