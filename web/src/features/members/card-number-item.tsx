// The membership card number field: optional, 3–30 letters, digits and . / - (as the server checks).
import { Form, Input } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useI18n } from '../../i18n/i18n-context.ts';

const CARD_NUMBER = /^[A-Za-z0-9./-]{3,30}$/;

/** A form item for a card number, under `name` (cardNumber by default). */
export function CardNumberItem({
  name = 'cardNumber',
  label,
  extra,
}: {
  name?: NamePath;
  label?: string;
  extra?: string;
}) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label ?? t.members.fields.cardNumber}
      extra={extra}
      normalize={(value: string) => value.trim()}
      rules={[{ pattern: CARD_NUMBER, message: t.members.fields.cardNumberInvalid }]}
    >
      <Input maxLength={30} autoComplete="off" />
    </Form.Item>
  );
}
