// The member's own correction requests, newest first: what was asked, why, and the officer's answer.
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { App } from 'antd';
import type { CorrectionRequest } from '../../../../shared/contracts/self-service.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { CorrectionChanges } from './correction-changes.tsx';
import { CorrectionStatusTag } from './correction-status-tag.tsx';
import { useWithdrawCorrection } from './self-service.api.ts';

function OwnCorrection({ request }: { request: CorrectionRequest }) {
  const { t } = useI18n();
  const r = t.selfService.requests;
  const confirm = useConfirm();
  const withdraw = useWithdrawCorrection();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const decided = request.status !== 'pending' && request.status !== 'withdrawn' && request.decidedBy;

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <CorrectionStatusTag status={request.status} />
          <Typography.Text type="secondary">{r.sentOn(formatDateTime(request.createdAt))}</Typography.Text>
        </Flex>
      }
      extra={
        request.abilities.withdraw && (
          <Button
            size="small"
            danger
            onClick={() =>
              confirm({
                title: r.withdraw,
                content: r.withdrawConfirm,
                okText: r.withdraw,
                danger: true,
                onOk: () =>
                  withdraw
                    .mutateAsync(request.id)
                    .then(() => message.success(r.withdrawn))
                    .catch((error: unknown) => report(error)),
              })
            }
          >
            {r.withdraw}
          </Button>
        )
      }
    >
      <Flex vertical gap={10}>
        <CorrectionChanges changes={request.changes} fromLabel={r.fromWhenAsked} />
        <Typography.Text>
          <Typography.Text type="secondary">{r.reason}: </Typography.Text>
          {request.reason}
        </Typography.Text>
        {decided && (
          <Typography.Text>
            <Typography.Text type="secondary">{r.note}: </Typography.Text>
            {request.decisionNote || t.common.none}{' '}
            <Typography.Text type="secondary">
              ({r.decidedOn(request.decidedBy!.displayName, formatDate(request.decidedAt))})
            </Typography.Text>
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The "Yêu cầu chỉnh sửa" tab of "Hồ sơ của tôi". */
export function OwnCorrectionsList({ requests }: { requests: CorrectionRequest[] }) {
  const { t } = useI18n();
  if (requests.length === 0) return <Empty description={t.selfService.requests.empty} />;
  return (
    <Flex vertical gap={12}>
      {requests.map((request) => (
        <OwnCorrection key={request.id} request={request} />
      ))}
    </Flex>
  );
}
