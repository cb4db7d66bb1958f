// A bar chart of one breakdown: upright bars for ordered bands, lying bars for long labels.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format.ts';
import type { ChartDatum } from './member-stats-chart-data.ts';
import { STATS_COLORS } from './member-stats-colors.ts';
import { MemberStatsTooltip } from './member-stats-tooltip.tsx';

const BAR_HEIGHT = 36;

/** The bars of one series; `horizontal` lays them sideways with the labels on the left. */
export function MemberStatsBarChart({ data, horizontal = false }: { data: ChartDatum[]; horizontal?: boolean }) {
  const tooltip = (
    <Tooltip
      cursor={{ fill: 'rgba(15, 95, 166, 0.06)' }}
      content={({ active, payload }) => (
        <MemberStatsTooltip active={active} datum={payload?.[0]?.payload as ChartDatum | undefined} />
      )}
    />
  );
  const tick = { fontSize: 12 };
  const count = (value: number) => formatNumber(value);

  if (horizontal) {
    return (
      <ResponsiveContainer width="100%" height={Math.max(200, data.length * BAR_HEIGHT + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={count} tick={tick} />
          <YAxis type="category" dataKey="name" width={130} tick={tick} />
          {tooltip}
          <Bar dataKey="count" fill={STATS_COLORS[0]} barSize={20} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data} margin={{ right: 16 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="name" interval={0} tick={tick} />
        <YAxis allowDecimals={false} tickFormatter={count} tick={tick} width={56} />
        {tooltip}
        <Bar dataKey="count" fill={STATS_COLORS[0]} maxBarSize={56} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
