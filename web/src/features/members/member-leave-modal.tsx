// Ending a membership (ra khỏi tổ chức) or suspending it (tạm dừng sinh hoạt), with a recorded reason.
import { Alert, App, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { EffectiveDateItem } from '../units/effective-date-item.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, toApiDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useLeaveMember } from './members.api.ts';

interface LeaveValues {
  reason: string;
  date: Dayjs;
}

/** The "Ra khỏi tổ chức" dialog, or "Tạm dừng sinh hoạt" when `suspend`. */
export function MemberLeaveModal({
  member,
  suspend,
  onClosed,
}: {
  member: MemberDetail;
  suspend: boolean;
  onClosed: () => void;
}) {
  const [form] = Form.useForm<LeaveValues>();
  const leave = useLeaveMember(member.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const l = t.members.leave;
  const name = member.displayName;
  const unit = member.unit?.name ?? t.common.none;
  const submitText = suspend ? l.suspendSubmit : l.submit;
  const reasonLabel = t.members.fields.reason;

  const submit = (values: LeaveValues) => {
    const date = formatDate(toApiDate(values.date));
    confirm({
      title: suspend ? t.members.actions.suspend : t.members.actions.leave,
      content: suspend ? l.suspendConfirm(name, unit, date) : l.confirm(name, unit, date),
      okText: submitText,
      danger: !suspend,
      onOk: () =>
        leave
          .mutateAsync({ reason: values.reason.trim(), date: toApiDate(values.date), suspend })
          .then(() => {
            void message.success(suspend ? l.suspendDone(name) : l.done(name));
            close();
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={600}
      title={suspend ? l.suspendTitle(name) : l.title(name)}
      okText={submitText}
      okButtonProps={{ danger: !suspend }}
      cancelText={t.common.cancel}
      confirmLoading={leave.isPending}
      onOk={() => form.submit()}
    >
      <Alert type={suspend ? 'info' : 'warning'} showIcon title={l.help} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[
            { required: true, whitespace: true, message: t.common.required(reasonLabel) },
            { min: 3, message: t.common.minLength(reasonLabel, 3) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={l.reasonPlaceholder} />
        </Form.Item>
        <EffectiveDateItem name="date" label={l.date} />
      </Form>
    </Modal>
  );
}
