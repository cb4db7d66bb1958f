// The new units a split creates: at least two, each with a code, a name and an optional short name.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row } from 'antd';
import { useI18n } from '../../i18n/i18n-context.ts';

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_.-]*$/;
const MIN_PARTS = 2;
const MAX_PARTS = 20;

/** The `parts` list of the split form. */
export function SplitPartsList() {
  const { t } = useI18n();
  return (
    <Form.List
      name="parts"
      rules={[
        {
          validator: (_, parts: unknown[] | undefined) =>
            (parts?.length ?? 0) >= MIN_PARTS ? Promise.resolve() : Promise.reject(new Error(t.units.split.minParts)),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t.units.split.part(index + 1)}
              style={{ marginBottom: 12 }}
              styles={{ body: { paddingBottom: 0 } }}
              extra={
                fields.length > MIN_PARTS && (
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t.units.split.removePart}
                    title={t.units.split.removePart}
                    onClick={() => remove(field.name)}
                  />
                )
              }
            >
              <Row gutter={12}>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'code']}
                    label={t.units.code}
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
                <Col xs={24} md={11}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t.units.name}
                    rules={[
                      { required: true, whitespace: true, message: t.common.required(t.units.name) },
                      { min: 2, message: t.common.minLength(t.units.name, 2) },
                    ]}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'shortName']} label={t.units.shortName}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          {fields.length < MAX_PARTS && (
            <Button
              type="dashed"
              block
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({})}
              style={{ marginBottom: 16 }}
            >
              {t.units.split.addPart}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
