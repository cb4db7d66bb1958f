// Editing a person's details and the current card number; only what changed is sent.
import { App, Form, Modal } from 'antd';
import type { MemberDetail, UpdateMemberBody } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { CardNumberItem } from './card-number-item.tsx';
import { MemberPersonFields } from './member-person-fields.tsx';
import { personChanges, personValuesOf, type PersonValues } from './member-person-values.ts';
import { useUpdateMember } from './members.api.ts';

interface EditValues extends PersonValues {
  cardNumber?: string;
}

/** The "Sửa" dialog of a member page. */
export function MemberEditModal({ member, onClosed }: { member: MemberDetail; onClosed: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateMember(member.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const hasCard = member.status === 'active' || member.status === 'suspended';

  const submit = (values: EditValues) => {
    const body: UpdateMemberBody = personChanges(member, values);
    const cardNumber = values.cardNumber?.trim() || null;
    if (hasCard && cardNumber !== member.cardNumber) body.cardNumber = cardNumber;
    if (Object.keys(body).length === 0) {
      void message.info(t.members.edit.noChanges);
      close();
      return;
    }
    update.mutate(body, {
      onSuccess: () => {
        void message.success(t.members.edit.done);
        close();
      },
      onError: (error) => report(error, form),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={760}
      title={t.members.edit.title(member.displayName)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
        initialValues={{ ...personValuesOf(member), cardNumber: member.cardNumber ?? undefined }}
      >
        <MemberPersonFields maskedCitizenId={member.abilities.viewCitizenId ? null : member.citizenId} />
        {hasCard && <CardNumberItem />}
      </Form>
    </Modal>
  );
}
