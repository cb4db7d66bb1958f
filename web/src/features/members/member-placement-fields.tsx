// Where a new person works and, for a member, the grassroots union they belong to (create form only).
import { Col, DatePicker, Divider, Form, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { contractKindLabels, contractKinds } from '../../../../shared/members-enums.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { CardNumberItem } from './card-number-item.tsx';
import { membershipUnitKinds } from './membership-unit-kinds.ts';

const notFuture = (date: Dayjs) => date.isAfter(dayjs(), 'day');

/** `employment.*`, the `isMember` switch and, when it is on, `membership.*`. */
export function MemberPlacementFields() {
  const { t, pick } = useI18n();
  const f = t.members.fields;
  const isMember = Form.useWatch<boolean | undefined>('isMember') ?? false;

  return (
    <>
      <Divider titlePlacement="start" plain>
        {t.members.sections.work}
      </Divider>
      <Form.Item
        name={['employment', 'unitId']}
        label={f.workUnit}
        rules={[{ required: true, message: t.common.requiredChoice(f.workUnit) }]}
      >
        <UnitSelect activeOnly />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['employment', 'validFrom']}
            label={f.workFrom}
            rules={[{ required: true, message: t.common.requiredChoice(f.workFrom) }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={notFuture} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['employment', 'contractKind']} label={f.contractKind}>
            <Select
              allowClear
              placeholder={t.common.choose(f.contractKind)}
              options={contractKinds.map((value) => ({ value, label: pick(contractKindLabels[value]) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t.members.sections.membership}
      </Divider>
      <Form.Item name="isMember" valuePropName="checked" label={f.isMember} layout="horizontal">
        <Switch />
      </Form.Item>
      {isMember && (
        <>
          <Form.Item
            name={['membership', 'unitId']}
            label={f.unit}
            rules={[{ required: true, message: t.common.requiredChoice(f.unit) }]}
          >
            <UnitSelect activeOnly kinds={membershipUnitKinds} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['membership', 'joinedOn']}
                label={f.joinedOn}
                rules={[{ required: true, message: t.common.requiredChoice(f.joinedOn) }]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <CardNumberItem name={['membership', 'cardNumber']} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
