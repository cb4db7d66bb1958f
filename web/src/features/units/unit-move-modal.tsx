// Moving a unit (and everything below it) under another parent, after a confirmation naming both.
import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail } from '../../../../shared/contracts/units.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toApiDate } from '../../lib/format.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EffectiveDateItem } from './effective-date-item.tsx';
import { UnitSelect, type UnitOption } from './unit-select.tsx';
import { useMoveUnit } from './units.api.ts';

interface MoveValues {
  parentId: number;
  effectiveDate: Dayjs;
}

/** The "Chuyển đơn vị cấp trên" dialog. */
export function UnitMoveModal({ unit, onClosed }: { unit: UnitDetail; onClosed: () => void }) {
  const [form] = Form.useForm<MoveValues>();
  const [target, setTarget] = useState<UnitOption | null>(null);
  const move = useMoveUnit(unit.id);
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: MoveValues) => {
    const targetName = target?.name ?? `#${values.parentId}`;
    confirm({
      title: t.units.actions.move,
      content: t.units.move.confirm(unit.name, targetName),
      okText: t.units.move.submit,
      onOk: () =>
        move
          .mutateAsync({ parentId: values.parentId, effectiveDate: toApiDate(values.effectiveDate) })
          .then(() => {
            void message.success(t.units.move.done(unit.name, targetName));
            close();
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={600}
      title={t.units.move.title(unit.name)}
      okText={t.units.move.submit}
      cancelText={t.common.cancel}
      confirmLoading={move.isPending}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="parentId"
          label={t.units.move.newParent}
          rules={[
            { required: true, message: t.common.requiredChoice(t.units.move.newParent) },
            {
              validator: (_, value: number | undefined) =>
                value === unit.parentId ? Promise.reject(new Error(t.units.move.sameParent)) : Promise.resolve(),
            },
          ]}
        >
          <UnitSelect activeOnly excludeIds={[unit.id]} onPicked={setTarget} />
        </Form.Item>
        <EffectiveDateItem />
      </Form>
    </Modal>
  );
}
