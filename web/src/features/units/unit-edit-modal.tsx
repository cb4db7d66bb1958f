// Editing a unit's description from an effective date; only what changed is sent.
import { App, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { UnitDetail, UpdateUnitBody } from '../../../../shared/contracts/units.ts';
import type { Sector } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EffectiveDateItem } from './effective-date-item.tsx';
import { UnitProfileFields } from './unit-profile-fields.tsx';
import { useUpdateUnit } from './units.api.ts';

interface EditValues {
  name: string;
  shortName?: string;
  sector: Sector;
  province?: string;
  reportingParentId?: number | null;
  effectiveDate: Dayjs;
}

const blankToNull = (value: string | undefined) => value?.trim() || null;

function changes(unit: UnitDetail, values: EditValues): UpdateUnitBody {
  const body: UpdateUnitBody = {};
  if (values.name.trim() !== unit.name) body.name = values.name.trim();
  if (blankToNull(values.shortName) !== unit.shortName) body.shortName = blankToNull(values.shortName);
  if (values.sector !== unit.sector) body.sector = values.sector;
  if (blankToNull(values.province) !== unit.province) body.province = blankToNull(values.province);
  if ((values.reportingParentId ?? null) !== unit.reportingParentId) {
    body.reportingParentId = values.reportingParentId ?? null;
  }
  return body;
}

/** The "Sửa" dialog of a unit. */
export function UnitEditModal({ unit, onClosed }: { unit: UnitDetail; onClosed: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateUnit(unit.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: EditValues) => {
    const body = changes(unit, values);
    if (Object.keys(body).length === 0) {
      void message.info(t.units.edit.noChanges);
      close();
      return;
    }
    update.mutate(
      { ...body, effectiveDate: toApiDate(values.effectiveDate) },
      {
        onSuccess: () => {
          void message.success(t.units.edit.done);
          close();
        },
        onError: (error) => report(error, form),
      },
    );
  };

  return (
    <Modal
      {...modalProps}
      width={680}
      title={t.units.edit.title(unit.name)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          name: unit.name,
          shortName: unit.shortName ?? undefined,
          sector: unit.sector,
          province: unit.province ?? undefined,
          reportingParentId: unit.reportingParentId ?? undefined,
        }}
      >
        <UnitProfileFields reportingParent={unit.reportingParent} excludeIds={[unit.id]} />
        <EffectiveDateItem />
      </Form>
    </Modal>
  );
}
