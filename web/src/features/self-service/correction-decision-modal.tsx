// Deciding a correction request: the changes once more, a note (required to reject), and the server's
// refusal shown in the dialog, e.g. a request gone stale because the record was edited since.
import { useState } from 'react';
import { Alert, App, Flex, Form, Input, Modal, Typography } from 'antd';
import type { CorrectionRequest } from '../../../../shared/contracts/self-service.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { CorrectionChanges } from './correction-changes.tsx';
import { useApproveCorrection, useRejectCorrection } from './self-service.api.ts';

export type Decision = 'approve' | 'reject';

/** Opens at once; `onClosed` runs after it has closed. */
export function CorrectionDecisionModal({
  request,
  decision,
  onClosed,
}: {
  request: CorrectionRequest;
  decision: Decision;
  onClosed: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const approve = useApproveCorrection();
  const reject = useRejectCorrection();
  const { message } = App.useApp();
  const { t, lang } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const r = t.selfService.review;
  const name = request.person.displayName;
  const rejecting = decision === 'reject';
  const pending = approve.isPending || reject.isPending;

  const submit = ({ note }: { note?: string }) => {
    setFailure(null);
    const done = () => {
      void message.success(rejecting ? r.rejected : r.approved(name));
      close();
    };
    const failed = (error: unknown) => {
      if (error instanceof ApiError) setFailure(error);
      else void message.error(t.common.loadFailed);
    };
    // mutateAsync, not mutate's callbacks: a decided request leaves the queue, unmounting this dialog's card
    // before the callbacks would run, and the officer must still be told it is done.
    const decided = rejecting
      ? reject.mutateAsync({ id: request.id, note: (note ?? '').trim() })
      : approve.mutateAsync({ id: request.id, note: note?.trim() || undefined });
    decided.then(done, failed);
  };

  const pick = (item: { message: string; messageEn: string }) => (lang === 'en' ? item.messageEn : item.message);
  const noteLabel = rejecting ? r.rejectNote : r.approveNote;
  return (
    <Modal
      {...modalProps}
      width={680}
      title={rejecting ? r.rejectTitle(name) : r.approveTitle(name)}
      okText={rejecting ? r.reject : r.approve}
      okButtonProps={{ danger: rejecting }}
      cancelText={t.common.cancel}
      confirmLoading={pending}
      onOk={() => form.submit()}
    >
      <Flex vertical gap={12}>
        {!rejecting && <Typography.Text>{r.approveContent}</Typography.Text>}
        <CorrectionChanges changes={request.changes} fromLabel={t.selfService.requests.fromWhenAsked} />
        <Typography.Text>
          <Typography.Text type="secondary">{t.selfService.requests.reason}: </Typography.Text>
          {request.reason}
        </Typography.Text>
        {failure && (
          <Alert
            type="error"
            showIcon
            title={pick(failure)}
            description={
              failure.fieldErrors.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {failure.fieldErrors.map((detail) => (
                    <li key={detail.field}>
                      {(t.members.fields as Record<string, string>)[detail.field] ?? detail.field}: {pick(detail)}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        )}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="note"
            label={noteLabel}
            extra={rejecting ? r.rejectHelp : undefined}
            rules={
              rejecting
                ? [
                    { required: true, whitespace: true, message: t.common.required(noteLabel) },
                    { min: 3, message: t.common.minLength(noteLabel, 3) },
                  ]
                : []
            }
          >
            <Input.TextArea
              rows={3}
              maxLength={1000}
              showCount
              placeholder={rejecting ? r.rejectNotePlaceholder : undefined}
            />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
