// The frame of every signed-in screen: header on top, the menu on the left, the page on the right.
import { Suspense, useState } from 'react';
import { Layout } from 'antd';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { useI18n } from '../i18n/i18n-context.ts';
import { FullPageSpin } from '../components/full-page-spin.tsx';
import { AppHeader } from './app-header.tsx';
import { AppMenu } from './app-menu.tsx';

/** Lays out header, side menu and the routed page. */
export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Layout className="app-shell">
      <AppHeader />
      <Layout>
        <Layout.Sider
          width={232}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="app-sider"
          theme="light"
        >
          <AppMenu />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <ErrorBoundary key={pathname.split('/')[1]} title={t.common.crashed} retryText={t.common.reload}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
