import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { LadderYearRow } from '../domain/ladder';
import type { TierId } from '../domain/schema';
import { TIER_IDS } from '../domain/ids';
import { tierColor } from '../domain/tiers';
import { Swatch } from '../ui/Swatch';
import '../ui/tierTerm.css';
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
  /** Fixed axes for the whole period, so that playing the years shows the ladder fill up instead of rescaling. */
  domain?: { from: number; to: number; yMax: number };
}

/** Counts per rung by year, stacked lowest rung at the bottom: the growth of the network at a glance. */
export function LadderOverTime({
  rows,
  names,
  totalLabel,
  selected,
  year,
  width,
  height = 300,
  domain,
}: Props) {
  const shown = TIER_IDS.filter((t) => selected.length === 0 || selected.includes(t));
  // With fixed axes the years after the current one are not drawn yet: the area grows as the years play.
  const data = domain ? rows.filter((r) => r.year <= year) : rows;
  // A round top and round steps (…, 10, 20, 25, 50, …), fixed for the whole period.
  const step = domain
    ? ([1, 2, 5, 10, 20, 25, 50, 100, 200, 500].find((s) => domain.yMax / s <= 4) ?? 1000)
    : 1;
  const yMax = domain ? Math.max(step, Math.ceil(domain.yMax / step) * step) : undefined;
  const yTicks = yMax ? Array.from({ length: yMax / step + 1 }, (_, i) => i * step) : undefined;
  const late = domain ? year - domain.from > (domain.to - domain.from) / 2 : false;
  return (
    <AreaChart
      width={width}
      height={height}
      data={data as LadderYearRow[]}
      margin={{ top: 8, right: 16, bottom: 4, left: -8 }}
    >
      <CartesianGrid stroke="#e6e2d9" vertical={false} />
      {/* The first year starts clear of the count axis: its label never runs into the "0". */}
      <XAxis
        dataKey="year"
        type="number"
        domain={domain ? [domain.from, domain.to] : ['dataMin', 'dataMax']}
        allowDecimals={false}
        tick={{ fontSize: 12, fill: '#55514a' }}
        tickLine={false}
        minTickGap={16}
        padding={{ left: 20 }}
      />
      <YAxis
        allowDecimals={false}
        domain={yMax ? [0, yMax] : [0, 'auto']}
        ticks={yTicks}
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
      <ReferenceLine
        x={year}
        stroke="#2b2925"
        strokeDasharray="3 3"
        label={
          domain
            ? {
                value: String(year),
                position: late ? 'insideTopRight' : 'insideTopLeft',
                fontSize: 12,
                fill: '#2b2925',
              }
            : undefined
        }
      />
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
