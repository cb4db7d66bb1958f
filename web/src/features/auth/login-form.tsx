// Username and password, with the server's Vietnamese answer and the wait after too many attempts.
import { useState } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ApiError } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { useCountdown } from '../../lib/use-countdown.ts';
import { useLogin } from './auth.api.ts';

interface LoginValues {
  username: string;
  password: string;
}

function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'auth.locked') return null;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/** The login form; on success the cache holds Me and the login page moves on by itself. */
export function LoginForm() {
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin();
  const { lang, t } = useI18n();
  const [failure, setFailure] = useState<{ error: unknown; lockedUntil: number | null } | null>(null);
  const secondsLeft = useCountdown(failure?.lockedUntil ?? null);
  const locked = secondsLeft > 0;

  const submit = (values: LoginValues) => {
    setFailure(null);
    login.mutate(values, {
      onError: (error) => {
        const wait = retryAfterSeconds(error);
        setFailure({ error, lockedUntil: wait ? Date.now() + wait * 1000 : null });
        form.setFieldValue('password', '');
      },
    });
  };

  const waitText = t.login.minutesSeconds(Math.floor(secondsLeft / 60), secondsLeft % 60);
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} size="large">
      {failure && (
        <Alert
          type={failure.lockedUntil ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 20 }}
          title={errorText(failure.error, lang, t)}
          description={failure.lockedUntil ? (locked ? t.login.lockedWait(waitText) : t.login.unlocked) : undefined}
        />
      )}
      <Form.Item
        name="username"
        label={t.login.username}
        rules={[{ required: true, whitespace: true, message: t.common.required(t.login.username) }]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t.login.password}
        rules={[{ required: true, message: t.common.required(t.login.password) }]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} disabled={locked}>
        {t.login.submit}
      </Button>
    </Form>
  );
}
