// Step 1: the grassroots union to import into and the file, dropped or chosen, uploaded with a progress bar.
import { useEffect, useRef, useState } from 'react';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Progress, Typography, Upload } from 'antd';
import type { ImportUnit, ImportUpload } from '../../../../../shared/contracts/member-import.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { errorText } from '../../../lib/error-text.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useSignedInMe } from '../../auth/auth.api.ts';
import { fileSizeText } from './file-size-text.ts';
import { ImportUnitSelect } from './import-unit-select.tsx';
import { TEMPLATE_URL, uploadImportFile } from './member-import.api.ts';

interface ImportFileStepProps {
  unit: ImportUnit | null;
  onUnit: (unit: ImportUnit | null) => void;
  upload: ImportUpload | null;
  /** The new upload replaces (and discards) the one before. */
  onUploaded: (upload: ImportUpload) => void;
  maxBytes: number | undefined;
  onNext: () => void;
}

type Sending = { name: string; fraction: number; abort: () => void };

export function ImportFileStep({ unit, onUnit, upload, onUploaded, maxBytes, onNext }: ImportFileStepProps) {
  const { t, lang } = useI18n();
  const { csrfToken } = useSignedInMe();
  const f = t.memberImport.file;
  const [sending, setSending] = useState<Sending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<Sending | null>(null);

  // Leaving during an upload stops it, so no job is left behind on the server.
  useEffect(() => () => current.current?.abort(), []);

  const send = (file: File) => {
    current.current?.abort();
    setError(null);
    if (maxBytes && file.size > maxBytes) {
      setError(f.tooLarge(file.name, fileSizeText(maxBytes, lang)));
      return;
    }
    const { done, abort } = uploadImportFile(file, csrfToken, (fraction) =>
      setSending((state) => (state ? { ...state, fraction } : state)),
    );
    const started = { name: file.name, fraction: 0, abort };
    current.current = started;
    setSending(started);
    done
      .then((result) => {
        if (current.current === started) onUploaded(result);
      })
      .catch((failure: unknown) => {
        if (current.current === started && !(failure instanceof DOMException)) setError(errorText(failure, lang, t));
      })
      .finally(() => {
        if (current.current === started) {
          current.current = null;
          setSending(null);
        }
      });
  };

  return (
    <Form layout="vertical" style={{ maxWidth: 760 }} requiredMark={false}>
      <Form.Item label={f.unit} htmlFor="import-unit" extra={f.unitHelp} required>
        <ImportUnitSelect id="import-unit" value={unit} onChange={onUnit} />
      </Form.Item>
      <Form.Item>
        <Upload.Dragger
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={Boolean(sending)}
          beforeUpload={(file) => {
            send(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{f.drop}</p>
          <p className="ant-upload-hint">{f.dropHint(maxBytes ? fileSizeText(maxBytes, lang) : '…')}</p>
        </Upload.Dragger>
      </Form.Item>
      {sending && (
        <div role="status" style={{ marginBottom: 16 }}>
          <Typography.Text>{f.uploading(sending.name)}</Typography.Text>
          <Progress percent={Math.round(sending.fraction * 100)} status="active" />
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {upload && !sending && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={f.uploaded(upload.fileName, fileSizeText(upload.byteSize, lang))}
          description={f.headerFound(formatNumber(upload.headerRow), formatNumber(upload.headers.length))}
        />
      )}
      <Flex gap={8} wrap justify="space-between" align="center">
        <Flex vertical>
          <Typography.Link href={TEMPLATE_URL} download>
            <DownloadOutlined aria-hidden /> {f.template}
          </Typography.Link>
          <Typography.Text type="secondary">{f.templateHelp}</Typography.Text>
        </Flex>
        <Button type="primary" disabled={!upload || !unit || Boolean(sending)} onClick={onNext}>
          {t.memberImport.check.next}
        </Button>
      </Flex>
      {upload && !unit && (
        <Typography.Text type="warning" style={{ display: 'block', marginTop: 8 }}>
          {f.chooseUnitFirst}
        </Typography.Text>
      )}
    </Form>
  );
}
