// The evidence files of a proposal item: each uploaded at once (checked and stored by the server); the form keeps
// their ids. Worded for a dossier's evidence (minh chứng), not for an initiative's attachments.
import { useState } from 'react';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { uploadEvidence, type UploadedFile } from '../targets/targets.api.ts';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.doc,.xls,.txt';

/** A form control whose value is the item's list of evidence files. */
export function ProposalFilesField({
  id,
  value = [],
  onChange,
}: {
  id?: string;
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
}) {
  const { t } = useI18n();
  const s = t.proposals.itemForm;
  const { csrfToken } = useSignedInMe();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  return (
    <Flex vertical gap={6}>
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        customRequest={({ file }) => {
          setBusy(true);
          uploadEvidence(file as File, csrfToken)
            .then((uploaded) => onChange?.([...value, uploaded]))
            .catch((error: unknown) => report(error))
            .finally(() => setBusy(false));
        }}
      >
        <Button id={id} icon={<UploadOutlined aria-hidden />} loading={busy}>
          {s.upload}
        </Button>
      </Upload>
      {value.map((file) => (
        <Flex key={file.id} gap={6} align="center">
          <PaperClipOutlined aria-hidden />
          <Typography.Text>
            {file.fileName} ({formatNumber(Math.max(1, Math.round(file.byteSize / 1024)))} KB)
          </Typography.Text>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={s.removeFile(file.fileName)}
            onClick={() => onChange?.(value.filter((other) => other.id !== file.id))}
          />
        </Flex>
      ))}
    </Flex>
  );
}
