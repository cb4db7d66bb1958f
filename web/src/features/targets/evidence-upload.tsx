// Attaching one evidence file: it is uploaded at once (checked and stored by the server), and the form
// keeps what the server answered, to send its id with the report.
import { useState } from 'react';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { uploadEvidence, type UploadedFile } from './targets.api.ts';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.doc,.xls,.txt';

/** A form control whose value is the uploaded file (or null). */
export function EvidenceUpload({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: UploadedFile | null;
  onChange?: (file: UploadedFile | null) => void;
}) {
  const { t } = useI18n();
  const r = t.targets.report;
  const { csrfToken } = useSignedInMe();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);

  return (
    <Flex vertical gap={6}>
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        maxCount={1}
        customRequest={({ file }) => {
          setBusy(true);
          uploadEvidence(file as File, csrfToken)
            .then((uploaded) => onChange?.(uploaded))
            .catch((error: unknown) => report(error))
            .finally(() => setBusy(false));
        }}
      >
        <Button id={id} icon={<UploadOutlined aria-hidden />} loading={busy}>
          {r.upload}
        </Button>
      </Upload>
      {value && (
        <Flex gap={6} align="center">
          <PaperClipOutlined aria-hidden />
          <Typography.Text>
            {value.fileName} ({formatNumber(Math.max(1, Math.round(value.byteSize / 1024)))} KB)
          </Typography.Text>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={r.removeFile}
            onClick={() => onChange?.(null)}
          />
        </Flex>
      )}
    </Flex>
  );
}
