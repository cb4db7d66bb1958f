// "In thẻ" on a member page: the membership card as a PDF, for officers who keep the member's union.
import { useState } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { MemberDetail } from '../../../../shared/contracts/members.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { downloadPdf } from '../self-service/pdf-download.ts';

/** Shown for an active member with a card number; the server still checks, and says why when it refuses. */
export function MemberCardButton({ member }: { member: MemberDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  if (!member.abilities.update || member.status !== 'active' || !member.cardNumber) return null;
  return (
    <Button
      icon={<PrinterOutlined aria-hidden />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadPdf(`/members/${member.id}/card.pdf`)
          .then(() => message.success(t.selfService.card.downloaded))
          .catch((error: unknown) => report(error))
          .finally(() => setBusy(false));
      }}
    >
      {t.selfService.card.print}
    </Button>
  );
}
