// /scoring/:movementId: the covered units of a movement with their sheet status, own and final totals.
import { Link, useParams } from 'react-router-dom';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import type { SheetSummary } from '../../../../shared/contracts/movement-scores.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDateTime } from '../../lib/format.ts';
import { pointsText } from './points-text.ts';
import { SheetStatusTag } from './sheet-status-tag.tsx';
import { useScoreBoard } from './scoring.api.ts';

export function ScoreBoardPage() {
  const { t, lang } = useI18n();
  const s = t.scoring;
  const movementId = Number(useParams().movementId);
  const board = useScoreBoard(movementId);
  if (board.isError) return <Alert type="error" showIcon title={errorText(board.error, lang, t)} />;
  if (!board.data) return <FullPageSpin />;
  const { movement, sheets } = board.data;
  return (
    <>
      <PageHeader
        breadcrumb={<Link to="/scoring">{s.back}</Link>}
        title={movement.name}
        meta={
          <>
            <Tag>{s.movement.year(movement.year)}</Tag>
            <Typography.Text type="secondary">
              {s.movement.launchedBy}: {movement.launchingUnit.name} ·{' '}
              {s.board.maxTotal(pointsText(board.data.maxTotal))}
            </Typography.Text>
          </>
        }
        extra={
          board.data.reviewer && (
            <Link to={`/scoring/${movementId}/ranking`}>
              <Button>{s.movement.ranking}</Button>
            </Link>
          )
        }
      />
      <Card title={s.board.title} styles={{ body: { padding: 0 } }}>
        <Table<SheetSummary>
          rowKey={(row) => row.unit.id}
          pagination={false}
          dataSource={sheets}
          columns={[
            {
              title: s.board.unit,
              render: (_, row) => (
                <Link to={`/scoring/${movementId}/units/${row.unit.id}`}>
                  {row.unit.name} {row.locked && <LockOutlined aria-label={s.locked} title={s.locked} />}
                </Link>
              ),
            },
            { title: s.board.status, width: 170, render: (_, row) => <SheetStatusTag status={row.status} /> },
            { title: s.board.selfTotal, width: 130, align: 'right', render: (_, row) => pointsText(row.selfTotal) },
            {
              title: s.board.finalTotal,
              width: 130,
              align: 'right',
              render: (_, row) => <strong>{pointsText(row.finalTotal)}</strong>,
            },
            { title: s.board.submittedAt, width: 160, render: (_, row) => formatDateTime(row.submittedAt) },
            { title: s.board.reviewedAt, width: 160, render: (_, row) => formatDateTime(row.reviewedAt) },
          ]}
        />
      </Card>
    </>
  );
}
