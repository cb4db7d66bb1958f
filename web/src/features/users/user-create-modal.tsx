// Creating an account: username, name, a first password the user must change, a first role and, for a
// member's login, the member record it belongs to.
import { App, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import type { Role } from '../../../../shared/enums.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { PersonSelect } from './person-select.tsx';
import { roleOptions } from './role-options.ts';
import { useCreateUser } from './users.api.ts';

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: number;
  personId?: number | null;
}

const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
const MIN_PASSWORD = 10;

/** The "Thêm người dùng" dialog. */
export function UserCreateModal({
  linkedLogins,
  onClosed,
}: {
  linkedLogins: ReadonlyMap<number, string>;
  onClosed: () => void;
}) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateUser();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t, pick } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const role = Form.useWatch('role', form);

  const submit = (values: CreateValues) =>
    create.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        grants: [{ role: values.role, unitId: values.unitId }],
        ...(values.role === 'member' && values.personId ? { personId: values.personId } : {}),
      },
      {
        onSuccess: (user) => {
          void message.success(t.users.created(user.username));
          close();
        },
        onError: (error) => report(error, form),
      },
    );

  return (
    <Modal
      {...modalProps}
      width={640}
      title={t.users.createTitle}
      okText={t.users.create}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'union_officer' }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="username"
              label={t.users.username}
              extra={t.users.usernameHelp}
              normalize={(value: string) => value.toLowerCase()}
              rules={[
                { required: true, whitespace: true, message: t.common.required(t.users.username) },
                { min: 3, max: 60, message: t.common.minLength(t.users.username, 3) },
                { pattern: USERNAME_PATTERN, message: t.users.usernameInvalid },
              ]}
            >
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="displayName"
              label={t.users.displayName}
              rules={[
                { required: true, whitespace: true, message: t.common.required(t.users.displayName) },
                { min: 2, message: t.common.minLength(t.users.displayName, 2) },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="password"
          label={t.users.initialPassword}
          extra={t.users.initialPasswordHelp}
          rules={[
            { required: true, message: t.common.required(t.users.initialPassword) },
            { min: MIN_PASSWORD, message: t.common.minLength(t.users.initialPassword, MIN_PASSWORD) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t.users.firstGrant}
        </Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="role" label={t.users.role} rules={[{ required: true }]}>
              <Select options={roleOptions(pick)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="unitId"
              label={t.users.unit}
              rules={[{ required: true, message: t.common.requiredChoice(t.users.unit) }]}
            >
              <UnitSelect activeOnly />
            </Form.Item>
          </Col>
        </Row>
        {role === 'member' && (
          <Form.Item name="personId" label={t.users.personOptional} extra={t.users.personCreateHelp}>
            <PersonSelect
              allowClear
              linkedLogins={linkedLogins}
              onPicked={(person) => {
                // The account is named after its person unless the administrator typed a name already.
                if (person && !form.getFieldValue('displayName')) form.setFieldValue('displayName', person.fullName);
              }}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
