// "Send to the council": pick one of the deciding unit's council meetings that has not closed yet.
import { Alert, App, Form, Modal, Select } from 'antd';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import { proposalActionLabels } from '../../../../shared/proposal-workflow.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useMeetingOptions, useTransition } from './proposals.api.ts';

export function ProposalCouncilModal({ proposal, onClosed }: { proposal: ProposalDetail; onClosed: () => void }) {
  const { t, pick } = useI18n();
  const s = t.proposals.actions;
  const [form] = Form.useForm<{ meetingId: number }>();
  const meetings = useMeetingOptions(proposal.id);
  const transition = useTransition(proposal.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const label = pick(proposalActionLabels.send_to_council);
  const items = meetings.data?.items ?? [];
  return (
    <Modal
      {...modalProps}
      title={label}
      okText={label}
      cancelText={t.common.cancel}
      confirmLoading={transition.isPending}
      okButtonProps={{ disabled: items.length === 0 }}
      onOk={() => form.submit()}
    >
      {!meetings.isLoading && items.length === 0 && (
        <Alert type="warning" showIcon title={s.noMeeting} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          transition
            .mutateAsync({ action: 'send_to_council', version: proposal.version, meetingId: values.meetingId })
            .then(() => {
              void message.success(t.proposals.actions.done);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item
          name="meetingId"
          label={s.meeting}
          rules={[{ required: true, message: t.common.requiredChoice(s.meeting) }]}
        >
          <Select
            loading={meetings.isLoading}
            placeholder={s.meetingPlaceholder}
            options={items.map((m) => ({ value: m.id, label: `${m.title} — ${formatDate(m.heldOn)}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
