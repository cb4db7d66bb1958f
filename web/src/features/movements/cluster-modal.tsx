// Creating or editing a cluster or bloc: name, kind, organising unit, member units, leader, years valid.
import { useState } from 'react';
import { CloseOutlined } from '@ant-design/icons';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, Tag, Flex } from 'antd';
import {
  clusterKindLabels,
  clusterKinds,
  type Cluster,
  type ClusterKind,
  type UnitRef,
} from '../../../../shared/contracts/movements.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { UnitSelect } from '../units/unit-select.tsx';
import { useSaveCluster } from './movements.api.ts';

interface FormValues {
  name: string;
  kind: ClusterKind;
  organisingUnitId: number;
  leaderUnitId?: number | null;
  validFrom: number;
  validTo?: number | null;
}

export function ClusterModal({ record, onClosed }: { record: Cluster | null; onClosed: () => void }) {
  const { t, pick } = useI18n();
  const c = t.movements.clusters;
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCluster(record?.id ?? null);
  const report = useErrorReporter();
  const { message } = App.useApp();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const { grants } = useSignedInMe();
  const [members, setMembers] = useState<UnitRef[]>(record?.units ?? []);
  const ownGrant = grants.find((grant) => grant.role !== 'member' && grant.role !== 'council_member');
  const organiser =
    record?.organisingUnit ??
    (ownGrant ? { id: ownGrant.unitId, code: ownGrant.unitCode, name: ownGrant.unitName } : null);

  const submit = (values: FormValues) =>
    save
      .mutateAsync({
        ...values,
        leaderUnitId: values.leaderUnitId ?? null,
        validTo: values.validTo ?? null,
        unitIds: members.map((unit) => unit.id),
      })
      .then(() => {
        void message.success(c.saved);
        close();
      })
      .catch((error: unknown) => report(error, form));

  return (
    <Modal
      {...modalProps}
      width={720}
      title={record ? c.editTitle : c.createTitle}
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
          kind: record?.kind ?? 'cluster',
          organisingUnitId: organiser?.id,
          leaderUnitId: record?.leaderUnit?.id ?? null,
          validFrom: record?.validFrom ?? new Date().getFullYear(),
          validTo: record?.validTo ?? null,
        }}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="name" label={c.name} rules={[{ required: true, message: t.common.required(c.name) }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={c.kind}>
              <Select options={clusterKinds.map((value) => ({ value, label: pick(clusterKindLabels[value]) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="organisingUnitId" label={c.organisingUnit} rules={[{ required: true }]}>
          <UnitSelect initialOption={organiser} activeOnly />
        </Form.Item>
        <Form.Item label={c.members}>
          <UnitSelect
            activeOnly
            value={null}
            excludeIds={members.map((unit) => unit.id)}
            onPicked={(unit) => unit && setMembers([...members, unit])}
          />
          <Flex wrap gap={6} style={{ marginTop: 8 }}>
            {members.map((unit) => (
              <Tag
                key={unit.id}
                closable
                closeIcon={<CloseOutlined aria-label={c.delete} />}
                onClose={() => setMembers(members.filter((known) => known.id !== unit.id))}
              >
                {unit.name}
              </Tag>
            ))}
          </Flex>
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="leaderUnitId" label={c.leaderUnit}>
              <Select allowClear options={members.map((unit) => ({ value: unit.id, label: unit.name }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="validFrom" label={c.validFrom} rules={[{ required: true }]}>
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="validTo" label={c.validTo}>
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
