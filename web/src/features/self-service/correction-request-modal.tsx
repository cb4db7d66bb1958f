// The member's "Yêu cầu chỉnh sửa thông tin" dialog: the same fields and checks as the officers' edit form,
// prefilled with the record; only what the member changed is sent, with a reason.
import { Alert, App, Form, Input, Modal } from 'antd';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { MemberPersonFields } from '../members/member-person-fields.tsx';
import { personChanges, personValuesOf, type PersonValues } from '../members/member-person-values.ts';
import { useRequestCorrection } from './self-service.api.ts';

interface RequestValues extends PersonValues {
  reason: string;
}

/** The server names a field `body.changes.phone`; the form holds it as `phone`. */
function asFormError(error: unknown): unknown {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    message: error.message,
    messageEn: error.messageEn,
    requestId: error.requestId,
    details: error.fieldErrors.map((detail) => ({
      ...detail,
      field: detail.field.replace(/^body\.changes\./, 'body.'),
    })),
  });
}

/** Opens at once; `onSent` runs when the request is recorded, `onClosed` after the dialog has closed. */
export function CorrectionRequestModal({
  member,
  onSent,
  onClosed,
}: {
  member: MemberDetail;
  onSent: () => void;
  onClosed: () => void;
}) {
  const [form] = Form.useForm<RequestValues>();
  const request = useRequestCorrection();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const r = t.selfService.request;

  const submit = ({ reason, ...values }: RequestValues) => {
    const changes = personChanges(member, values);
    if (Object.keys(changes).length === 0) {
      void message.info(r.noChanges);
      return;
    }
    request.mutate(
      { changes, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(r.sent);
          onSent();
          close();
        },
        onError: (error) => report(asFormError(error), form),
      },
    );
  };

  return (
    <Modal
      {...modalProps}
      width={760}
      title={r.title}
      okText={r.submit}
      cancelText={t.common.cancel}
      confirmLoading={request.isPending}
      onOk={() => form.submit()}
    >
      <Alert type="info" showIcon title={r.help} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError initialValues={personValuesOf(member)}>
        <MemberPersonFields />
        <Form.Item
          name="reason"
          label={r.reason}
          rules={[
            { required: true, whitespace: true, message: t.common.required(r.reason) },
            { min: 3, message: t.common.minLength(r.reason, 3) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={r.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
