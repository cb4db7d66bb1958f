// The proposal's history from its events: each step, who took it, when, and the reason given.
import { Card, Timeline, Typography } from 'antd';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import { proposalActionLabels, type ProposalAction } from '../../../../shared/proposal-workflow.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime } from '../../lib/format.ts';

export function ProposalHistory({ proposal }: { proposal: ProposalDetail }) {
  const { t, pick } = useI18n();
  const h = t.proposals.history;
  const labelOf = (action: string) =>
    action in proposalActionLabels ? pick(proposalActionLabels[action as ProposalAction]) : h.created;
  return (
    <Card title={h.title} size="small">
      <Timeline
        items={proposal.events.map((event) => ({
          key: event.id,
          title: formatDateTime(event.at),
          content: (
            <>
              <Typography.Text strong>{labelOf(event.action)}</Typography.Text>
              {event.actorName && <Typography.Text type="secondary"> {h.by(event.actorName)}</Typography.Text>}
              {event.reason && <Typography.Paragraph style={{ margin: 0 }}>{event.reason}</Typography.Paragraph>}
            </>
          ),
        }))}
      />
    </Card>
  );
}
