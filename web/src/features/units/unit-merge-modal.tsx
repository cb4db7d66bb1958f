// Merging a unit into another: its units below follow; confirmed with a sentence naming both units.
import { useState } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import type { UnitDetail } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toApiDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EffectiveDateItem } from './effective-date-item.tsx';
import { UnitSelect, type UnitOption } from './unit-select.tsx';
import { useMergeUnit } from './units.api.ts';

interface MergeValues {
  targetId: number;
  effectiveDate: Dayjs;
}

/** The "Sáp nhập" dialog; on success it opens the receiving unit. */
export function UnitMergeModal({ unit, onClosed }: { unit: UnitDetail; onClosed: () => void }) {
  const [form] = Form.useForm<MergeValues>();
  const [target, setTarget] = useState<UnitOption | null>(null);
  const merge = useMergeUnit(unit.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: MergeValues) => {
    const targetName = target?.name ?? `#${values.targetId}`;
    confirm({
      title: t.units.actions.merge,
      content: t.units.merge.confirm(unit.name, targetName),
      okText: t.units.merge.submit,
      danger: true,
      onOk: () =>
        merge
          .mutateAsync({ targetId: values.targetId, effectiveDate: toApiDate(values.effectiveDate) })
          .then((result) => {
            void message.success(t.units.merge.done(unit.name, targetName));
            close();
            navigate(`/units/${result.id}`);
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={600}
      title={t.units.merge.title(unit.name)}
      okText={t.units.merge.submit}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={merge.isPending}
      onOk={() => form.submit()}
    >
      <Alert type="warning" showIcon title={t.units.merge.help} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="targetId"
          label={t.units.merge.target}
          rules={[{ required: true, message: t.common.requiredChoice(t.units.merge.target) }]}
        >
          <UnitSelect activeOnly excludeIds={[unit.id]} onPicked={setTarget} />
        </Form.Item>
        <EffectiveDateItem />
      </Form>
    </Modal>
  );
}
