// The bar of a running check or import: the check moves with the bytes of the file read, the write with
// the rows written, so it moves before the number of rows is known.
import { Progress, Typography } from 'antd';
import type { ImportJob } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { formatNumber } from '../../../lib/format.ts';

export function ImportProgress({ job, total }: { job: ImportJob; total?: number | undefined }) {
  const { t } = useI18n();
  const { phase, rows, percent } = job.progress;
  const writing = phase === 'write';
  const title = writing
    ? t.memberImport.commit.writing
    : job.state === 'importing'
      ? t.memberImport.check.recheck
      : t.memberImport.check.running;
  const detail = writing && total ? t.memberImport.commit.written(formatNumber(rows), formatNumber(total)) : null;
  return (
    <div role="status" aria-live="polite">
      <Typography.Text strong>{title}</Typography.Text>
      <Progress percent={Math.floor(percent)} status="active" />
      <Typography.Text type="secondary">{detail ?? t.memberImport.check.rowsRead(formatNumber(rows))}</Typography.Text>
    </div>
  );
}
