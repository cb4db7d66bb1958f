// On a person's page: the initiatives and research they are an author of, and their rating, absence and
// discipline year by year — what the eligibility check reads about them.
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import {
  disciplineLevelLabels,
  ratingLabels,
  type PersonPerformanceRatings,
} from '../../../../shared/contracts/performance-ratings.ts';
import {
  initiativeKindLabels,
  initiativeStatusLabels,
  recognitionLevelLabels,
} from '../../../../shared/contracts/initiatives.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format.ts';
import { useInitiativePage } from '../initiatives/initiatives.api.ts';

export function PersonAchievementsTab({ personId }: { personId: number }) {
  const { t, lang, pick } = useI18n();
  const s = t.performanceRatings;
  const initiatives = useInitiativePage({ page: 1, pageSize: 100, person: personId });
  const years = useQuery({
    queryKey: ['performance-ratings', 'person', personId],
    queryFn: ({ signal }) => api.get<PersonPerformanceRatings>(`/performance-ratings/people/${personId}`, { signal }),
  });
  const failed = initiatives.error ?? years.error;
  return (
    <Flex vertical gap={16}>
      {failed && <Alert type="error" showIcon title={errorText(failed, lang, t)} />}
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {s.personInitiatives}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={initiatives.isFetching}
        dataSource={initiatives.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: s.personNoInitiatives }}
        columns={[
          {
            title: t.initiatives.columns.title,
            key: 'title',
            render: (_, record) => (
              <Flex vertical>
                <Typography.Text strong>{record.title}</Typography.Text>
                <Typography.Text type="secondary">{pick(initiativeKindLabels[record.kind])}</Typography.Text>
              </Flex>
            ),
          },
          {
            title: s.share,
            key: 'share',
            width: 100,
            render: (_, record) =>
              `${formatViNumber(record.authors.find((author) => author.personId === personId)?.sharePercent ?? 0)}%`,
          },
          {
            title: t.initiatives.columns.status,
            key: 'status',
            width: 260,
            render: (_, record) => (
              <Flex vertical>
                <Tag style={{ width: 'fit-content' }}>{pick(initiativeStatusLabels[record.status])}</Tag>
                {record.recognitionLevel && (
                  <Typography.Text type="secondary">
                    {pick(recognitionLevelLabels[record.recognitionLevel])} ·{' '}
                    {t.initiatives.decision(record.decisionNo ?? '', formatDate(record.decisionDate))}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
        {s.personYears}
      </Typography.Title>
      <Table
        rowKey="year"
        size="small"
        loading={years.isFetching}
        dataSource={years.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: s.personNoYears }}
        columns={[
          { title: s.year, dataIndex: 'year', width: 80 },
          {
            title: s.columns.rating,
            key: 'rating',
            render: (_, row) => (row.rating ? pick(ratingLabels[row.rating]) : s.notRated),
          },
          {
            title: s.columns.daysAbsent,
            key: 'days',
            width: 120,
            render: (_, row) => (row.daysAbsent === null ? t.common.none : formatViNumber(row.daysAbsent)),
          },
          {
            title: s.columns.discipline,
            key: 'discipline',
            render: (_, row) =>
              row.disciplineLevel
                ? [
                    pick(disciplineLevelLabels[row.disciplineLevel]),
                    row.disciplineDecisionNo,
                    formatDate(row.disciplineDecisionDate),
                  ]
                    .filter(Boolean)
                    .join(' · ')
                : s.noDiscipline,
          },
          { title: s.columns.unit, key: 'unit', render: (_, row) => row.unit.name },
        ]}
      />
    </Flex>
  );
}
