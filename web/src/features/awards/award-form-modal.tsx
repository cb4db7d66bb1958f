// Recording a title or commendation for a person or a collective, including one conferred by an outside
// authority: the decision's number and date, who decided, the occasion.
import { useState } from 'react';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { authorityLabels, occasionLabels, type AwardTypeOption } from '../../../../shared/contracts/awards.ts';
import { occasions, type Occasion } from '../../../../shared/contracts/emulation.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { UnitCodeSelect } from '../members/unit-code-select.tsx';
import { AwardTypeSelect } from './award-type-select.tsx';
import { useCreateAward, type AwardRecipient } from './awards.api.ts';

type Values = {
  code: string;
  year: number;
  decisionNo: string;
  decisionDate: Dayjs;
  deciderKind: 'unit' | 'authority';
  deciderUnitCode?: string;
  authority?: AwardTypeOption['authorities'][number];
  organisation?: string;
  occasion: Occasion;
  note?: string;
};

export function AwardFormModal({
  recipient,
  name,
  onClosed,
}: {
  recipient: AwardRecipient;
  name: string;
  onClosed: () => void;
}) {
  const { t, pick } = useI18n();
  const f = t.awards.form;
  const [form] = Form.useForm<Values>();
  const [type, setType] = useState<AwardTypeOption>();
  const deciderKind = Form.useWatch('deciderKind', form);
  const create = useCreateAward();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: Values) =>
    create
      .mutateAsync({
        ...('person' in recipient ? { personId: recipient.person } : { unitCode: recipient.unit }),
        code: values.code,
        year: values.year,
        decisionNo: values.decisionNo.trim(),
        decisionDate: toApiDate(values.decisionDate)!,
        decider:
          values.deciderKind === 'unit'
            ? { kind: 'unit', unitCode: values.deciderUnitCode ?? '' }
            : {
                kind: 'authority',
                authority: values.authority!,
                ...(values.organisation?.trim() ? { organisation: values.organisation.trim() } : {}),
              },
        occasion: values.occasion,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      })
      .then(() => {
        void message.success(f.done);
        close();
      })
      .catch((error: unknown) => report(error, form));

  return (
    <Modal
      {...modalProps}
      width={640}
      title={f.title(name)}
      okText={f.save}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        name="award"
        layout="vertical"
        onFinish={submit}
        initialValues={{ year: new Date().getFullYear() - 1, deciderKind: 'authority', occasion: 'regular' }}
      >
        <Form.Item name="code" label={f.code} rules={[{ required: true, message: t.common.requiredChoice(f.code) }]}>
          <AwardTypeSelect
            kind={'person' in recipient ? 'individual' : 'collective'}
            onPicked={(picked) => {
              setType(picked);
              form.setFieldValue('authority', picked?.authorities[0]);
              if (picked && picked.authorities.length === 0) form.setFieldValue('deciderKind', 'unit');
            }}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="year" label={f.year} rules={[{ required: true, message: t.common.required(f.year) }]}>
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="decisionNo"
              label={f.decisionNo}
              rules={[{ required: true, whitespace: true, message: t.common.required(f.decisionNo) }]}
            >
              <Input maxLength={60} placeholder={f.decisionNoPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="decisionDate"
              label={f.decisionDate}
              rules={[{ required: true, message: t.common.requiredChoice(f.decisionDate) }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="deciderKind" label={f.deciderKind}>
          <Radio.Group
            options={[
              { value: 'authority', label: f.deciderAuthority, disabled: type?.authorities.length === 0 },
              { value: 'unit', label: f.deciderUnit },
            ]}
          />
        </Form.Item>
        {deciderKind === 'unit' ? (
          <Form.Item
            name="deciderUnitCode"
            label={f.deciderUnitCode}
            rules={[{ required: true, message: t.common.requiredChoice(f.deciderUnitCode) }]}
          >
            <UnitCodeField />
          </Form.Item>
        ) : (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="authority"
                label={f.authority}
                extra={f.authorityHelp}
                rules={[{ required: true, message: t.common.requiredChoice(f.authority) }]}
              >
                <Select
                  options={(type?.authorities ?? []).map((value) => ({ value, label: pick(authorityLabels[value]) }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="organisation" label={f.organisation}>
                <Input maxLength={200} placeholder={f.organisationPlaceholder} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="occasion" label={f.occasion}>
          <Select options={occasions.map((value) => ({ value, label: pick(occasionLabels[value]) }))} />
        </Form.Item>
        <Form.Item name="note" label={f.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** UnitCodeSelect as a Form.Item child. */
function UnitCodeField({ id, value, onChange }: { id?: string; value?: string; onChange?: (code?: string) => void }) {
  return <UnitCodeSelect id={id} code={value} onChange={(code) => onChange?.(code)} />;
}
