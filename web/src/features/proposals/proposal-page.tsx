// /proposals/:id — one proposal: where it stands in the workflow, the buttons for the steps the server allows
// this officer, its items with their eligibility and appraisal, the posting, the decision and the history.
import { Alert, Breadcrumb, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { occasionLabels } from '../../../../shared/contracts/awards.ts';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format.ts';
import { AwardDocumentsLinks } from '../award-documents/award-documents-links.tsx';
import { ProposalActions } from './proposal-actions.tsx';
import { ProposalHistory } from './proposal-history.tsx';
import { ProposalItemsCard } from './proposal-items-card.tsx';
import { ProposalPostingCard } from './proposal-posting-card.tsx';
import { ProposalProgress } from './proposal-progress.tsx';
import { ProposalStatusTag } from './proposal-status-tag.tsx';
import { useProposal } from './proposals.api.ts';

/** Documents exist from the cover letter on (submitted and later), the decision's once there is one. */
const hasDocuments = (p: ProposalDetail) => p.status !== 'draft';

export function ProposalPage() {
  const { t, lang } = useI18n();
  const s = t.proposals;
  const id = Number(useParams().id);
  const query = useProposal(id);
  if (query.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error, lang, t)} />;
  const proposal = query.data;
  const showPosting = proposal.status === 'posting' || proposal.objections.length > 0;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb items={[{ title: <Link to="/proposals">{s.title}</Link> }, { title: `#${proposal.id}` }]} />
        }
        title={proposal.title}
        meta={<ProposalStatusTag status={proposal.status} />}
        toolbar={<ProposalActions proposal={proposal} />}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <ProposalProgress proposal={proposal} />
        </Card>
        <Card size="small">
          <ProposalFacts proposal={proposal} />
        </Card>
        <ProposalItemsCard proposal={proposal} />
        {showPosting && <ProposalPostingCard proposal={proposal} />}
        {proposal.decision && <DecisionCard proposal={proposal} />}
        {hasDocuments(proposal) && (
          <Card size="small" title={s.documents}>
            <AwardDocumentsLinks proposalId={proposal.id} decisionId={proposal.decisionId} />
          </Card>
        )}
        <ProposalHistory proposal={proposal} />
      </Flex>
    </>
  );
}

function ProposalFacts({ proposal }: { proposal: ProposalDetail }) {
  const { t, pick } = useI18n();
  const h = t.proposals.header;
  const items = [
    { key: 'proposer', label: h.proposer, children: proposal.proposerUnit.name },
    { key: 'decider', label: h.decider, children: proposal.deciderUnit.name },
    { key: 'year', label: h.year, children: proposal.year },
    { key: 'occasion', label: h.occasion, children: pick(occasionLabels[proposal.occasion]) },
  ];
  if (proposal.movement) items.push({ key: 'movement', label: h.movement, children: proposal.movement.name });
  if (proposal.meeting) {
    items.push({
      key: 'meeting',
      label: h.meeting,
      children: `${proposal.meeting.title} — ${formatDate(proposal.meeting.heldOn)}`,
    });
  }
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

function DecisionCard({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useI18n();
  const s = t.proposals.decision;
  const d = proposal.decision!;
  return (
    <Card size="small" title={s.title}>
      <Flex vertical gap={4}>
        <Typography.Text strong>{s.noLine(d.decisionNo, formatDate(d.decisionDate))}</Typography.Text>
        {d.signerName && <Typography.Text>{s.signer(d.signerTitle ?? '', d.signerName)}</Typography.Text>}
        {d.revokedAt && (
          <Alert type="error" showIcon title={s.revoked(formatDate(d.revokedAt), d.revokedReason ?? '')} />
        )}
      </Flex>
    </Card>
  );
}
