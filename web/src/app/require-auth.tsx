// The gate in front of every signed-in screen: waits for /auth/me, sends strangers to the login page.
import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../features/auth/auth.api.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { errorText } from '../lib/error-text.ts';
import { FullPageSpin } from '../components/full-page-spin.tsx';

/** Renders the nested routes only for a signed-in user. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const { lang, t } = useI18n();

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={errorText(me.error, lang, t)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            {t.common.retry}
          </Button>
        }
      />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
