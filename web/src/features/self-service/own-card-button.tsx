// "Tải thẻ đoàn viên" on the member's own record: their card as a PDF, or why there is none yet.
import { useState } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { downloadPdf } from './pdf-download.ts';

/** Disabled, with the reason as its tooltip, when the member has no current card. */
export function OwnCardButton({ available }: { available: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  const button = (
    <Button
      type="primary"
      icon={<IdcardOutlined aria-hidden />}
      disabled={!available}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadPdf('/me/card.pdf')
          .then(() => message.success(t.selfService.card.downloaded))
          .catch((error: unknown) => report(error))
          .finally(() => setBusy(false));
      }}
    >
      {t.selfService.downloadCard}
    </Button>
  );
  return available ? button : <Tooltip title={t.selfService.cardUnavailable}>{button}</Tooltip>;
}
