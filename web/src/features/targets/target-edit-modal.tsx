// Editing one target's value and note; the unit that set it decides.
import { App, Form, Input, Modal } from 'antd';
import type { Indicator, Target } from '../../../../shared/contracts/targets.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { FigureInput } from './figure-input.tsx';
import { useUpdateTarget } from './targets.api.ts';

interface EditValues {
  targetValue: number;
  note?: string;
}

export function TargetEditModal({
  target,
  indicator,
  onClosed,
}: {
  target: Target;
  indicator: Indicator;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const e = t.targets.edit;
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateTarget(target.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: EditValues) =>
    update
      .mutateAsync({ targetValue: values.targetValue, note: values.note?.trim() || null })
      .then(() => {
        void message.success(e.done);
        close();
      })
      .catch((error: unknown) => report(error, form));

  return (
    <Modal
      {...modalProps}
      title={e.title(indicator.name, target.unit.name)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ targetValue: target.targetValue, note: target.note ?? '' }}
      >
        <Form.Item
          name="targetValue"
          label={`${e.value} (${indicator.unitOfMeasure})`}
          rules={[{ required: true, message: t.common.required(e.value) }]}
        >
          <FigureInput autoFocus />
        </Form.Item>
        <Form.Item name="note" label={e.note}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
