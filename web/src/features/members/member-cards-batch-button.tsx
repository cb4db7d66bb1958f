// "In thẻ đoàn viên" on the member list: every active card of the grassroots union picked in the filter,
// eight to an A4 sheet with cut marks.
import { useState } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { downloadPdf } from '../self-service/pdf-download.ts';

/** `unit` is the unit code of the list's filter; without one the button explains what to pick. */
export function MemberCardsBatchButton({ unit }: { unit: string | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  const c = t.selfService.card;
  const button = (
    <Button
      icon={<PrinterOutlined aria-hidden />}
      disabled={!unit}
      loading={busy}
      onClick={() => {
        if (!unit) return;
        setBusy(true);
        downloadPdf(`/members/cards.pdf?unit=${encodeURIComponent(unit)}`)
          .then(({ headers }) =>
            message.success(
              c.batchDone(
                formatNumber(Number(headers.get('x-cards-count') ?? 0)),
                formatNumber(Number(headers.get('x-cards-skipped') ?? 0)),
              ),
            ),
          )
          .catch((error: unknown) => report(error))
          .finally(() => setBusy(false));
      }}
    >
      {c.printBatch}
    </Button>
  );
  return <Tooltip title={unit ? c.printBatchHelp : c.chooseUnit}>{button}</Tooltip>;
}
