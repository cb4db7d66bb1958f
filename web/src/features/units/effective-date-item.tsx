// The "Ngày hiệu lực" field every change to the tree carries, today unless the user picks another day.
import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT } from '../../lib/format.ts';

/** A form item named `name` (effectiveDate by default) holding a dayjs date. */
export function EffectiveDateItem({ name = 'effectiveDate', label }: { name?: string; label?: string }) {
  const { t } = useI18n();
  const text = label ?? t.common.effectiveDate;
  return (
    <Form.Item
      name={name}
      label={text}
      extra={t.common.effectiveDateHelp}
      initialValue={dayjs()}
      rules={[{ required: true, message: t.common.requiredChoice(text) }]}
    >
      <DatePicker format={DATE_FORMAT} style={{ width: 200 }} allowClear={false} />
    </Form.Item>
  );
}
