// The files of a record (an initiative's attachments, a proposal item's evidence): each one uploaded at once,
// checked and stored by the server; the form keeps their ids. The caller words the buttons.
import { useState } from 'react';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { formatNumber } from '../lib/format.ts';
import { useErrorReporter } from '../lib/use-error-reporter.ts';
import { useSignedInMe } from '../features/auth/auth.api.ts';
import { uploadEvidence, type UploadedFile } from '../features/targets/targets.api.ts';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.doc,.xls,.txt';

export type FilesFieldLabels = { upload: string; removeFile: (fileName: string) => string };

/** A form control whose value is the list of files on the record. */
export function FilesField({
  id,
  value = [],
  onChange,
  labels,
}: {
  id?: string;
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
  labels: FilesFieldLabels;
}) {
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
          {labels.upload}
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
            aria-label={labels.removeFile(file.fileName)}
            onClick={() => onChange?.(value.filter((other) => other.id !== file.id))}
          />
        </Flex>
      ))}
    </Flex>
  );
}
