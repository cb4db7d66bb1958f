// Date of birth, or only the year when that is all the records say (a switch chooses which).
import { Col, DatePicker, Form, InputNumber, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT } from '../../lib/format.ts';

const MIN_YEAR = 1900;

/** Two columns of a form row: the `birthDate` picker or the `birthYear` number, and the `birthYearOnly` switch. */
export function MemberBirthItems() {
  const { t } = useI18n();
  const f = t.members.fields;
  const form = Form.useFormInstance();
  const yearOnly = Form.useWatch<boolean | undefined>('birthYearOnly') ?? false;
  const thisYear = dayjs().year();

  return (
    <>
      <Col xs={14} md={10}>
        {yearOnly ? (
          <Form.Item
            name="birthYear"
            label={f.birthYear}
            rules={[{ type: 'number', min: MIN_YEAR, max: thisYear, message: `${MIN_YEAR}–${thisYear}` }]}
          >
            <InputNumber min={MIN_YEAR} max={thisYear} controls={false} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item name="birthDate" label={f.birthDate}>
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: '100%' }}
              disabledDate={(date) => date.isAfter(dayjs()) || date.year() < MIN_YEAR}
              defaultPickerValue={dayjs().subtract(35, 'year')}
            />
          </Form.Item>
        )}
      </Col>
      <Col xs={10} md={8}>
        <Form.Item name="birthYearOnly" valuePropName="checked" label={f.birthYearOnly}>
          <Switch
            onChange={(checked) => {
              // Keep what is known: switching to "year only" after picking a date keeps its year.
              const date = form.getFieldValue('birthDate') as Dayjs | null | undefined;
              if (checked && date) form.setFieldValue('birthYear', date.year());
            }}
          />
        </Form.Item>
      </Col>
    </>
  );
}
