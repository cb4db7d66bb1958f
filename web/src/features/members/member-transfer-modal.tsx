// Moving a member to another grassroots union (chuyển sinh hoạt), after a sentence naming both unions.
import { useState } from 'react';
import { App, Form, Modal } from 'antd';
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
import { useTransferMember } from './members.api.ts';

interface TransferValues {
  unitId: number;
  date: Dayjs;
  cardNumber?: string;
}

/** The "Chuyển sinh hoạt" dialog of a member page. */
export function MemberTransferModal({ member, onClosed }: { member: MemberDetail; onClosed: () => void }) {
  const [form] = Form.useForm<TransferValues>();
  const [target, setTarget] = useState<UnitOption | null>(null);
  const transfer = useTransferMember(member.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const from = member.unit?.name ?? t.common.none;

  const submit = (values: TransferValues) => {
    const to = target?.name ?? `#${values.unitId}`;
    confirm({
      title: t.members.actions.transfer,
      content: t.members.transfer.confirm(member.displayName, from, to, formatDate(toApiDate(values.date))),
      okText: t.members.transfer.submit,
      onOk: () =>
        transfer
          .mutateAsync({
            unitId: values.unitId,
            date: toApiDate(values.date),
            cardNumber: values.cardNumber || undefined,
          })
          .then(() => {
            void message.success(t.members.transfer.done(member.displayName, to));
            close();
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={600}
      title={t.members.transfer.title(member.displayName)}
      okText={t.members.transfer.submit}
      cancelText={t.common.cancel}
      confirmLoading={transfer.isPending}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="unitId"
          label={t.members.transfer.target}
          rules={[
            { required: true, message: t.common.requiredChoice(t.members.transfer.target) },
            {
              validator: (_, value: number | undefined) =>
                value !== undefined && value === member.unit?.id
                  ? Promise.reject(new Error(t.members.transfer.sameUnit))
                  : Promise.resolve(),
            },
          ]}
        >
          <UnitSelect activeOnly kinds={membershipUnitKinds} onPicked={setTarget} />
        </Form.Item>
        <EffectiveDateItem name="date" label={t.members.transfer.date} />
        <CardNumberItem label={t.members.transfer.newCard} extra={t.members.transfer.newCardHelp} />
      </Form>
    </Modal>
  );
}
