// Asking the eligibility check: who (fixed on a member's page, or picked), which title or form, which year.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, InputNumber, Radio, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { AwardTypeSelect } from '../awards/award-type-select.tsx';
import { PersonSelect, type PersonOption } from '../initiatives/person-select.tsx';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import { useEligibilityCheck } from './eligibility.api.ts';
import { EligibilityResultView } from './eligibility-result-view.tsx';

type Values = { kind: 'individual' | 'collective'; personId?: number; unitCode?: string; code: string; year: number };

export function EligibilityCheckForm({
  personId,
  initial,
}: {
  /** On a member's page: the person is given and not asked. */
  personId?: number;
  initial?: { personId?: number; code?: string; year?: number };
}) {
  const { t, lang } = useI18n();
  const e = t.eligibility;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'individual';
  const [known] = useState<PersonOption[]>([]);
  const check = useEligibilityCheck();
  const submit = (values: Values) =>
    check.mutate({
      ...(personId !== undefined
        ? { personId }
        : values.kind === 'individual'
          ? { personId: values.personId }
          : { unitCode: values.unitCode }),
      code: values.code,
      year: values.year,
    });
  return (
    <Flex vertical gap={12}>
      <Card size="small" styles={{ body: { paddingBottom: 0 } }}>
        <Form
          form={form}
          name="eligibility"
          layout="vertical"
          onFinish={submit}
          initialValues={{
            kind: 'individual',
            personId: initial?.personId,
            code: initial?.code,
            year: initial?.year ?? new Date().getFullYear() - 1,
          }}
        >
          <Flex gap={12} wrap align="end">
            {personId === undefined && (
              <>
                <Form.Item name="kind" label={e.recipientKind}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'individual', label: e.individual },
                      { value: 'collective', label: e.collective },
                    ]}
                    onChange={() => form.setFieldValue('code', undefined)}
                  />
                </Form.Item>
                {kind === 'individual' ? (
                  <Form.Item
                    name="personId"
                    label={e.person}
                    style={{ minWidth: 320 }}
                    rules={[{ required: true, message: t.common.requiredChoice(e.person) }]}
                  >
                    <PersonSelect known={known} />
                  </Form.Item>
                ) : (
                  <Form.Item
                    name="unitCode"
                    label={e.unit}
                    style={{ minWidth: 320 }}
                    rules={[{ required: true, message: t.common.requiredChoice(e.unit) }]}
                  >
                    <UnitCodeField />
                  </Form.Item>
                )}
              </>
            )}
            <Form.Item
              name="code"
              label={e.code}
              style={{ minWidth: 320 }}
              rules={[{ required: true, message: t.common.requiredChoice(e.code) }]}
            >
              <AwardTypeSelect kind={personId !== undefined || kind === 'individual' ? 'individual' : 'collective'} />
            </Form.Item>
            <Form.Item name="year" label={e.year} rules={[{ required: true, message: t.common.required(e.year) }]}>
              <InputNumber min={1945} max={2100} />
            </Form.Item>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SafetyCertificateOutlined aria-hidden />}
                loading={check.isPending}
              >
                {e.check}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      {check.isError && <Alert type="error" showIcon title={errorText(check.error, lang, t)} />}
      {check.data && !check.isPending && <EligibilityResultView check={check.data} />}
      {!check.data && !check.isError && <Typography.Text type="secondary">{e.chooseFirst}</Typography.Text>}
    </Flex>
  );
}

/** UnitCodeSelect as a Form.Item child. */
function UnitCodeField({ id, value, onChange }: { id?: string; value?: string; onChange?: (code?: string) => void }) {
  return <UnitCodeSelect id={id} code={value} onChange={(code) => onChange?.(code)} />;
}
