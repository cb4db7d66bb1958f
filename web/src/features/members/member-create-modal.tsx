// Adding a person: who they are, where they work and, for a member, their grassroots union and card.
import { App, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import type { CreateMemberBody } from '../../../../shared/contracts/members.ts';
import type { ContractKind } from '../../../../shared/members-enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { MemberPersonFields } from './member-person-fields.tsx';
import { newPersonValues, personBody, type PersonValues } from './member-person-values.ts';
import { MemberPlacementFields } from './member-placement-fields.tsx';
import { useCreateMember } from './members.api.ts';

interface CreateValues extends PersonValues {
  employment: { unitId: number; validFrom: Dayjs; contractKind?: ContractKind };
  isMember: boolean;
  membership?: { unitId: number; joinedOn: Dayjs; cardNumber?: string };
}

function createBody(values: CreateValues): CreateMemberBody {
  const body: CreateMemberBody = {
    ...personBody(values),
    employment: {
      unitId: values.employment.unitId,
      validFrom: toApiDate(values.employment.validFrom) ?? '',
      contractKind: values.employment.contractKind ?? undefined,
    },
  };
  if (values.isMember && values.membership) {
    body.membership = {
      unitId: values.membership.unitId,
      joinedOn: toApiDate(values.membership.joinedOn) ?? '',
      cardNumber: values.membership.cardNumber || undefined,
    };
  }
  return body;
}

/** The "Thêm đoàn viên" dialog; the new person's page opens after saving. */
export function MemberCreateModal({ onClosed }: { onClosed: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateMember();
  const report = useErrorReporter();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: CreateValues) =>
    create.mutate(createBody(values), {
      onSuccess: (member) => {
        void message.success(t.members.createForm.done(member.displayName));
        close();
        navigate(`/members/${member.id}`);
      },
      onError: (error) => report(error, form),
    });

  return (
    <Modal
      {...modalProps}
      width={760}
      title={t.members.createForm.title}
      okText={t.members.createForm.submit}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError
        initialValues={{ ...newPersonValues, isMember: true, employment: { validFrom: dayjs() } }}
      >
        <MemberPersonFields />
        <MemberPlacementFields />
      </Form>
    </Modal>
  );
}
