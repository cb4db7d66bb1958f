// Adding a unit below another: kind (only those allowed under the parent), code, names and start date.
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Unit } from '../../../../shared/contracts/units.ts';
import { allowedChildKinds, unitKindLabels, type Sector, type UnitKind } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EffectiveDateItem } from './effective-date-item.tsx';
import { UnitProfileFields } from './unit-profile-fields.tsx';
import { useCreateUnit } from './units.api.ts';

interface CreateValues {
  kind: UnitKind;
  code: string;
  name: string;
  shortName?: string;
  sector: Sector;
  province?: string;
  reportingParentId?: number | null;
  validFrom: Dayjs;
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]*$/;

/** The "Thêm đơn vị trực thuộc" dialog. */
export function UnitCreateModal({ parent, onClosed }: { parent: Unit; onClosed: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateUnit();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { t, pick } = useI18n();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const kinds = allowedChildKinds[parent.kind];

  const submit = (values: CreateValues) =>
    create.mutate(
      {
        parentId: parent.id,
        kind: values.kind,
        code: values.code.trim(),
        name: values.name.trim(),
        shortName: values.shortName?.trim() || undefined,
        sector: values.sector,
        province: values.province?.trim() || undefined,
        reportingParentId: values.reportingParentId ?? undefined,
        validFrom: toApiDate(values.validFrom),
      },
      {
        onSuccess: (unit) => {
          void message.success(t.units.create.done(unit.name));
          close();
        },
        onError: (error) => report(error, form),
      },
    );

  return (
    <Modal
      {...modalProps}
      width={680}
      title={t.units.create.title(parent.name)}
      okText={t.units.create.submit}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          kind: kinds.length === 1 ? kinds[0] : undefined,
          sector: parent.sector,
          province: parent.province ?? undefined,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="kind"
              label={t.units.kind}
              rules={[{ required: true, message: t.common.requiredChoice(t.units.kind) }]}
            >
              <Select
                placeholder={t.common.choose(t.units.kind)}
                options={kinds.map((kind) => ({ value: kind, label: pick(unitKindLabels[kind]) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="code"
              label={t.units.code}
              extra={t.units.codeHelp}
              normalize={(value: string) => value.toUpperCase()}
              rules={[
                { required: true, whitespace: true, message: t.common.required(t.units.code) },
                { min: 2, max: 40, message: t.common.minLength(t.units.code, 2) },
                { pattern: CODE_PATTERN, message: t.units.codeInvalid },
              ]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <UnitProfileFields excludeIds={[]} />
        <EffectiveDateItem name="validFrom" />
      </Form>
    </Modal>
  );
}
