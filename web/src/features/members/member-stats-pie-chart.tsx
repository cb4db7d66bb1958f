// A pie (or donut) of one breakdown, for the few-valued ones: gender and sector.
import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ChartDatum } from './member-stats-chart-data.ts';
import { STATS_COLORS } from './member-stats-colors.ts';
import { MemberStatsTooltip } from './member-stats-tooltip.tsx';

/** The slices with a legend below; `donut` leaves the middle empty. */
export function MemberStatsPieChart({ data, donut = false }: { data: ChartDatum[]; donut?: boolean }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <PieChart>
        <Pie
          data={data}
          dataKey="count"
          nameKey="name"
          innerRadius={donut ? 60 : 0}
          outerRadius={100}
          paddingAngle={data.length > 1 ? 1 : 0}
          isAnimationActive={false}
        >
          {data.map((datum, index) => (
            <Cell key={datum.key} fill={STATS_COLORS[index % STATS_COLORS.length]} />
          ))}
        </Pie>
        <Tooltip
          content={({ active, payload }) => (
            <MemberStatsTooltip active={active} datum={payload?.[0]?.payload as ChartDatum | undefined} />
          )}
        />
        <Legend verticalAlign="bottom" itemSorter={null} />
      </PieChart>
    </ResponsiveContainer>
  );
}
