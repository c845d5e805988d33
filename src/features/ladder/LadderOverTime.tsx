import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { LadderYearRow } from '../../domain/ladder';
import type { TierId } from '../../domain/schema';
import { TIER_IDS } from '../../domain/ids';
import { tierColor } from '../../domain/tiers';
import { Swatch } from '../../ui/Swatch';
import './ladder.css';

/** The year under the pointer: the rungs in ladder order (highest first), each with its colour, and the total. */
export function LadderYearTooltip({
  row,
  shown,
  names,
  totalLabel,
}: {
  row: LadderYearRow;
  shown: readonly TierId[];
  names: ReadonlyMap<TierId, string>;
  totalLabel: string;
}) {
  const tiers = [...shown].reverse();
  const total = shown.reduce((sum, t) => sum + row[t], 0);
  return (
    <div className="chart-pop ladder-pop">
      <p className="ladder-pop-year">{row.year}</p>
      <table>
        <tbody>
          {tiers.map((t) => (
            <tr key={t}>
              <th scope="row">
                <Swatch color={tierColor(t)} />
                {names.get(t) ?? t}
              </th>
              <td>{row[t]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            <td>{total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface Props {
  rows: readonly LadderYearRow[];
  names: ReadonlyMap<TierId, string>;
  /** "Total" in the reader's language. */
  totalLabel: string;
  selected: readonly TierId[];
  year: number;
  width: number;
  height?: number;
}

/** Counts per rung by year, stacked lowest rung at the bottom: the growth of the network at a glance. */
export function LadderOverTime({ rows, names, totalLabel, selected, year, width, height = 300 }: Props) {
  const shown = TIER_IDS.filter((t) => selected.length === 0 || selected.includes(t));
  return (
    <AreaChart
      width={width}
      height={height}
      data={rows as LadderYearRow[]}
      margin={{ top: 8, right: 16, bottom: 4, left: -8 }}
    >
      <CartesianGrid stroke="#e6e2d9" vertical={false} />
      {/* The first year starts clear of the count axis: its label never runs into the "0". */}
      <XAxis
        dataKey="year"
        tick={{ fontSize: 12, fill: '#55514a' }}
        tickLine={false}
        minTickGap={16}
        padding={{ left: 20 }}
      />
      <YAxis
        allowDecimals={false}
        tick={{ fontSize: 12, fill: '#55514a' }}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ stroke: '#2b2925', strokeOpacity: 0.35 }}
        content={({ active, label }) => {
          const row = active ? rows.find((r) => r.year === Number(label)) : undefined;
          return row ? (
            <LadderYearTooltip row={row} shown={shown} names={names} totalLabel={totalLabel} />
          ) : null;
        }}
      />
      <ReferenceLine x={year} stroke="#2b2925" strokeDasharray="3 3" />
      {shown.map((tier) => (
        <Area
          key={tier}
          type="stepAfter"
          dataKey={tier}
          stackId="ladder"
          stroke={tierColor(tier)}
          fill={tierColor(tier)}
          fillOpacity={0.92}
          isAnimationActive={false}
          name={tier}
        />
      ))}
    </AreaChart>
  );
}
