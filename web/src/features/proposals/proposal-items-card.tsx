// The items of a proposal: recipient, form, the engine's verdict (its reasons on expanding the row), the
// appraiser's note, the outcome and the council's tally; the edit and appraisal buttons the abilities allow.
import { useState } from 'react';
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { verdictLabels } from '../../../../shared/contracts/awards.ts';
import type { Verdict } from '../../../../shared/contracts/emulation.ts';
import {
  itemOutcomeLabels,
  type ItemOutcome,
  type ProposalDetail,
  type ProposalItem,
} from '../../../../shared/contracts/proposals.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { ProposalAppraisalModal } from './proposal-appraisal-modal.tsx';
import { ProposalItemDetails } from './proposal-item-details.tsx';
import { ProposalItemModal } from './proposal-item-modal.tsx';
import { useRemoveItem } from './proposals.api.ts';
import { recipientName } from './recipient-name.ts';

const VERDICT_COLOURS: Record<Verdict, string> = { eligible: 'success', ineligible: 'error', needs_review: 'warning' };
const OUTCOME_COLOURS: Record<ItemOutcome, string> = {
  pending: 'default',
  passed: 'success',
  not_passed: 'error',
  excluded: 'error',
};

type Open = { dialog: 'item' | 'appraise'; item: ProposalItem | null } | null;

export function ProposalItemsCard({ proposal }: { proposal: ProposalDetail }) {
  const { t, lang, pick } = useI18n();
  const s = t.proposals.items;
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const remove = useRemoveItem(proposal.id);
  const [open, setOpen] = useState<Open>(null);
  const closed = () => setOpen(null);
  const { edit, appraise } = proposal.abilities;

  const columns: ColumnsType<ProposalItem> = [
    { title: '#', dataIndex: 'position', width: 48 },
    {
      title: s.recipient,
      key: 'recipient',
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{recipientName(item)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {item.recipient.kind === 'individual' ? `${s.individual} · ${item.keeperUnit.name}` : s.collective}
            {item.files.length > 0 && (
              <>
                {' · '}
                <PaperClipOutlined aria-hidden /> {item.files.length}
              </>
            )}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: s.form, key: 'form', render: (_, item) => (lang === 'vi' ? item.nameVi : item.nameEn) },
    {
      title: s.verdict,
      key: 'verdict',
      render: (_, item) =>
        item.eligibility ? (
          <Tag color={VERDICT_COLOURS[item.eligibility.verdict]}>{pick(verdictLabels[item.eligibility.verdict])}</Tag>
        ) : (
          <Typography.Text type="secondary">{s.notChecked}</Typography.Text>
        ),
    },
    { title: s.appraisalNote, dataIndex: 'appraisalNote', render: (note: string | null) => note ?? t.common.none },
    {
      title: s.outcome,
      key: 'outcome',
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Tag color={OUTCOME_COLOURS[item.outcome]}>{pick(itemOutcomeLabels[item.outcome])}</Tag>
          {item.outcomeReason && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {item.outcomeReason}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: s.tally,
      key: 'tally',
      render: (_, item) =>
        item.tally ? s.tallyText(item.tally.yes, item.tally.no, item.tally.abstain) : t.common.none,
    },
  ];
  if (edit || appraise) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      render: (_, item) => (
        <Flex gap={4} wrap>
          {appraise && (
            <Button size="small" onClick={() => setOpen({ dialog: 'appraise', item })}>
              {s.appraise}
            </Button>
          )}
          {edit && (
            <>
              <Button size="small" onClick={() => setOpen({ dialog: 'item', item })}>
                {s.edit}
              </Button>
              <Button
                size="small"
                danger
                onClick={() =>
                  confirm({
                    title: s.removeTitle,
                    content: s.removeContent(recipientName(item)),
                    okText: s.remove,
                    danger: true,
                    onOk: () =>
                      remove
                        .mutateAsync({ itemId: item.id, version: proposal.version })
                        .then(() => void message.success(t.proposals.actions.done))
                        .catch((error: unknown) => report(error)),
                  })
                }
              >
                {s.remove}
              </Button>
            </>
          )}
        </Flex>
      ),
    });
  }

  return (
    <Card
      size="small"
      title={s.title}
      extra={
        edit && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpen({ dialog: 'item', item: null })}>
            {s.add}
          </Button>
        )
      }
    >
      <Table<ProposalItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={proposal.items}
        pagination={false}
        locale={{ emptyText: s.empty }}
        expandable={{ expandedRowRender: (item) => <ProposalItemDetails proposal={proposal} item={item} /> }}
      />
      {open?.dialog === 'item' && <ProposalItemModal proposal={proposal} item={open.item} onClosed={closed} />}
      {open?.dialog === 'appraise' && open.item && (
        <ProposalAppraisalModal proposal={proposal} item={open.item} onClosed={closed} />
      )}
    </Card>
  );
}
