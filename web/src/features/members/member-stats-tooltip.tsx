// The tooltip every statistics chart shows: the count in Vietnamese number format and its share.
import { Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { ChartDatum } from './member-stats-chart-data.ts';

/** Recharts' tooltip content for one slice or bar; renders nothing when the pointer is elsewhere. */
export function MemberStatsTooltip({ active, datum }: { active?: boolean; datum?: ChartDatum }) {
  const { t } = useI18n();
  if (!active || !datum) return null;
  return (
    <div className="stats-tooltip">
      <Typography.Text strong>{datum.name}</Typography.Text>
      <div>
        {t.members.stats.count}: {formatNumber(datum.count)}
      </div>
      <div>
        {t.members.stats.share}: {formatPercent(datum.share, 1)}
      </div>
    </div>
  );
}
