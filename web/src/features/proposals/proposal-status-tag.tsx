// A proposal's status as a coloured tag, the same on the list and the page.
import { Tag } from 'antd';
import { proposalStatusLabels, type ProposalStatus } from '../../../../shared/proposal-workflow.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

const COLOURS: Record<ProposalStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  appraisal: 'processing',
  returned: 'warning',
  council: 'purple',
  posting: 'cyan',
  decided: 'success',
  rejected: 'error',
  revoked: 'error',
};

export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { pick } = useI18n();
  return <Tag color={COLOURS[status]}>{pick(proposalStatusLabels[status])}</Tag>;
}
