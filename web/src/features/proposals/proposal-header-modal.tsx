// Correcting a draft's (or a returned proposal's) details: the deciding unit, title, achievement year, kind of
// commendation and movement. The proposing unit stays: a proposal of another unit is a new proposal.
import { App, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { occasionLabels } from '../../../../shared/contracts/awards.ts';
import { occasions, type Occasion } from '../../../../shared/contracts/emulation.ts';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useDeciderOptions, useMovementOptions, useUpdateProposal } from './proposals.api.ts';

type Values = { deciderUnitId: number; title: string; year: number; occasion: Occasion; movementId?: number };

export function ProposalHeaderModal({ proposal, onClosed }: { proposal: ProposalDetail; onClosed: () => void }) {
  const { t, pick } = useI18n();
  const s = t.proposals;
  const f = s.fields;
  const [form] = Form.useForm<Values>();
  const { close, modalProps } = useModalLifecycle(onClosed);
  const deciders = useDeciderOptions(proposal.proposerUnit.id);
  const movements = useMovementOptions(proposal.proposerUnit.id);
  const update = useUpdateProposal(proposal.id);
  const report = useErrorReporter();
  const { message } = App.useApp();
  // Until the options arrive, the current movement keeps its name in the field.
  const movementOptions = movements.data
    ? movements.data.items.map((m) => ({ value: m.id, label: `${m.name} (${m.year})` }))
    : proposal.movement
      ? [{ value: proposal.movement.id, label: proposal.movement.name }]
      : [];
  return (
    <Modal
      {...modalProps}
      width={720}
      title={s.editHeader.title}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          deciderUnitId: proposal.deciderUnit.id,
          title: proposal.title,
          year: proposal.year,
          occasion: proposal.occasion,
          movementId: proposal.movement?.id,
        }}
        onFinish={(values) =>
          update
            .mutateAsync({ ...values, movementId: values.movementId ?? null, version: proposal.version })
            .then(() => {
              void message.success(s.editHeader.saved);
              close();
            })
            .catch((error: unknown) => report(error, form))
        }
      >
        <Form.Item label={f.proposerUnit}>
          <Input value={proposal.proposerUnit.name} disabled />
        </Form.Item>
        <Form.Item
          name="deciderUnitId"
          label={f.deciderUnit}
          rules={[{ required: true, message: t.common.requiredChoice(f.deciderUnit) }]}
        >
          <Select
            loading={deciders.isLoading}
            options={(deciders.data?.items ?? [proposal.deciderUnit]).map((unit) => ({
              value: unit.id,
              label: unit.name,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={f.title}
          rules={[{ required: true, whitespace: true, message: t.common.required(f.title) }]}
        >
          <Input maxLength={300} />
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
          <Select allowClear loading={movements.isLoading} options={movementOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
