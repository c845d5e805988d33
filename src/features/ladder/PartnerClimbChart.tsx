import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { yearTicks, type ClimbPoint } from '../../domain/ladder';
import type { TierId } from '../../domain/schema';

interface Props {
  points: readonly ClimbPoint[];
  names: ReadonlyMap<TierId, string>;
  fromYear: number;
  toYear: number;
  width: number;
  height?: number;
}

/** One partner's climb up the ladder as a step line over time. */
export function PartnerClimbChart({ points, names, fromYear, toYear, width, height = 180 }: Props) {
  const shortName = (rank: number) => {
    const entry = [...names.entries()][rank - 1];
    return entry ? `${rank}` : '';
  };
  return (
    <LineChart
      width={width}
      height={height}
      data={points as ClimbPoint[]}
      margin={{ top: 8, right: 12, bottom: 0, left: -24 }}
    >
      <CartesianGrid stroke="#e6e2d9" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        domain={[fromYear, toYear + 1]}
        ticks={yearTicks(fromYear, toYear)}
        tickFormatter={(v: number) => String(Math.floor(v))}
        tick={{ fontSize: 11, fill: '#55514a' }}
        allowDecimals={false}
      />
      <YAxis
        type="number"
        domain={[0, 7]}
        ticks={[1, 2, 3, 4, 5, 6, 7]}
        interval={0}
        tickFormatter={shortName}
        tick={{ fontSize: 11, fill: '#55514a' }}
        axisLine={false}
        tickLine={false}
      />
      <Line
        type="stepAfter"
        dataKey="rank"
        stroke="#225ea8"
        strokeWidth={2.5}
        dot={{ r: 3.5, fill: '#225ea8' }}
        isAnimationActive={false}
        connectNulls={false}
      />
    </LineChart>
  );
}
