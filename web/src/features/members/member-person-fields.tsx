// The fields a person is described by, shared by the create and edit forms.
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import {
  ethnicities,
  genderLabels,
  genders,
  qualificationLabels,
  qualifications,
} from '../../../../shared/members-enums.ts';
import { foldForSearch } from '../../../../shared/text/fold.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { MemberBirthItems } from './member-birth-items.tsx';
import { MemberNameItem } from './member-name-item.tsx';

const CITIZEN_ID = /^(\d{9}|\d{12})$/;
const PHONE = /^[0-9 +().-]{8,20}$/;

/** Name, gender, birth, ethnicity, religion, citizen ID, phone, email, qualification and position. */
export function MemberPersonFields({ maskedCitizenId }: { maskedCitizenId?: string | null }) {
  const { t, pick } = useI18n();
  const f = t.members.fields;
  return (
    <>
      <MemberNameItem />
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="gender" label={f.gender}>
            <Radio.Group options={genders.map((gender) => ({ value: gender, label: pick(genderLabels[gender]) }))} />
          </Form.Item>
        </Col>
        <MemberBirthItems />
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="ethnicity" label={f.ethnicity}>
            <Select
              allowClear
              options={ethnicities.map((name) => ({ value: name, label: name }))}
              showSearch={{
                filterOption: (input, option) => foldForSearch(String(option?.label)).includes(foldForSearch(input)),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="religion" label={f.religion}>
            <Input maxLength={100} placeholder={f.religionPlaceholder} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="citizenId"
            label={f.citizenId}
            tooltip={f.citizenIdHelp}
            extra={maskedCitizenId ? f.citizenIdHidden : undefined}
            normalize={(value: string) => value.replace(/\s/g, '')}
            rules={[{ pattern: CITIZEN_ID, message: f.citizenIdInvalid }]}
          >
            <Input maxLength={12} inputMode="numeric" autoComplete="off" placeholder={maskedCitizenId ?? undefined} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="phone" label={f.phone} rules={[{ pattern: PHONE, message: f.phoneInvalid }]}>
            <Input maxLength={20} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="email" label={f.email} rules={[{ type: 'email', message: f.emailInvalid }]}>
            <Input maxLength={200} inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="qualification" label={f.qualification}>
            <Select
              allowClear
              placeholder={t.common.choose(f.qualification)}
              options={qualifications.map((value) => ({ value, label: pick(qualificationLabels[value]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="position" label={f.position}>
            <Input maxLength={200} placeholder={f.positionPlaceholder} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
