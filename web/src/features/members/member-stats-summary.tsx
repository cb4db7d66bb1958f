// The headline figures of the statistics screen: members, workforce, the rate, and the period's movements.
import { Card, Col, Row, Statistic } from 'antd';
import type { MemberStats } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';

/** A row of Statistic cards; the rate reads "87,50%", or a dash when the subtree has no workforce. */
export function MemberStatsSummary({ stats }: { stats: MemberStats }) {
  const { t } = useI18n();
  const s = t.members.stats;
  const figures = [
    { key: 'members', title: s.members, text: formatNumber(stats.members) },
    { key: 'workforce', title: s.workforce, text: formatNumber(stats.workforce) },
    {
      key: 'rate',
      title: s.rate,
      text: stats.unionisationRate === null ? t.common.none : formatPercent(stats.unionisationRate),
    },
    { key: 'newMembers', title: s.newMembers, text: formatNumber(stats.newMembers) },
    { key: 'leavers', title: s.leavers, text: formatNumber(stats.leavers) },
  ];

  return (
    <Row gutter={[16, 16]}>
      {figures.map((figure) => (
        <Col key={figure.key} flex="1 1 200px">
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={figure.title} value={figure.text} formatter={() => figure.text} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
