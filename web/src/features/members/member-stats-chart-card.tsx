// One chart of the statistics screen in its card, with the empty state when the breakdown has nothing.
import { Card, Empty } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { MemberStatsBarChart } from './member-stats-bar-chart.tsx';
import type { ChartDatum } from './member-stats-chart-data.ts';
import { MemberStatsPieChart } from './member-stats-pie-chart.tsx';

/** How a breakdown is drawn. */
export type StatsChartKind = 'pie' | 'donut' | 'bar' | 'horizontal-bar';

/** A titled card holding one breakdown's chart, or antd's Empty when there is nothing to draw. */
export function MemberStatsChartCard({
  title,
  data,
  kind,
}: {
  title: string;
  data: ChartDatum[];
  kind: StatsChartKind;
}) {
  const { t } = useI18n();
  let chart;
  if (data.length === 0) {
    chart = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.members.stats.empty} />;
  } else if (kind === 'pie' || kind === 'donut') {
    chart = <MemberStatsPieChart data={data} donut={kind === 'donut'} />;
  } else {
    chart = <MemberStatsBarChart data={data} horizontal={kind === 'horizontal-bar'} />;
  }
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <figure aria-label={title} style={{ margin: 0 }}>
        {chart}
      </figure>
    </Card>
  );
}
