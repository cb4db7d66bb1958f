// The authors of a record: a person and a share each, with the running total that must reach exactly 100%.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Typography } from 'antd';
import { formatViNumber } from '../../../../shared/format-number.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { PersonSelect, type PersonOption } from './person-select.tsx';

type AuthorValue = { personId?: number | null; sharePercent?: number | null };

export function InitiativeAuthorsField({ known }: { known: PersonOption[] }) {
  const { t } = useI18n();
  const f = t.initiatives.form;
  const authors = (Form.useWatch('authors') as AuthorValue[] | undefined) ?? [];
  // Hundredths as integers, as the server adds them.
  const total = authors.reduce((sum, author) => sum + Math.round((author?.sharePercent ?? 0) * 100), 0) / 100;
  return (
    <Form.List
      name="authors"
      rules={[
        {
          validator: async (_, value: AuthorValue[] | undefined) => {
            const sum = (value ?? []).reduce((acc, author) => acc + Math.round((author?.sharePercent ?? 0) * 100), 0);
            if (sum !== 10000) throw new Error(f.shareSumHint);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={[field.name, 'personId']}
                style={{ flex: 1, marginBottom: 8 }}
                rules={[{ required: true, message: t.common.requiredChoice(f.author) }]}
                aria-label={`${f.author} ${index + 1}`}
              >
                <PersonSelect known={known} id={`author-${index}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'sharePercent']}
                style={{ width: 130, marginBottom: 8 }}
                rules={[{ required: true, message: t.common.required(f.share) }]}
              >
                <InputNumber
                  id={`author-share-${index}`}
                  aria-label={`${f.share} ${index + 1}`}
                  min={0.01}
                  max={100}
                  step={5}
                  precision={2}
                  decimalSeparator=","
                  suffix="%"
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={f.removeAuthor}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Flex justify="space-between" align="center">
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ personId: null, sharePercent: null })}>
              {f.addAuthor}
            </Button>
            <Typography.Text type={total === 100 ? 'success' : 'danger'} data-testid="share-total">
              {f.shareSum(formatViNumber(total))}
            </Typography.Text>
          </Flex>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
