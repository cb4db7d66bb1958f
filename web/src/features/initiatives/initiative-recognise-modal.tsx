// Recognising a record: the level (scope of effect) and the decision's number and date.
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { recognitionLevels, type RecognitionLevel } from '../../../../shared/contracts/emulation.ts';
import { recognitionLevelLabels, type Initiative } from '../../../../shared/contracts/initiatives.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useRecogniseInitiative } from './initiatives.api.ts';

interface Values {
  recognitionLevel: RecognitionLevel;
  decisionNo: string;
  decisionDate: Dayjs;
}

export function InitiativeRecogniseModal({ record, onClosed }: { record: Initiative; onClosed: () => void }) {
  const { t, pick } = useI18n();
  const r = t.initiatives.recognise;
  const [form] = Form.useForm<Values>();
  const recognise = useRecogniseInitiative(record.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const submit = (values: Values) =>
    recognise
      .mutateAsync({
        recognitionLevel: values.recognitionLevel,
        decisionNo: values.decisionNo.trim(),
        decisionDate: toApiDate(values.decisionDate)!,
      })
      .then(() => {
        void message.success(r.done);
        close();
      })
      .catch((error: unknown) => report(error, form));
  return (
    <Modal
      {...modalProps}
      title={r.title(record.title)}
      okText={t.initiatives.actions.recognise}
      cancelText={t.common.cancel}
      confirmLoading={recognise.isPending}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ recognitionLevel: 'grassroots', decisionDate: dayjs() }}
      >
        <Form.Item name="recognitionLevel" label={r.level} rules={[{ required: true }]}>
          <Select options={recognitionLevels.map((value) => ({ value, label: pick(recognitionLevelLabels[value]) }))} />
        </Form.Item>
        <Form.Item
          name="decisionNo"
          label={r.decisionNo}
          rules={[{ required: true, whitespace: true, message: t.common.required(r.decisionNo) }]}
        >
          <Input maxLength={100} placeholder={r.decisionNoPlaceholder} />
        </Form.Item>
        <Form.Item name="decisionDate" label={r.decisionDate} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: 200 }} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
