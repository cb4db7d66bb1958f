// Splitting a unit into new units and handing each of its units below to one of them.
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
import { joinNames } from './join-names.ts';
import { SplitAssignment } from './split-assignment.tsx';
import { SplitPartsList } from './split-parts-list.tsx';
import { useSplitUnit, useUnits } from './units.api.ts';

interface SplitValues {
  parts: { code: string; name: string; shortName?: string }[];
  assign?: Record<string, number>;
  effectiveDate: Dayjs;
}

/** The "Chia tách" dialog; on success it opens the parent, where the new units now sit. */
export function UnitSplitModal({ unit, onClosed }: { unit: UnitDetail; onClosed: () => void }) {
  const [form] = Form.useForm<SplitValues>();
  const split = useSplitUnit(unit.id);
  const children = useUnits({ parentId: unit.id });
  const activeChildren = (children.data ?? []).filter((child) => child.status === 'active');
  const confirm = useConfirm();
  const report = useErrorReporter();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: SplitValues) => {
    const parts = values.parts.map((part, index) => ({
      code: part.code.trim(),
      name: part.name.trim(),
      shortName: part.shortName?.trim() || undefined,
      childIds: activeChildren.filter((child) => values.assign?.[String(child.id)] === index).map((c) => c.id),
    }));
    confirm({
      title: t.units.actions.split,
      content: t.units.split.confirm(
        unit.name,
        joinNames(
          parts.map((part) => part.name),
          t.common.and,
        ),
      ),
      okText: t.units.split.submit,
      danger: true,
      onOk: () =>
        split
          .mutateAsync({ effectiveDate: toApiDate(values.effectiveDate), parts })
          .then((result) => {
            void message.success(t.units.split.done(result.items.length));
            close();
            if (unit.parentId) navigate(`/units/${unit.parentId}`);
          })
          .catch((error: unknown) => report(error, form)),
    });
  };

  return (
    <Modal
      {...modalProps}
      width={760}
      title={t.units.split.title(unit.name)}
      okText={t.units.split.submit}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      confirmLoading={split.isPending}
      onOk={() => form.submit()}
    >
      <Alert type="warning" showIcon title={t.units.split.help} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ parts: [{}, {}] }}>
        <SplitPartsList />
        <SplitAssignment units={activeChildren} loading={children.isPending} />
        <EffectiveDateItem />
      </Form>
    </Modal>
  );
}
