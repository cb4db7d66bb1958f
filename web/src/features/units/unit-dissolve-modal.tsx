// Dissolving a unit with a recorded reason, after a confirmation naming it.
import { Alert, App, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toApiDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EffectiveDateItem } from './effective-date-item.tsx';
import { useDissolveUnit } from './units.api.ts';

interface DissolveValues {
  reason: string;
  effectiveDate: Dayjs;
}

/** The "Giải thể" dialog. */
export function UnitDissolveModal({ unit, onClosed }: { unit: UnitDetail; onClosed: () => void }) {
  const [form] = Form.useForm<DissolveValues>();
  const dissolve = useDissolveUnit(unit.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: DissolveValues) =>
    confirm({
      title: t.units.actions.dissolve,
      content: t.units.dissolve.confirm(unit.name),
      okText: t.units.dissolve.submit,
      danger: true,
      onOk: () =>
        dissolve
          .mutateAsync({ reason: values.reason.trim(), effectiveDate: toApiDate(values.effectiveDate) })
          .then(() => {
            void message.success(t.units.dissolve.done(unit.name));
            close();
          })
          .catch((error: unknown) => report(error, form)),
    });

  return (
    <Modal
      {...modalProps}
      width={600}
      title={t.units.dissolve.title(unit.name)}
      okText={t.units.dissolve.submit}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={dissolve.isPending}
      onOk={() => form.submit()}
    >
      <Alert type="warning" showIcon title={t.units.dissolve.help} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t.units.dissolve.reason}
          rules={[
            { required: true, whitespace: true, message: t.common.required(t.units.dissolve.reason) },
            { min: 3, message: t.common.minLength(t.units.dissolve.reason, 3) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t.units.dissolve.reasonPlaceholder} />
        </Form.Item>
        <EffectiveDateItem />
      </Form>
    </Modal>
  );
}
