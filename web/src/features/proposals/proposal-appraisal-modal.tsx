// The appraiser on one item: a note, and taking the item out of the list with a reason (or back in).
import { App, Checkbox, Form, Input, Modal } from 'antd';
import type { ProposalDetail, ProposalItem } from '../../../../shared/contracts/proposals.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { recipientName } from './recipient-name.ts';
import { useAppraiseItem } from './proposals.api.ts';

type Values = { appraisalNote?: string; excluded: boolean; reason?: string };

export function ProposalAppraisalModal({
  proposal,
  item,
  onClosed,
}: {
  proposal: ProposalDetail;
  item: ProposalItem;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const s = t.proposals.appraisal;
  const [form] = Form.useForm<Values>();
  const excluded = Form.useWatch('excluded', form) as boolean | undefined;
  const appraise = useAppraiseItem(proposal.id, item.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const wasExcluded = item.outcome === 'excluded';
  return (
    <Modal
      {...modalProps}
      title={s.title(recipientName(item))}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={appraise.isPending}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          appraisalNote: item.appraisalNote ?? '',
          excluded: wasExcluded,
          reason: item.outcomeReason ?? '',
        }}
        onFinish={(values) =>
          appraise
            .mutateAsync({
              version: proposal.version,
              appraisalNote: values.appraisalNote?.trim() || null,
              ...(values.excluded !== wasExcluded ? { excluded: values.excluded } : {}),
              ...(values.excluded && !wasExcluded ? { reason: values.reason?.trim() } : {}),
            })
            .then(() => {
              void message.success(s.saved);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item name="appraisalNote" label={s.note}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="excluded" valuePropName="checked">
          <Checkbox>{s.exclude}</Checkbox>
        </Form.Item>
        {excluded && !wasExcluded && (
          <Form.Item
            name="reason"
            label={s.reason}
            rules={[{ required: true, whitespace: true, message: t.common.required(s.reason) }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
