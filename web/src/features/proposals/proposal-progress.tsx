// The workflow as antd Steps: where the proposal stands, and in red where it was returned, rejected or revoked.
import { Steps } from 'antd';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import type { ProposalStatus } from '../../../../shared/proposal-workflow.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const ORDER = ['draft', 'submitted', 'appraisal', 'council', 'posting', 'decided'] as const;

/** The step a status sits on, and whether it stopped there in error. */
function position(proposal: ProposalDetail): { current: number; status: 'process' | 'finish' | 'error' } {
  const at = (status: ProposalStatus | null) => Math.max(0, ORDER.indexOf(status as (typeof ORDER)[number]));
  switch (proposal.status) {
    case 'returned':
      return { current: 1, status: 'error' };
    case 'rejected':
      return { current: at(proposal.events.at(-1)?.fromStatus ?? 'submitted'), status: 'error' };
    case 'revoked':
      return { current: 5, status: 'error' };
    case 'decided':
      return { current: 5, status: 'finish' };
    default:
      return { current: at(proposal.status), status: 'process' };
  }
}

export function ProposalProgress({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useI18n();
  const { current, status } = position(proposal);
  return (
    <Steps
      size="small"
      current={current}
      status={status}
      items={ORDER.map((step) => ({ title: t.proposals.steps[step] }))}
      aria-label={t.proposals.header.posting}
    />
  );
}
