// Admitting again a person whose membership ended (kết nạp lại); the old membership stays in the history.
import { useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { EffectiveDateItem } from '../units/effective-date-item.tsx';
import { UnitSelect, type UnitOption } from '../units/unit-select.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, toApiDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { CardNumberItem } from './card-number-item.tsx';
import { membershipUnitKinds } from './membership-unit-kinds.ts';
import { useJoinMember } from './members.api.ts';

interface JoinValues {
  unitId: number;
  joinedOn: Dayjs;
  cardNumber?: string;
}

/** The "Kết nạp lại" dialog ("Kết nạp" for a worker never admitted); the last grassroots union is offered first. */
export function MemberJoinModal({ member, onClosed }: { member: MemberDetail; onClosed: () => void }) {
  const [form] = Form.useForm<JoinValues>();
  const last = member.memberships.at(-1)?.unit ?? null;
  const [target, setTarget] = useState<UnitOption | null>(last);
  const join = useJoinMember(member.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const j = t.members.join;
  const first = member.memberships.length === 0;

  const submit = (values: JoinValues) => {
    const unit = target?.name ?? `#${values.unitId}`;
    confirm({
      title: first ? t.members.actions.admit : t.members.actions.join,
      content: (first ? j.admitConfirm : j.confirm)(member.displayName, unit, formatDate(toApiDate(values.joinedOn))),
      okText: first ? t.members.actions.admit : j.submit,
      onOk: () =>
        join
          .mutateAsync({
            unitId: values.unitId,
            joinedOn: toApiDate(values.joinedOn),
            cardNumber: values.cardNumber || undefined,
          })
          .then(() => {
            void message.success(j.done(member.displayName));
            close();
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={600}
      title={first ? j.admitTitle(member.displayName) : j.title(member.displayName)}
      okText={first ? t.members.actions.admit : j.submit}
      cancelText={t.common.cancel}
      confirmLoading={join.isPending}
      onOk={() => form.submit()}
    >
      {!first && <Alert type="info" showIcon title={j.help} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ unitId: last?.id, cardNumber: member.cardNumber ?? undefined }}
      >
        <Form.Item name="unitId" label={j.unit} rules={[{ required: true, message: t.common.requiredChoice(j.unit) }]}>
          <UnitSelect activeOnly kinds={membershipUnitKinds} initialOption={last} onPicked={setTarget} />
        </Form.Item>
        <EffectiveDateItem name="joinedOn" label={j.date} />
        <CardNumberItem />
      </Form>
    </Modal>
  );
}
