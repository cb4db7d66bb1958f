// One answer for a wrong address and for a screen the user may not open: existence is not revealed.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n-context.ts';

/** "Not found or no access", with a way back. */
export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t.common.notFoundTitle}
      subTitle={t.common.notFound}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t.common.backHome}
        </Button>
      }
    />
  );
}
