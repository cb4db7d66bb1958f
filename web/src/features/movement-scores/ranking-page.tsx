// /scoring/:movementId/ranking: the ranking within each cluster of the movement's units.
import { Link, useParams } from 'react-router-dom';
import { Alert, Empty, Flex, Tag, Typography } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { ClusterRankingCard } from './cluster-ranking-card.tsx';
import { useMovementRankings } from './scoring.api.ts';

export function RankingPage() {
  const { t, lang } = useI18n();
  const s = t.scoring;
  const movementId = Number(useParams().movementId);
  const rankings = useMovementRankings(movementId);
  if (rankings.isError) return <Alert type="error" showIcon title={errorText(rankings.error, lang, t)} />;
  if (!rankings.data) return <FullPageSpin />;
  const { movement, clusters, reviewer } = rankings.data;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to={reviewer ? `/scoring/${movementId}` : '/scoring'}>{reviewer ? movement.name : s.back}</Link>
        }
        title={s.ranking.title}
        meta={
          <>
            <Tag>{s.movement.year(movement.year)}</Tag>
            <Typography.Text type="secondary">{movement.name}</Typography.Text>
          </>
        }
      />
      <Flex vertical gap={16}>
        {clusters.length === 0 && <Empty description={reviewer ? s.ranking.empty : s.ranking.emptyPublished} />}
        {clusters.map((ranking) => (
          <ClusterRankingCard key={ranking.cluster.id} movementId={movementId} ranking={ranking} />
        ))}
      </Flex>
    </>
  );
}
