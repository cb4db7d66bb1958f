// The full name field, with titles allowed in front and a live reading of how the name will be split.
import { Form, Input, Typography } from 'antd';
import { parsePersonName } from '../../../../shared/text/person-name.ts';
import { formatTitles } from '../../../../shared/text/name-titles.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

function NameReading() {
  const { t } = useI18n();
  const f = t.members.fields;
  const text = Form.useWatch<string | undefined>('fullName') ?? '';
  const name = parsePersonName(text);
  if (!name.fullName) return null;
  const parts = [
    name.titles.length > 0 ? `${f.titles}: ${formatTitles(name.titles)}` : null,
    name.familyName ? `${f.familyName}: ${name.familyName}` : null,
    name.middleName ? `${f.middleName}: ${name.middleName}` : null,
    `${f.givenName}: ${name.givenName}`,
  ].filter(Boolean);
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} aria-live="polite">
      {parts.join(' · ')}
    </Typography.Text>
  );
}

/** "Họ và tên": required, 2–200 characters, e.g. "PGS.TS. Nguyễn Văn An". */
export function MemberNameItem() {
  const { t } = useI18n();
  const label = t.members.fields.fullName;
  return (
    <Form.Item
      name="fullName"
      label={label}
      extra={
        <>
          {t.members.fields.fullNameHelp}
          <NameReading />
        </>
      }
      rules={[
        { required: true, whitespace: true, message: t.common.required(label) },
        { min: 2, max: 200, message: t.common.minLength(label, 2) },
      ]}
    >
      <Input maxLength={200} autoComplete="off" />
    </Form.Item>
  );
}
