// Step 3: the check running with its bar, then the figures, the errors by row and column and the report.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import type { ImportJob } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { formatNumber } from '../../../lib/format.ts';
import { ImportErrorsTable } from './import-errors-table.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportSummary } from './import-summary.tsx';
import { errorReportUrl } from './member-import.api.ts';

interface ImportCheckStepProps {
  job: ImportJob;
  onBackToMapping: () => void;
  onAnotherFile: () => void;
  onNext: () => void;
}

export function ImportCheckStep({ job, onBackToMapping, onAnotherFile, onNext }: ImportCheckStepProps) {
  const { t, lang } = useI18n();
  const c = t.memberImport.check;
  const report = job.report;
  const actions = (ready: boolean) => (
    <Flex gap={8} justify="space-between" wrap>
      <Flex gap={8} wrap>
        <Button onClick={onBackToMapping}>{c.backToMapping}</Button>
        <Button onClick={onAnotherFile}>{t.memberImport.file.another}</Button>
      </Flex>
      <Button type="primary" disabled={!ready} onClick={onNext}>
        {c.next}
      </Button>
    </Flex>
  );

  if (job.state === 'checking') return <ImportProgress job={job} />;
  if (job.state === 'failed' && job.error) {
    return (
      <Flex vertical gap={16}>
        <Alert
          type="error"
          showIcon
          title={c.failed}
          description={lang === 'en' ? job.error.messageEn : job.error.message}
        />
        {actions(false)}
      </Flex>
    );
  }
  if (!report) return null;
  const errors = report.errorCount;
  return (
    <Flex vertical gap={16}>
      <ImportSummary report={report} />
      {errors === 0 && report.rows > 0 && <Alert type="success" showIcon title={c.clean} />}
      {errors === 0 && report.rows === 0 && <Alert type="warning" showIcon title={c.noRows} />}
      {errors > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            title={c.hasErrors(formatNumber(errors))}
            description={
              errors > report.errors.length
                ? c.firstErrors(formatNumber(report.errors.length), formatNumber(errors))
                : undefined
            }
            action={
              <Button icon={<DownloadOutlined aria-hidden />} href={errorReportUrl(job.id)} download>
                {c.download}
              </Button>
            }
          />
          <ImportErrorsTable report={report} />
        </>
      )}
      {actions(errors === 0 && report.rows > 0)}
    </Flex>
  );
}
