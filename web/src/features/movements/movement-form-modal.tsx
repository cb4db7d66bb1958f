// Drafting or correcting a movement's header: name, launching unit, kind, year, period, goals, deadlines and the
// launch document (its number and file).
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import {
  movementKindLabels,
  movementKinds,
  type Movement,
  type MovementKind,
} from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { DATE_FORMAT, toApiDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { EvidenceUpload } from '../targets/evidence-upload.tsx';
import type { UploadedFile } from '../targets/targets.api.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useSaveMovement } from './movements.api.ts';

interface FormValues {
  name: string;
  launchingUnitId: number;
  kind: MovementKind;
  year: number;
  period: [Dayjs, Dayjs];
  goals?: string;
  pledgeDeadline?: Dayjs | null;
  selfAssessmentDeadline?: Dayjs | null;
  proposalDeadline?: Dayjs | null;
  launchDocumentNo?: string;
  launchDocument?: UploadedFile | null;
}

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);

export function MovementFormModal({ record, onClosed }: { record: Movement | null; onClosed: () => void }) {
  const { t, pick } = useI18n();
  const f = t.movements.form;
  const [form] = Form.useForm<FormValues>();
  const save = useSaveMovement(record?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const { grants } = useSignedInMe();
  const ownGrant = grants.find((grant) => grant.role !== 'member' && grant.role !== 'council_member');
  const unitOption =
    record?.launchingUnit ??
    (ownGrant ? { id: ownGrant.unitId, code: ownGrant.unitCode, name: ownGrant.unitName } : null);
  const launched = record !== null && record.status !== 'draft';
  const year = new Date().getFullYear();

  const submit = (values: FormValues) =>
    save
      .mutateAsync({
        name: values.name,
        launchingUnitId: values.launchingUnitId,
        kind: values.kind,
        year: values.year,
        startsOn: toApiDate(values.period[0])!,
        endsOn: toApiDate(values.period[1])!,
        goals: values.goals?.trim() || null,
        pledgeDeadline: toApiDate(values.pledgeDeadline) ?? null,
        selfAssessmentDeadline: toApiDate(values.selfAssessmentDeadline) ?? null,
        proposalDeadline: toApiDate(values.proposalDeadline) ?? null,
        launchDocumentNo: values.launchDocumentNo?.trim() || null,
        launchDocumentId: values.launchDocument?.id ?? null,
      })
      .then((saved) => {
        void message.success(record ? f.saved : f.created);
        close();
        if (!record) navigate(`/movements/${saved.id}`);
      })
      .catch((error: unknown) => report(error, form));

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
          name: record?.name ?? '',
          launchingUnitId: unitOption?.id,
          kind: record?.kind ?? 'regular',
          year: record?.year ?? year,
          period: record
            ? [dayjs(record.startsOn), dayjs(record.endsOn)]
            : [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)],
          goals: record?.goals ?? '',
          pledgeDeadline: day(record?.pledgeDeadline),
          selfAssessmentDeadline: day(record?.selfAssessmentDeadline),
          proposalDeadline: day(record?.proposalDeadline),
          launchDocumentNo: record?.launchDocumentNo ?? '',
          launchDocument: record?.launchDocument ?? null,
        }}
      >
        <Form.Item name="name" label={f.name} rules={[{ required: true, message: t.common.required(f.name) }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="launchingUnitId"
              label={f.launchingUnit}
              rules={[{ required: true, message: t.common.requiredChoice(f.launchingUnit) }]}
            >
              {launched ? (
                <Select disabled options={[{ value: unitOption?.id, label: unitOption?.name }]} />
              ) : (
                <UnitSelect initialOption={unitOption} activeOnly />
              )}
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={f.kind} rules={[{ required: true }]}>
              <Select
                disabled={launched}
                options={movementKinds.map((value) => ({ value, label: pick(movementKindLabels[value]) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="year" label={f.year} rules={[{ required: true }]}>
              <InputNumber min={1945} max={2100} disabled={launched} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="period"
              label={f.period}
              rules={[{ required: true, message: t.common.required(f.period) }]}
            >
              <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="goals" label={f.goals}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="pledgeDeadline" label={f.pledgeDeadline}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="selfAssessmentDeadline" label={f.selfAssessmentDeadline}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="proposalDeadline" label={f.proposalDeadline}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="launchDocumentNo" label={f.documentNo}>
              <Input maxLength={100} placeholder={f.documentNoPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="launchDocument" label={f.document}>
              <EvidenceUpload />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
