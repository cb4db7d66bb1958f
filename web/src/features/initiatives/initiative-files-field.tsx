// The files of a record: each one uploaded at once (checked and stored by the server); the form keeps their ids.
import { useState } from 'react';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatNumber } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { uploadEvidence, type UploadedFile } from '../targets/targets.api.ts';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.doc,.xls,.txt';

/** A form control whose value is the list of files on the record. */
export function InitiativeFilesField({
  id,
  value = [],
  onChange,
}: {
  id?: string;
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
}) {
  const { t } = useI18n();
  const f = t.initiatives.form;
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
          {f.upload}
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
            aria-label={f.removeFile}
            onClick={() => onChange?.(value.filter((other) => other.id !== file.id))}
          />
        </Flex>
      ))}
    </Flex>
  );
}
