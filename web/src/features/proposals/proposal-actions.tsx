// The buttons of a proposal: exactly the steps the server lists in nextActions, plus delete and re-checking
// eligibility and editing the details where the abilities allow; a reason dialog where the step needs one, a confirmation where it loses data.
import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ProposalDetail } from '../../../../shared/contracts/proposals.ts';
import {
  proposalActionLabels,
  proposalTransitions,
  type ProposalAction,
} from '../../../../shared/proposal-workflow.ts';
import { ReasonModal } from '../../components/reason-modal.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useConfirm } from '../../lib/use-confirm.ts';
import { useErrorReporter } from '../../lib/use-error-reporter.ts';
import { ProposalCouncilModal } from './proposal-council-modal.tsx';
import { ProposalDecideModal } from './proposal-decide-modal.tsx';
import { ProposalHeaderModal } from './proposal-header-modal.tsx';
import { useDeleteProposal, useRerunEligibility, useTransition } from './proposals.api.ts';

const DANGER: ProposalAction[] = ['reject', 'revoke', 'return', 'withdraw'];

export function ProposalActions({ proposal }: { proposal: ProposalDetail }) {
  const { t, pick } = useI18n();
  const s = t.proposals;
  const confirm = useConfirm();
  const report = useErrorReporter();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const transition = useTransition(proposal.id);
  const remove = useDeleteProposal(proposal.id);
  const rerun = useRerunEligibility(proposal.id);
  const [open, setOpen] = useState<ProposalAction | null>(null);
  const [editing, setEditing] = useState(false);
  const closed = () => setOpen(null);

  const run = (action: ProposalAction) =>
    transition
      .mutateAsync({ action, version: proposal.version })
      .then(() => void message.success(s.actions.done))
      .catch((error: unknown) => report(error));

  const press = (action: ProposalAction) => {
    if (action === 'submit') {
      confirm({
        title: s.actions.submitTitle,
        content: s.actions.submitContent(proposal.deciderUnit.name),
        okText: pick(proposalActionLabels.submit),
        onOk: () => run('submit'),
      });
    } else if (action === 'start_appraisal') {
      confirm({
        title: s.actions.startAppraisalTitle,
        content: s.actions.startAppraisalContent,
        okText: pick(proposalActionLabels.start_appraisal),
        onOk: () => run('start_appraisal'),
      });
    } else if (proposalTransitions[action].reason || action === 'send_to_council' || action === 'decide') {
      setOpen(action);
    } else {
      void run(action);
    }
  };

  return (
    <Flex gap={8} wrap>
      {proposal.nextActions.map((action) => (
        <Button
          key={action}
          type={DANGER.includes(action) ? 'default' : 'primary'}
          danger={DANGER.includes(action)}
          onClick={() => press(action)}
          loading={transition.isPending && transition.variables?.action === action}
        >
          {pick(proposalActionLabels[action])}
        </Button>
      ))}
      {proposal.abilities.edit && <Button onClick={() => setEditing(true)}>{s.editHeader.button}</Button>}
      {proposal.abilities.appraise && (
        <Button
          loading={rerun.isPending}
          onClick={() =>
            rerun
              .mutateAsync(proposal.version)
              .then(() => void message.success(s.appraisal.rerunDone))
              .catch((error: unknown) => report(error))
          }
        >
          {s.appraisal.rerun}
        </Button>
      )}
      {proposal.abilities.delete && (
        <Button
          danger
          onClick={() =>
            confirm({
              title: s.actions.deleteTitle,
              content: s.actions.deleteContent(proposal.title),
              okText: s.actions.delete,
              danger: true,
              onOk: () =>
                remove
                  .mutateAsync(proposal.version)
                  .then(() => {
                    void message.success(s.actions.deleted);
                    navigate('/proposals');
                  })
                  .catch((error: unknown) => report(error)),
            })
          }
        >
          {s.actions.delete}
        </Button>
      )}
      {open && proposalTransitions[open].reason && (
        <ReasonModal
          title={pick(proposalActionLabels[open])}
          okText={pick(proposalActionLabels[open])}
          reasonLabel={s.actions.reasonLabel}
          doneMessage={s.actions.done}
          warning={open === 'revoke' ? s.actions.revokeWarning : undefined}
          pending={transition.isPending}
          submit={(reason) => transition.mutateAsync({ action: open, version: proposal.version, reason })}
          onClosed={closed}
        />
      )}
      {open === 'send_to_council' && <ProposalCouncilModal proposal={proposal} onClosed={closed} />}
      {open === 'decide' && <ProposalDecideModal proposal={proposal} onClosed={closed} />}
      {editing && <ProposalHeaderModal proposal={proposal} onClosed={() => setEditing(false)} />}
    </Flex>
  );
}
