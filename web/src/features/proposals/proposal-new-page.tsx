// /proposals/new: the draft's header — the proposing unit the officer keeps, the deciding unit above it, the
// title, the achievement year, the kind of commendation and the movement it answers; then its page opens.
import { useState } from 'react';
import { Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { occasionLabels } from '../../../../shared/contracts/awards.ts';
import { occasions, type Occasion } from '../../../../shared/contracts/emulation.ts';
import type { ProposalHeaderBody } from '../../../../shared/contracts/proposals.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useSignedInMe } from '../auth/auth.api.ts';
import { useCreateProposal, useDeciderOptions, useMovementOptions } from './proposals.api.ts';

const KEEPER_ROLES = ['admin', 'union_officer', 'emulation_officer'];

type Values = {
  proposerUnitId: number;
  deciderUnitId: number;
  title: string;
  year: number;
  occasion: Occasion;
  movementId?: number;
};

export function ProposalNewPage() {
  const { t, pick } = useI18n();
  const s = t.proposals;
  const f = s.fields;
  const { grants } = useSignedInMe();
  const navigate = useNavigate();
  const report = useErrorReporter();
  const [form] = Form.useForm<Values>();
  const own = grants.filter((grant) => KEEPER_ROLES.includes(grant.role));
  const [proposer, setProposer] = useState<number | undefined>(own[0]?.unitId);
  const deciders = useDeciderOptions(proposer);
  const movements = useMovementOptions(proposer);
  const create = useCreateProposal();

  const submit = (values: Values) =>
    create
      .mutateAsync({ ...values, movementId: values.movementId ?? null } satisfies ProposalHeaderBody)
      .then((created) => navigate(`/proposals/${created.id}`))
      .catch((error: unknown) => report(error, form));

  return (
    <>
      <PageHeader title={s.newTitle} />
      <Card style={{ maxWidth: 760 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ proposerUnitId: proposer, year: new Date().getFullYear(), occasion: 'regular' }}
          onFinish={submit}
        >
          <Form.Item name="proposerUnitId" label={f.proposerUnit} rules={[{ required: true }]}>
            <Select
              options={own.map((grant) => ({ value: grant.unitId, label: grant.unitName }))}
              onChange={(value: number) => {
                setProposer(value);
                form.setFieldsValue({ deciderUnitId: undefined, movementId: undefined });
              }}
            />
          </Form.Item>
          <Form.Item
            name="deciderUnitId"
            label={f.deciderUnit}
            rules={[{ required: true, message: t.common.requiredChoice(f.deciderUnit) }]}
          >
            <Select
              loading={deciders.isLoading}
              placeholder={t.common.choose(f.deciderUnit)}
              options={(deciders.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={f.title}
            rules={[{ required: true, whitespace: true, message: t.common.required(f.title) }]}
          >
            <Input maxLength={300} placeholder={f.titlePlaceholder} />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="year" label={f.year} rules={[{ required: true }]}>
              <InputNumber min={1945} max={2100} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="occasion" label={f.occasion} rules={[{ required: true }]} style={{ minWidth: 260 }}>
              <Select options={occasions.map((value) => ({ value, label: pick(occasionLabels[value]) }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="movementId" label={f.movement}>
            <Select
              allowClear
              loading={movements.isLoading}
              options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.year})` }))}
            />
          </Form.Item>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => navigate('/proposals')}>{t.common.cancel}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {s.create}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
