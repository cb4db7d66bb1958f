// The proposals before the meeting and their items: the threshold each must reach and of what, who is recused,
// and once the meeting has closed the counts (yes, no, abstain), the voters counted and the result.
import { Card, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { Meeting, MeetingItem, Threshold } from '../../../../shared/contracts/council.ts';
import { proposalStatusLabels, type ProposalStatus } from '../../../../shared/proposal-workflow.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';

function ThresholdText({ threshold }: { threshold: Threshold }) {
  const { t } = useI18n();
  const s = t.council.threshold;
  return (
    <Flex vertical>
      <span>
        {s.share(threshold.strict, `${formatNumber(threshold.share * 100)}%`)} {s[threshold.denominator]}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {s[threshold.basis]}
      </Typography.Text>
    </Flex>
  );
}

function ResultTag({ item }: { item: MeetingItem }) {
  const { t } = useI18n();
  const s = t.council.items;
  const tag =
    item.outcome === 'passed' ? (
      <Tag color="success">{s.passed}</Tag>
    ) : item.outcome === 'not_passed' ? (
      <Tag color="error">{s.notPassed}</Tag>
    ) : item.outcome === 'excluded' ? (
      <Tag>{s.excluded}</Tag>
    ) : item.tally ? (
      <Tag>{s.pending}</Tag>
    ) : (
      <Typography.Text type="secondary">{s.notVoted}</Typography.Text>
    );
  return item.outcomeReason ? <Tooltip title={item.outcomeReason}>{tag}</Tooltip> : tag;
}

export function MeetingItemsCard({ meeting }: { meeting: Meeting }) {
  const { t, pick } = useI18n();
  const s = t.council.items;
  const closed = meeting.status === 'closed';
  const counts = closed
    ? [
        {
          title: s.yes,
          key: 'yes',
          align: 'right' as const,
          render: (_: unknown, i: MeetingItem) => i.tally?.yes ?? '',
        },
        { title: s.no, key: 'no', align: 'right' as const, render: (_: unknown, i: MeetingItem) => i.tally?.no ?? '' },
        {
          title: s.abstain,
          key: 'abstain',
          align: 'right' as const,
          render: (_: unknown, i: MeetingItem) => i.tally?.abstain ?? '',
        },
        {
          title: s.eligible,
          key: 'eligible',
          align: 'right' as const,
          render: (_: unknown, i: MeetingItem) => i.tally?.eligibleVoters ?? '',
        },
      ]
    : [];

  return (
    <Card size="small" title={s.title}>
      {meeting.proposals.length === 0 && <Empty description={s.none} />}
      <Flex vertical gap={16}>
        {meeting.proposals.map((proposal) => (
          <div key={proposal.id}>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
              <Typography.Text strong>{proposal.title}</Typography.Text>
              <Typography.Text type="secondary">— {proposal.proposerUnitName}</Typography.Text>
              <Tag>{pick(proposalStatusLabels[proposal.status as ProposalStatus])}</Tag>
              {proposal.postingFrom && proposal.postingUntil && (
                <Typography.Text type="secondary">
                  {s.posting(formatDate(proposal.postingFrom), formatDate(proposal.postingUntil))}
                </Typography.Text>
              )}
            </Flex>
            <Table<MeetingItem>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={proposal.items}
              columns={[
                { title: '#', dataIndex: 'position', width: 48 },
                { title: s.recipient, dataIndex: 'recipientName' },
                { title: s.award, dataIndex: 'awardName' },
                {
                  title: s.threshold,
                  key: 'threshold',
                  render: (_, item) => <ThresholdText threshold={item.threshold} />,
                },
                {
                  title: s.recusals,
                  key: 'recusals',
                  render: (_, item) =>
                    item.recusals.map((r) => (
                      <Tooltip key={r.userId} title={r.reason}>
                        <Tag>{r.fullName}</Tag>
                      </Tooltip>
                    )),
                },
                ...counts,
                ...(closed
                  ? [
                      {
                        title: s.result,
                        key: 'result',
                        render: (_: unknown, item: MeetingItem) => <ResultTag item={item} />,
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        ))}
      </Flex>
    </Card>
  );
}
