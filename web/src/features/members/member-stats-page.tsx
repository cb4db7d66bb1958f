// /members/stats: the membership statistics of a unit's subtree (or the whole scope) over a period.
import { Alert, Breadcrumb, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format.ts';
import { MemberStatsChartCard } from './member-stats-chart-card.tsx';
import { toChartData } from './member-stats-chart-data.ts';
import { MemberStatsFiltersBar } from './member-stats-filters-bar.tsx';
import { MemberStatsSummary } from './member-stats-summary.tsx';
import { useMemberStats } from './members.api.ts';
import { useMemberStatsFilters } from './use-member-stats-filters.ts';

/** The statistics screen, for users whose capabilities include viewMembers. */
export function MemberStatsPage() {
  const { t, lang, pick } = useI18n();
  const s = t.members.stats;
  const { filters, update, reset } = useMemberStatsFilters();
  const stats = useMemberStats(filters);
  const data = stats.data;
  const charts = data ? toChartData(data, { t, pick }) : undefined;
  const listSearch = filters.unit ? `?unit=${encodeURIComponent(filters.unit)}` : '';

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            items={[
              { key: 'members', title: <Link to={`/members${listSearch}`}>{t.members.title}</Link> },
              { key: 'stats', title: s.button },
            ]}
          />
        }
        title={s.title}
        meta={
          data && (
            <Typography.Text type="secondary">
              {data.unit ? `${data.unit.name} · ` : ''}
              {s.periodHelp(formatDate(data.from), formatDate(data.to))}
            </Typography.Text>
          )
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={s.filters} styles={{ body: { paddingBottom: 0 } }}>
          <MemberStatsFiltersBar filters={filters} update={update} reset={reset} />
        </Card>
        {stats.isError && <Alert type="error" showIcon title={errorText(stats.error, lang, t)} />}
        {stats.isPending && <FullPageSpin height={320} />}
        {data && charts && !stats.isError && (
          <Spin spinning={stats.isFetching} delay={200}>
            <Flex vertical gap={16}>
              <MemberStatsSummary stats={data} />
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={12} xl={8}>
                  <MemberStatsChartCard title={s.byGender} data={charts.gender} kind="donut" />
                </Col>
                <Col xs={24} lg={12} xl={8}>
                  <MemberStatsChartCard title={s.bySector} data={charts.sector} kind="pie" />
                </Col>
                <Col xs={24} lg={24} xl={8}>
                  <MemberStatsChartCard title={s.byAgeBand} data={charts.ageBand} kind="bar" />
                </Col>
                <Col xs={24} lg={12}>
                  <MemberStatsChartCard title={s.byQualification} data={charts.qualification} kind="horizontal-bar" />
                </Col>
                <Col xs={24} lg={12}>
                  <MemberStatsChartCard title={s.byEthnicity} data={charts.ethnicity} kind="bar" />
                </Col>
              </Row>
            </Flex>
          </Spin>
        )}
      </Flex>
    </>
  );
}
