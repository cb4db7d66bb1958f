// The public posting: its window (the deciding unit may move the end), the objections received and their
// resolution; an upheld objection takes its item out of the list.
import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Form, Input, List, Modal, Radio, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Objection, ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { API_DATE_FORMAT, DATE_FORMAT, formatDate } from '../../lib/format.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { useModalLifecycle } from '../../lib/use-modal-lifecycle.ts';
import { useAddObjection, useChangePosting, useResolveObjection } from './proposals.api.ts';
import { recipientName } from './recipient-name.ts';

const STATUS_COLOURS = { open: 'warning', upheld: 'error', dismissed: 'default' } as const;

type Open = { dialog: 'until' } | { dialog: 'add' } | { dialog: 'resolve'; objection: Objection } | null;

export function ProposalPostingCard({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useI18n();
  const s = t.proposals.posting;
  const [open, setOpen] = useState<Open>(null);
  const closed = () => setOpen(null);
  const manage = proposal.abilities.managePosting;
  const itemName = (id: number | null) => {
    const item = proposal.items.find((candidate) => candidate.id === id);
    return item ? recipientName(item) : s.wholeProposal;
  };
  return (
    <Card
      size="small"
      title={s.title}
      extra={
        manage && (
          <Flex gap={8}>
            <Button onClick={() => setOpen({ dialog: 'until' })}>{s.changeUntil}</Button>
            <Button type="primary" onClick={() => setOpen({ dialog: 'add' })}>
              {s.addObjection}
            </Button>
          </Flex>
        )
      }
    >
      {proposal.postingFrom && proposal.postingUntil && (
        <Typography.Paragraph strong>
          {s.window(formatDate(proposal.postingFrom), formatDate(proposal.postingUntil))}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        header={<Typography.Text strong>{s.objections}</Typography.Text>}
        locale={{ emptyText: s.noObjections }}
        dataSource={proposal.objections}
        renderItem={(objection) => (
          <List.Item
            actions={
              manage && objection.status === 'open'
                ? [
                    <Button key="resolve" size="small" onClick={() => setOpen({ dialog: 'resolve', objection })}>
                      {s.resolve}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2}>
              <Flex gap={8} wrap align="center">
                <Tag color={STATUS_COLOURS[objection.status]}>{s.status[objection.status]}</Tag>
                <Typography.Text type="secondary">
                  {formatDate(objection.receivedOn)} · {objection.raisedBy ?? t.common.none} · {s.item}:{' '}
                  {itemName(objection.itemId)}
                </Typography.Text>
              </Flex>
              <Typography.Text>{objection.content}</Typography.Text>
              {objection.resolution && <Typography.Text type="secondary">{objection.resolution}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
      {open?.dialog === 'until' && <PostingUntilModal proposal={proposal} onClosed={closed} />}
      {open?.dialog === 'add' && <ObjectionModal proposal={proposal} itemName={itemName} onClosed={closed} />}
      {open?.dialog === 'resolve' && <ResolveModal proposal={proposal} objection={open.objection} onClosed={closed} />}
    </Card>
  );
}

function useSubmit(onDone: string, close: () => void) {
  const report = useErrorReporter();
  const { message } = App.useApp();
  return (promise: Promise<unknown>, form: Parameters<typeof report>[1]) =>
    promise
      .then(() => {
        void message.success(onDone);
        close();
      })
      .catch((error: unknown) => report(error, form));
}

function PostingUntilModal({ proposal, onClosed }: { proposal: ProposalDetail; onClosed: () => void }) {
  const { t } = useI18n();
  const s = t.proposals.posting;
  const [form] = Form.useForm<{ postingUntil: Dayjs }>();
  const change = useChangePosting(proposal.id);
  const { close, modalProps } = useModalLifecycle(onClosed);
  const submit = useSubmit(s.saved, close);
  return (
    <Modal
      {...modalProps}
      title={s.changeUntil}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ postingUntil: proposal.postingUntil ? dayjs(proposal.postingUntil) : dayjs() }}
        onFinish={(values) =>
          submit(
            change.mutateAsync({
              version: proposal.version,
              postingUntil: values.postingUntil.format(API_DATE_FORMAT),
            }),
            form,
          )
        }
      >
        <Form.Item name="postingUntil" label={s.until} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ObjectionValues = { receivedOn: Dayjs; raisedBy?: string; content: string; itemId?: number };

function ObjectionModal({
  proposal,
  itemName,
  onClosed,
}: {
  proposal: ProposalDetail;
  itemName: (id: number | null) => string;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const s = t.proposals.posting;
  const [form] = Form.useForm<ObjectionValues>();
  const add = useAddObjection(proposal.id);
  const { close, modalProps } = useModalLifecycle(onClosed);
  const submit = useSubmit(s.added, close);
  return (
    <Modal
      {...modalProps}
      title={s.addObjection}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
    >
      <Form<ObjectionValues>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: dayjs() }}
        onFinish={(values) =>
          submit(
            add.mutateAsync({
              receivedOn: values.receivedOn.format(API_DATE_FORMAT),
              raisedBy: values.raisedBy?.trim() || undefined,
              content: values.content,
              itemId: values.itemId ?? null,
            }),
            form,
          )
        }
      >
        <Form.Item name="receivedOn" label={s.receivedOn} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item name="raisedBy" label={s.raisedBy}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="itemId" label={s.item}>
          <Select
            allowClear
            placeholder={s.wholeProposal}
            options={proposal.items.map((item) => ({ value: item.id, label: itemName(item.id) }))}
          />
        </Form.Item>
        <Form.Item
          name="content"
          label={s.content}
          rules={[{ required: true, whitespace: true, message: t.common.required(s.content) }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResolveModal({
  proposal,
  objection,
  onClosed,
}: {
  proposal: ProposalDetail;
  objection: Objection;
  onClosed: () => void;
}) {
  const { t } = useI18n();
  const s = t.proposals.posting;
  const [form] = Form.useForm<{ status: 'upheld' | 'dismissed'; resolution: string }>();
  const resolve = useResolveObjection(proposal.id, objection.id);
  const { close, modalProps } = useModalLifecycle(onClosed);
  const submit = useSubmit(s.resolved, close);
  return (
    <Modal
      {...modalProps}
      title={s.resolve}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={resolve.isPending}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph>{objection.content}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ status: 'dismissed' }}
        onFinish={(values) => submit(resolve.mutateAsync(values), form)}
      >
        <Form.Item name="status">
          <Radio.Group
            options={[
              { value: 'dismissed', label: s.dismissed },
              { value: 'upheld', label: s.upheld },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="resolution"
          label={s.resolution}
          rules={[{ required: true, whitespace: true, message: t.common.required(s.resolution) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
