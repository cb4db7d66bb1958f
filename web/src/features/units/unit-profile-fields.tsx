// The fields a unit is described by, shared by the create and edit forms.
import { Col, Form, Input, Radio, Row } from 'antd';
import { sectorLabels, sectors } from '../../../../shared/enums.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { UnitSelect, type UnitOption } from './unit-select.tsx';

/** Name, short name, sector, province and reporting parent as antd form items. */
export function UnitProfileFields({
  reportingParent,
  excludeIds,
}: {
  reportingParent?: UnitOption | null;
  excludeIds?: number[];
}) {
  const { t, pick } = useI18n();
  return (
    <>
      <Form.Item
        name="name"
        label={t.units.name}
        rules={[
          { required: true, whitespace: true, message: t.common.required(t.units.name) },
          { min: 2, max: 300, message: t.common.minLength(t.units.name, 2) },
        ]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="shortName" label={t.units.shortName}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="province" label={t.units.province}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="sector" label={t.units.sector} rules={[{ required: true }]}>
        <Radio.Group
          options={sectors.map((sector) => ({ value: sector, label: pick(sectorLabels[sector]) }))}
          optionType="button"
        />
      </Form.Item>
      <Form.Item name="reportingParentId" label={t.units.reportingParent} extra={t.units.reportingParentHelp}>
        <UnitSelect allowClear activeOnly initialOption={reportingParent ?? null} excludeIds={excludeIds} />
      </Form.Item>
    </>
  );
}
