// The header: product name, language switch, who is signed in and the way out.
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Layout, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout, useSignedInMe } from '../features/auth/auth.api.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { BrandMark } from '../components/brand-mark.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { NotificationsBell } from '../features/notifications/notifications-bell.tsx';

/** The top bar of every signed-in screen. */
export function AppHeader() {
  const me = useSignedInMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const { t } = useI18n();

  return (
    <Layout.Header className="app-header">
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <BrandMark />
        <Flex align="center" gap={16}>
          <LanguageSwitch />
          <NotificationsBell />
          <Button type="text" className="app-header-user" onClick={() => navigate('/account')}>
            <Avatar size="small" icon={<UserOutlined aria-hidden />} className="app-header-avatar" />
            <Typography.Text strong ellipsis style={{ maxWidth: 220 }}>
              {me.user.displayName}
            </Typography.Text>
          </Button>
          <Button icon={<LogoutOutlined aria-hidden />} loading={logout.isPending} onClick={() => logout.mutate()}>
            {t.nav.logout}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
