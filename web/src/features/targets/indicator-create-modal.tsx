// A unit defines its own indicator (name, unit of measure), reported by hand with evidence, for its subtree.
import { Alert, App, Form, Input, Modal } from 'antd';
import type { TargetUnitRef } from '../../../../shared/contracts/targets.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useCreateIndicator } from './targets.api.ts';

interface IndicatorValues {
  name: string;
  unitOfMeasure: string;
}

export function IndicatorCreateModal({ unit, onClosed }: { unit: TargetUnitRef; onClosed: () => void }) {
  const { t } = useI18n();
  const d = t.targets.indicator;
  const [form] = Form.useForm<IndicatorValues>();
  const create = useCreateIndicator();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: IndicatorValues) =>
    create
      .mutateAsync({ ownerUnitId: unit.id, name: values.name, unitOfMeasure: values.unitOfMeasure })
      .then((created) => {
        void message.success(d.done(created.name));
        close();
      })
      .catch((error: unknown) => report(error, form));

  return (
    <Modal
      {...modalProps}
      title={d.title(unit.name)}
      okText={d.submit}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
    >
      <Alert type="info" showIcon title={d.help} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={d.name}
          rules={[
            { required: true, whitespace: true, message: t.common.required(d.name) },
            { min: 3, message: t.common.minLength(d.name, 3) },
          ]}
        >
          <Input placeholder={d.namePlaceholder} maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item
          name="unitOfMeasure"
          label={d.unitOfMeasure}
          rules={[{ required: true, whitespace: true, message: t.common.required(d.unitOfMeasure) }]}
        >
          <Input placeholder={d.unitOfMeasurePlaceholder} maxLength={50} style={{ maxWidth: 240 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
