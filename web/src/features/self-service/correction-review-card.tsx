// One request in an officer's queue: who asks, what and why, and the approve and reject buttons.
import { useState } from 'react';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { CorrectionRequest } from '../../../../shared/contracts/self-service.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { CorrectionChanges } from './correction-changes.tsx';
import { CorrectionDecisionModal, type Decision } from './correction-decision-modal.tsx';
import { CorrectionStatusTag } from './correction-status-tag.tsx';

/** `showPerson` is off on the person's own member page, where the name is the page's title. */
export function CorrectionReviewCard({
  request,
  showPerson = true,
}: {
  request: CorrectionRequest;
  showPerson?: boolean;
}) {
  const { t } = useI18n();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const r = t.selfService.review;
  const q = t.selfService.requests;
  const { abilities } = request;

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <CorrectionStatusTag status={request.status} />
          {showPerson && <Link to={`/members/${request.person.id}`}>{request.person.displayName}</Link>}
          {showPerson && request.person.unit && (
            <Typography.Text type="secondary">{request.person.unit.name}</Typography.Text>
          )}
          <Typography.Text type="secondary">· {q.sentOn(formatDateTime(request.createdAt))}</Typography.Text>
        </Flex>
      }
      extra={
        (abilities.approve || abilities.reject) && (
          <Flex gap={8}>
            {abilities.approve && (
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined aria-hidden />}
                onClick={() => setDeciding('approve')}
              >
                {r.approve}
              </Button>
            )}
            {abilities.reject && (
              <Button size="small" danger icon={<CloseOutlined aria-hidden />} onClick={() => setDeciding('reject')}>
                {r.reject}
              </Button>
            )}
          </Flex>
        )
      }
    >
      <Flex vertical gap={10}>
        <CorrectionChanges changes={request.changes} fromLabel={q.fromWhenAsked} />
        <Typography.Text>
          <Typography.Text type="secondary">{q.reason}: </Typography.Text>
          {request.reason}
        </Typography.Text>
        {request.decidedBy && request.status !== 'pending' && (
          <Typography.Text>
            <Typography.Text type="secondary">{r.decision}: </Typography.Text>
            {request.decisionNote || t.common.none}{' '}
            <Typography.Text type="secondary">
              ({q.decidedOn(request.decidedBy.displayName, formatDate(request.decidedAt))})
            </Typography.Text>
          </Typography.Text>
        )}
      </Flex>
      {deciding && <CorrectionDecisionModal request={request} decision={deciding} onClosed={() => setDeciding(null)} />}
    </Card>
  );
}
