// One cluster's ranking: the members in rank order with their totals and the flag proposed for the leader,
// and the compute and publish steps the server allows (publishing asks for confirmation: it locks).
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { TrophyOutlined } from '@ant-design/icons';
import type { ClusterRanking, RankingRow } from '../../../../shared/contracts/movement-scores.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { pointsText } from './points-text.ts';
import { useRankingSteps } from './scoring.api.ts';

export function ClusterRankingCard({ movementId, ranking }: { movementId: number; ranking: ClusterRanking }) {
  const { t } = useI18n();
  const r = t.scoring.ranking;
  const steps = useRankingSteps(movementId);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { cluster, flag, abilities } = ranking;
  const rethrow = (error: unknown) => {
    report(error);
    throw error;
  };
  return (
    <Card
      title={cluster.name}
      extra={
        <Flex gap={8}>
          {abilities.compute && (
            <Button
              loading={steps.compute.isPending}
              onClick={() =>
                steps.compute
                  .mutateAsync(cluster.id)
                  .then(() => void message.success(r.computed))
                  .catch((error: unknown) => report(error))
              }
            >
              {ranking.computed ? r.recompute : r.compute}
            </Button>
          )}
          {abilities.publish && (
            <Button
              type="primary"
              onClick={() =>
                confirm({
                  title: r.publishConfirm,
                  content: r.publishContent(cluster.name),
                  okText: r.publish,
                  danger: true,
                  onOk: () =>
                    steps.publish
                      .mutateAsync(cluster.id)
                      .then(() => void message.success(r.publishedDone))
                      .catch(rethrow),
                })
              }
            >
              {r.publish}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{r.organisedBy(cluster.organisingUnit.name)}</Typography.Text>
          {flag ? (
            <Tag color="volcano" icon={<TrophyOutlined aria-hidden />}>
              {r.flag}: {flag.name}
            </Tag>
          ) : (
            <Tag>{r.noFlag}</Tag>
          )}
          {ranking.publishedAt && (
            <Tag color="green">{r.published(ranking.publishedBy ?? '—', formatDateTime(ranking.publishedAt))}</Tag>
          )}
        </Flex>
        {ranking.notReviewed.length > 0 && (
          <Typography.Text type="warning">
            {r.notReviewed(ranking.notReviewed.map((unit) => unit.name).join(', '))}
          </Typography.Text>
        )}
        {ranking.computed ? (
          <Table<RankingRow>
            size="small"
            rowKey={(row) => row.unit.id}
            pagination={false}
            dataSource={ranking.rows}
            columns={[
              { title: r.rank, width: 80, align: 'center', render: (_, row) => <strong>{row.rank}</strong> },
              { title: r.unit, render: (_, row) => row.unit.name },
              { title: r.total, width: 130, align: 'right', render: (_, row) => pointsText(row.totalPoints) },
              {
                title: r.proposed,
                width: 320,
                render: (_, row) =>
                  row.proposedAwardCode && (
                    <Tag color="volcano" icon={<TrophyOutlined aria-hidden />}>
                      {flag?.code === row.proposedAwardCode ? flag.name : row.proposedAwardCode}
                    </Tag>
                  ),
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{r.notComputed}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
