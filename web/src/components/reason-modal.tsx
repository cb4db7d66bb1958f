// A destructive step that needs a written reason (revoking an award, not recognising an initiative): the reason
// is required, sent trimmed, and errors from the server land on the field they name.
import { Alert, App, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { useErrorReporter } from '../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../lib/use-modal-lifecycle.ts';

export function ReasonModal({
  title,
  okText,
  reasonLabel,
  doneMessage,
  warning,
  pending,
  submit,
  onClosed,
}: {
  title: ReactNode;
  okText: string;
  reasonLabel: string;
  doneMessage: string;
  warning?: ReactNode;
  pending: boolean;
  submit: (reason: string) => Promise<unknown>;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  return (
    <Modal
      {...modalProps}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={pending}
      onOk={() => form.submit()}
    >
      {warning && <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          submit(values.reason.trim())
            .then(() => {
              void message.success(doneMessage);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[{ required: true, whitespace: true, message: t.common.required(reasonLabel) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
