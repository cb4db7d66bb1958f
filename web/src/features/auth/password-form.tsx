// Changing one's own password: the current one, the new one twice.
import { App, Button, Card, Form, Input } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useChangePassword } from './auth.api.ts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const MIN_PASSWORD = 10;

/** The change-password card of the account page. */
export function PasswordForm() {
  const [form] = Form.useForm<PasswordValues>();
  const change = useChangePassword();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();

  const submit = ({ currentPassword, newPassword }: PasswordValues) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t.account.passwordChanged);
        },
        onError: (error) => report(error, form),
      },
    );

  return (
    <Card title={t.account.passwordTitle} style={{ height: '100%' }}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t.account.currentPassword}
          rules={[{ required: true, message: t.common.required(t.account.currentPassword) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t.account.newPassword}
          extra={t.account.passwordHint}
          rules={[
            { required: true, message: t.common.required(t.account.newPassword) },
            { min: MIN_PASSWORD, message: t.common.minLength(t.account.newPassword, MIN_PASSWORD) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t.account.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t.common.required(t.account.confirmPassword) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.account.passwordMismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t.account.changePassword}
        </Button>
      </Form>
    </Card>
  );
}
