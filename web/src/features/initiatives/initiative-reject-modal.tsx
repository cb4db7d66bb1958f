// Not recognising a record: the reason is required and kept on the record and in the audit log.
import { App, Form, Input, Modal } from 'antd';
import type { Initiative } from '../../../../shared/contracts/initiatives.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useRejectInitiative } from './initiatives.api.ts';

export function InitiativeRejectModal({ record, onClosed }: { record: Initiative; onClosed: () => void }) {
  const { t } = useI18n();
  const r = t.initiatives.reject;
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useRejectInitiative(record.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  return (
    <Modal
      {...modalProps}
      title={r.title(record.title)}
      okText={t.initiatives.actions.reject}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={reject.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          reject
            .mutateAsync({ reason: values.reason.trim() })
            .then(() => {
              void message.success(r.done);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item
          name="reason"
          label={r.reason}
          rules={[{ required: true, whitespace: true, message: t.common.required(r.reason) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
