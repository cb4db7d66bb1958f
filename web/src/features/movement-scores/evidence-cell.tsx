// A criterion's evidence: a download link for readers; for the unit while it scores, upload and remove.
import { useState } from 'react';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Upload } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { uploadEvidence } from '../targets/targets.api.ts';
import type { EvidenceFile } from './use-sheet-edits.ts';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.doc,.xls,.txt';

export function EvidenceCell({
  value,
  href,
  editable,
  label,
  onChange,
}: {
  value: EvidenceFile | null;
  /** Where the saved file downloads from; null while the upload is not saved yet. */
  href: string | null;
  editable: boolean;
  label: string;
  onChange: (file: EvidenceFile | null) => void;
}) {
  const { t } = useI18n();
  const s = t.scoring.sheet;
  const { csrfToken } = useSignedInMe();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  return (
    <Flex vertical gap={4}>
      {value && (
        <Flex gap={4} align="center">
          <PaperClipOutlined aria-hidden />
          {href ? <a href={href}>{value.fileName}</a> : <span>{value.fileName}</span>}
          {editable && (
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={s.removeFile}
              onClick={() => onChange(null)}
            />
          )}
        </Flex>
      )}
      {editable && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          maxCount={1}
          customRequest={({ file }) => {
            setBusy(true);
            uploadEvidence(file as File, csrfToken)
              .then((uploaded) =>
                onChange({ id: uploaded.id, fileName: uploaded.fileName, byteSize: uploaded.byteSize }),
              )
              .catch((error: unknown) => report(error))
              .finally(() => setBusy(false));
          }}
        >
          <Button size="small" icon={<UploadOutlined aria-hidden />} loading={busy} aria-label={label}>
            {s.upload}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
