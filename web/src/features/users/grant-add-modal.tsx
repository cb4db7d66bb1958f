// Giving a user one more role on a unit.
import { App, Form, Modal, Select } from 'antd';
import type { User } from '../../../../shared/contracts/users.ts';
import type { Role } from '../../../../shared/enums.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { roleOptions } from './role-options.ts';
import { useAddGrant } from './users.api.ts';

interface GrantValues {
  role: Role;
  unitId: number;
}

/** The "Giao quyền" dialog of the users page. */
export function GrantAddModal({ user, onClosed }: { user: User; onClosed: () => void }) {
  const [form] = Form.useForm<GrantValues>();
  const add = useAddGrant(user.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t, pick } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: GrantValues) =>
    add.mutate(values, {
      onSuccess: () => {
        void message.success(t.users.grantAdded);
        close();
      },
      onError: (error) => report(error, form),
    });

  return (
    <Modal
      {...modalProps}
      title={t.users.addGrantTitle(user.displayName)}
      okText={t.users.addGrant}
      cancelText={t.common.cancel}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'union_officer' }}>
        <Form.Item name="role" label={t.users.role} rules={[{ required: true }]}>
          <Select options={roleOptions(pick)} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t.users.unit}
          rules={[{ required: true, message: t.common.requiredChoice(t.users.unit) }]}
        >
          <UnitSelect activeOnly />
        </Form.Item>
      </Form>
    </Modal>
  );
}
