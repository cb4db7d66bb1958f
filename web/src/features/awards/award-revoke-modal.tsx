// Revoking an award: the reason is required; the award stays in the history, marked, and stops counting.
import { Alert, App, Form, Input, Modal } from 'antd';
import type { Award } from '../../../../shared/contracts/awards.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useRevokeAward } from './awards.api.ts';

export function AwardRevokeModal({ award, onClosed }: { award: Award; onClosed: () => void }) {
  const { t, lang } = useI18n();
  const r = t.awards.revoke;
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokeAward(award.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  return (
    <Modal
      {...modalProps}
      title={r.title(lang === 'vi' ? award.nameVi : award.nameEn, award.year)}
      okText={r.action}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
    >
      <Alert type="warning" showIcon title={r.warning} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        name="revoke"
        layout="vertical"
        onFinish={(values) =>
          revoke
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
