// Registering or correcting a record: kind, title, field, unit, date, benefit, application, authors, files.
import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  initiativeApplicationLabels,
  initiativeApplications,
  initiativeKindLabels,
  initiativeKinds,
  type Initiative,
  type InitiativeApplication,
  type InitiativeKind,
} from '../../../../shared/contracts/initiatives.ts';
import { FilesField } from '../../components/files-field.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import type { UploadedFile } from '../targets/targets.api.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { InitiativeAuthorsField } from './initiative-authors-field.tsx';
import { useSaveInitiative } from './initiatives.api.ts';
import { personLabel } from './person-select.tsx';

interface FormValues {
  kind: InitiativeKind;
  title: string;
  field?: string;
  unitId: number;
  submittedOn: Dayjs;
  benefitVnd?: number | null;
  appliedAt?: string;
  application: InitiativeApplication;
  accepted?: boolean;
  authors: { personId: number; sharePercent: number }[];
  files: UploadedFile[];
}

/** Dots between thousands in the money field, as the đồng is written. */
const groupThousands = (value: number | string | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const parseThousands = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '') || 0);

export function InitiativeFormModal({
  record,
  defaultUnit,
  onClosed,
}: {
  record: Initiative | null;
  defaultUnit: { id: number; code: string; name: string } | null;
  onClosed: () => void;
}) {
  const { t, pick } = useI18n();
  const f = t.initiatives.form;
  const [form] = Form.useForm<FormValues>();
  const save = useSaveInitiative(record?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const kind = Form.useWatch('kind', form);
  const known = (record?.authors ?? []).map((author) => ({ id: author.personId, label: personLabel(author) }));

  const submit = (values: FormValues) =>
    save
      .mutateAsync({
        kind: values.kind,
        title: values.title,
        field: values.field?.trim() || null,
        unitId: values.unitId,
        submittedOn: toApiDate(values.submittedOn)!,
        benefitVnd: values.benefitVnd || null,
        appliedAt: values.appliedAt?.trim() || null,
        application: values.application,
        accepted: values.kind === 'research' && Boolean(values.accepted),
        authors: values.authors.map((author) => ({ personId: author.personId, sharePercent: author.sharePercent })),
        attachmentIds: values.files.map((file) => file.id),
      })
      .then(() => {
        void message.success(record ? f.saved : f.created);
        close();
      })
      .catch((error: unknown) => report(error, form));

  const unitOption = record?.unit ?? defaultUnit;
  return (
    <Modal
      {...modalProps}
      width={760}
      title={record ? f.editTitle : f.createTitle}
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
          kind: record?.kind ?? 'initiative',
          title: record?.title ?? '',
          field: record?.field ?? '',
          unitId: unitOption?.id,
          submittedOn: dayjs(record?.submittedOn ?? undefined),
          benefitVnd: record?.benefitVnd ?? null,
          appliedAt: record?.appliedAt ?? '',
          application: record?.application ?? 'applied',
          accepted: record?.accepted ?? false,
          authors: record?.authors.map(({ personId, sharePercent }) => ({ personId, sharePercent })) ?? [
            { personId: null, sharePercent: 100 },
          ],
          files: record?.files ?? [],
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={f.kind} rules={[{ required: true }]}>
              <Select options={initiativeKinds.map((value) => ({ value, label: pick(initiativeKindLabels[value]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="unitId"
              label={f.unit}
              rules={[{ required: true, message: t.common.requiredChoice(f.unit) }]}
            >
              <UnitSelect activeOnly initialOption={unitOption} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="title"
          label={f.title}
          rules={[{ required: true, whitespace: true, message: t.common.required(f.title) }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} autoFocus />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="field" label={f.field}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="submittedOn" label={f.submittedOn} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="benefitVnd" label={f.benefit}>
              <InputNumber<number>
                min={0}
                precision={0}
                formatter={groupThousands}
                parser={parseThousands}
                suffix="đ"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="application" label={f.application}>
              <Select
                options={initiativeApplications.map((value) => ({
                  value,
                  label: pick(initiativeApplicationLabels[value]),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="appliedAt" label={f.appliedAt}>
          <Input maxLength={500} />
        </Form.Item>
        {kind === 'research' && (
          <Form.Item name="accepted" valuePropName="checked">
            <Checkbox>{f.accepted}</Checkbox>
          </Form.Item>
        )}
        <Form.Item label={f.authors} required>
          <InitiativeAuthorsField known={known} />
        </Form.Item>
        <Form.Item name="files" label={f.files}>
          <FilesField labels={{ upload: f.upload, removeFile: () => f.removeFile }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
