// The door of the app: product name, subtitle and the login form on a calm background.
import { Card, Flex, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { BrandMark } from '../../components/brand-mark.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useMe } from './auth.api.ts';
import { LoginForm } from './login-form.tsx';

/** /login: shows the form, or moves a signed-in user on. */
export function LoginPage() {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();
  const from = (location.state as { from?: string } | null)?.from;

  if (me.isPending) return <FullPageSpin height="100vh" />;
  if (me.data) {
    const target = me.data.user.mustChangePassword ? '/account' : (from ?? '/');
    return <Navigate to={target} replace />;
  }
  return (
    <Flex vertical align="center" justify="center" className="login-screen">
      <Card className="login-card" styles={{ body: { padding: 32 } }}>
        <Flex justify="flex-end" style={{ marginBottom: 16 }}>
          <LanguageSwitch />
        </Flex>
        <div style={{ marginBottom: 28 }}>
          <BrandMark large />
        </div>
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
          {t.login.title}
        </Typography.Title>
        <LoginForm />
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 16 }}>
        {t.login.footer}
      </Typography.Text>
    </Flex>
  );
}
