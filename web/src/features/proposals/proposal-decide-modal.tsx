// "Issue the decision": the date, the number (the issuer's next one unless typed by hand), the symbol the first
// time the issuer numbers in a year, and the signer.
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { API_DATE_FORMAT, DATE_FORMAT } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useDecide, useDecisionNumber } from './proposals.api.ts';

type Values = { decisionDate: Dayjs; decisionNo?: string; symbol?: string; signerName: string; signerTitle: string };

export function ProposalDecideModal({ proposal, onClosed }: { proposal: ProposalDetail; onClosed: () => void }) {
  const { t } = useI18n();
  const s = t.proposals.decision;
  const [form] = Form.useForm<Values>();
  const date = Form.useWatch('decisionDate', form) as Dayjs | undefined;
  const symbol = Form.useWatch('symbol', form) as string | undefined;
  const numbering = useDecisionNumber(proposal.id, date ? date.format(API_DATE_FORMAT) : null);
  const decide = useDecide(proposal.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const next = numbering.data;
  const passed = proposal.items.filter((item) => item.outcome === 'passed').length;
  const suggested = next ? `${next.nextNumber}/${(next.symbolKnown ? next.symbol : symbol) || next.symbol}` : '';
  return (
    <Modal
      {...modalProps}
      title={s.issue}
      okText={s.issue}
      cancelText={t.common.cancel}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph>{s.passedCount(passed)}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: dayjs() }}
        onFinish={(values) =>
          decide
            .mutateAsync({
              version: proposal.version,
              decisionDate: values.decisionDate.format(API_DATE_FORMAT),
              decisionNo: values.decisionNo?.trim() || undefined,
              symbol: next && !next.symbolKnown ? values.symbol?.trim() || next.symbol : undefined,
              signerName: values.signerName,
              signerTitle: values.signerTitle,
            })
            .then(() => {
              void message.success(s.issued);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item name="decisionDate" label={s.date} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} />
        </Form.Item>
        {next && !next.symbolKnown && (
          <Form.Item name="symbol" label={s.symbol} extra={s.symbolHelp} initialValue={next.symbol}>
            <Input maxLength={40} placeholder={next.symbol} />
          </Form.Item>
        )}
        <Form.Item name="decisionNo" label={s.number} extra={suggested && s.numberHelp(suggested)}>
          <Input maxLength={60} placeholder={suggested} />
        </Form.Item>
        <Form.Item
          name="signerTitle"
          label={s.signerTitle}
          rules={[{ required: true, whitespace: true, message: t.common.required(s.signerTitle) }]}
        >
          <Input maxLength={200} placeholder={s.signerTitlePlaceholder} />
        </Form.Item>
        <Form.Item
          name="signerName"
          label={s.signerName}
          rules={[{ required: true, whitespace: true, message: t.common.required(s.signerName) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
