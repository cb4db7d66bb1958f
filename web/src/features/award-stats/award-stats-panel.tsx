// The statistics tab: the articles' sentences on top, the chart, then the tables.
import { Alert, Card, Empty, Flex, Typography } from 'antd';
import type { AwardStats } from '../../../../shared/contracts/award-stats.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { AwardStatsChart } from './award-stats-chart.tsx';
import { AwardStatsTables } from './award-stats-tables.tsx';

export function AwardStatsPanel({ stats }: { stats: AwardStats }) {
  const { t, lang } = useI18n();
  const s = t.awardStats;
  const en = lang === 'en';
  if (stats.awards.total === 0) return <Alert type="info" showIcon title={s.nothing} />;
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex vertical gap={4} data-testid="award-stats-sentences">
          <Typography.Text type="secondary">
            {s.summary(stats.unit.name, s.period(stats.from, stats.to))}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {en ? stats.recipientsSentenceEn : stats.recipientsSentenceVi}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {en ? stats.formsSentenceEn : stats.formsSentenceVi}
          </Typography.Text>
          <Typography.Text type="secondary">{s.awardsCount(formatViNumber(stats.awards.total))}</Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title={s.chartTitle}>
        {stats.byForm.length ? <AwardStatsChart stats={stats} /> : <Empty />}
      </Card>
      <AwardStatsTables stats={stats} />
    </Flex>
  );
}
