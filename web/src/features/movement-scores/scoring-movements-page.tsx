// /scoring: the launched movements the user scores (their units' sheets) or reviews (the board and ranking).
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ScoringMovement, SheetSummary } from '../../../../shared/contracts/movement-scores.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate, todayApiDate } from '../../lib/format.ts';
import { pointsText } from './points-text.ts';
import { SheetStatusTag } from './sheet-status-tag.tsx';
import { useScoringMovements } from './scoring.api.ts';

function MovementCard({ movement }: { movement: ScoringMovement }) {
  const { t } = useI18n();
  const s = t.scoring;
  const deadline = movement.selfAssessmentDeadline;
  const passed = deadline !== null && todayApiDate() > deadline;
  return (
    <Card
      title={movement.name}
      extra={
        movement.reviewer && (
          <Flex gap={8}>
            <Link to={`/scoring/${movement.id}`}>
              <Button type="primary">{s.movement.openBoard}</Button>
            </Link>
            <Link to={`/scoring/${movement.id}/ranking`}>
              <Button>{s.movement.ranking}</Button>
            </Link>
          </Flex>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Tag>{s.movement.year(movement.year)}</Tag>
          {movement.reviewer && <Tag color="purple">{s.movement.reviewer}</Tag>}
          <Typography.Text type="secondary">
            {s.movement.launchedBy}: {movement.launchingUnit.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            · {s.movement.deadline}: {deadline ? formatDate(deadline) : s.movement.noDeadline}
          </Typography.Text>
          {passed && <Tag color="red">{s.movement.deadlinePassed}</Tag>}
        </Flex>
        {movement.reviewer ? (
          <Typography.Text>
            {s.movement.progress(movement.submittedCount, movement.reviewedCount, movement.unitCount)}
          </Typography.Text>
        ) : (
          <Table<SheetSummary>
            size="small"
            rowKey={(row) => row.unit.id}
            pagination={false}
            dataSource={movement.mySheets}
            columns={[
              { title: s.board.unit, render: (_, row) => row.unit.name },
              { title: s.board.status, width: 170, render: (_, row) => <SheetStatusTag status={row.status} /> },
              { title: s.board.selfTotal, width: 130, align: 'right', render: (_, row) => pointsText(row.selfTotal) },
              {
                title: s.board.finalTotal,
                width: 130,
                align: 'right',
                render: (_, row) => pointsText(row.finalTotal),
              },
              {
                title: '',
                width: 140,
                render: (_, row) => (
                  <Link to={`/scoring/${movement.id}/units/${row.unit.id}`}>{s.movement.openSheet}</Link>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}

export function ScoringMovementsPage() {
  const { t, lang } = useI18n();
  const list = useScoringMovements();
  if (list.isError) return <Alert type="error" showIcon title={errorText(list.error, lang, t)} />;
  if (!list.data) return <FullPageSpin />;
  return (
    <>
      <PageHeader
        title={t.scoring.title}
        meta={<Typography.Text type="secondary">{t.scoring.intro}</Typography.Text>}
      />
      <Flex vertical gap={16}>
        {list.data.items.length === 0 && <Empty description={t.scoring.empty} />}
        {list.data.items.map((movement) => (
          <MovementCard key={movement.id} movement={movement} />
        ))}
      </Flex>
    </>
  );
}
