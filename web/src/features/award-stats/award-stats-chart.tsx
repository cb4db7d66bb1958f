// Awards by form as lying bars, collectives and individuals stacked, the printed names on the left.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AwardStats } from '../../../../shared/contracts/award-stats.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const BAR_HEIGHT = 34;
const COLORS = { collectives: '#0f5fa6', individuals: '#e8a33d' };

export function AwardStatsChart({ stats }: { stats: AwardStats }) {
  const { t, lang } = useI18n();
  const s = t.awardStats;
  const data = stats.byForm.map((row) => ({
    name: lang === 'en' ? row.nameEn : row.nameVi,
    collectives: row.collectives,
    individuals: row.individuals,
  }));
  const count = (value: number) => formatViNumber(value);
  return (
    <div data-testid="award-stats-chart" role="img" aria-label={s.chartTitle}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * BAR_HEIGHT + 70)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={count} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={300} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => count(Number(value))} cursor={{ fill: 'rgba(15, 95, 166, 0.06)' }} />
          <Legend />
          <Bar
            dataKey="collectives"
            name={s.collectives}
            stackId="recipients"
            fill={COLORS.collectives}
            barSize={20}
            isAnimationActive={false}
          />
          <Bar
            dataKey="individuals"
            name={s.individuals}
            stackId="recipients"
            fill={COLORS.individuals}
            barSize={20}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
