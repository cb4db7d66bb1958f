// Recording (or correcting) an agreement: title, date, content, the parties with who signed for each, the file.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Agreement, UnitRef } from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { EvidenceUpload } from '../targets/evidence-upload.tsx';
import type { UploadedFile } from '../targets/targets.api.ts';
import { useSaveAgreement } from './movements.api.ts';

interface FormValues {
  title: string;
  signedOn: Dayjs;
  content: string;
  parties: { unitId: number; signatory?: string }[];
  file?: UploadedFile | null;
}

export function AgreementModal({
  movementId,
  units,
  record,
  onClosed,
}: {
  movementId: number;
  /** The units that may sign: the launching unit and those covered. */
  units: UnitRef[];
  record: Agreement | null;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const a = t.movements.agreements;
  const [form] = Form.useForm<FormValues>();
  const save = useSaveAgreement(record?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);

  const submit = (values: FormValues) =>
    save
      .mutateAsync({
        movementId,
        title: values.title,
        signedOn: toApiDate(values.signedOn)!,
        content: values.content,
        attachmentId: values.file?.id ?? null,
        parties: values.parties.map((party) => ({ unitId: party.unitId, signatory: party.signatory?.trim() || null })),
      })
      .then(() => {
        void message.success(a.saved);
        close();
      })
      .catch((error: unknown) => report(error, form));

  return (
    <Modal
      {...modalProps}
      width={760}
      title={record ? a.editTitle : a.createTitle}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: record?.title ?? '',
          signedOn: dayjs(record?.signedOn ?? undefined),
          content: record?.content ?? '',
          parties: record?.parties.map((party) => ({ unitId: party.unit.id, signatory: party.signatory ?? '' })) ?? [
            {},
            {},
          ],
          file: record?.file ?? null,
        }}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="title" label={a.title} rules={[{ required: true, message: t.common.required(a.title) }]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="signedOn" label={a.signedOn} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="content" label={a.content} rules={[{ required: true, message: t.common.required(a.content) }]}>
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="bottom">
                  <Col span={13}>
                    <Form.Item
                      name={[field.name, 'unitId']}
                      label={index === 0 ? a.party : undefined}
                      rules={[{ required: true, message: t.common.requiredChoice(a.party) }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={9}>
                    <Form.Item name={[field.name, 'signatory']} label={index === 0 ? a.signatory : undefined}>
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Form.Item>
                      <Button
                        type="text"
                        danger
                        aria-label={a.delete}
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {a.addParty}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="file" label={a.file}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
