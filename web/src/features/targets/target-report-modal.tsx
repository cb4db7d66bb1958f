// Reporting the result of a manual indicator: the figure reached and its evidence (a description, a file, or both).
import { App, Form, Input, Modal, Typography } from 'antd';
import type { Indicator, Target } from '../../../../shared/contracts/targets.ts';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EvidenceUpload } from './evidence-upload.tsx';
import { FigureInput } from './figure-input.tsx';
import { periodLabel } from './period-label.ts';
import { useReportTarget, type UploadedFile } from './targets.api.ts';

interface ReportValues {
  reportedValue: number;
  evidence?: string;
  file?: UploadedFile | null;
}

export function TargetReportModal({
  target,
  indicator,
  onClosed,
}: {
  target: Target;
  indicator: Indicator;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const r = t.targets.report;
  const [form] = Form.useForm<ReportValues>();
  const send = useReportTarget(target.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: ReportValues) =>
    send
      .mutateAsync({
        reportedValue: values.reportedValue,
        evidence: values.evidence?.trim() || null,
        evidenceAttachmentId: values.file?.id ?? null,
      })
      .then(() => {
        void message.success(r.done);
        close();
      })
      .catch((error: unknown) => report(error, form));

  const needsEvidence = () => {
    const { evidence, file } = form.getFieldsValue();
    return evidence?.trim() || file ? Promise.resolve() : Promise.reject(new Error(r.needEvidence));
  };

  return (
    <Modal
      {...modalProps}
      width={620}
      title={r.title(indicator.name)}
      okText={r.submit}
      cancelText={t.common.cancel}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">
        {r.target(
          `${formatViNumber(target.targetValue)} ${indicator.unitOfMeasure}`,
          target.unit.name,
          periodLabel(t, target.periodStart, target.periodEnd),
        )}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          reportedValue: target.reportedValue ?? undefined,
          evidence: target.evidence ?? '',
          file: target.evidenceFile ? { ...target.evidenceFile } : null,
        }}
      >
        <Form.Item
          name="reportedValue"
          label={`${r.value} (${indicator.unitOfMeasure})`}
          rules={[{ required: true, message: t.common.required(r.value) }]}
        >
          <FigureInput autoFocus />
        </Form.Item>
        <Form.Item name="evidence" label={r.evidence} dependencies={['file']} rules={[{ validator: needsEvidence }]}>
          <Input.TextArea rows={3} maxLength={4000} placeholder={r.evidencePlaceholder} />
        </Form.Item>
        <Form.Item name="file" label={r.file} extra={r.fileHelp}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
