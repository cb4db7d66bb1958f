// A keeper recuses a member from one item, with the reason the minutes will carry.
import { App, Form, Input, Modal, Select } from 'antd';
import type { Meeting } from '../../../../shared/contracts/council.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useAddRecusal } from './council.api.ts';

interface FormValues {
  userId: number;
  itemId: number;
  reason: string;
}

export function RecusalModal({ meeting, onClosed }: { meeting: Meeting; onClosed: () => void }) {
  const { t } = useI18n();
  const s = t.council.recusal;
  const [form] = Form.useForm<FormValues>();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const add = useAddRecusal(meeting.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const items = meeting.proposals.flatMap((proposal) =>
    proposal.status === 'council' ? proposal.items.filter((item) => item.outcome !== 'excluded') : [],
  );

  return (
    <Modal
      {...modalProps}
      title={s.title}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          add.mutate(values, {
            onSuccess: () => {
              void message.success(s.saved);
              close();
            },
            onError: (error) => report(error, form),
          })
        }
      >
        <Form.Item
          name="userId"
          label={s.member}
          rules={[{ required: true, message: t.common.requiredChoice(s.member) }]}
        >
          <Select options={meeting.members.map((m) => ({ value: m.userId, label: m.fullName }))} />
        </Form.Item>
        <Form.Item name="itemId" label={s.item} rules={[{ required: true, message: t.common.requiredChoice(s.item) }]}>
          <Select
            options={items.map((item) => ({ value: item.id, label: `${item.recipientName} — ${item.awardName}` }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={s.reason}
          rules={[{ required: true, whitespace: true, message: t.common.required(s.reason) }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
