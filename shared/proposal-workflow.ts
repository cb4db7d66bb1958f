// The award proposal's state machine (issue 4 §7, reference §5.1): which action leads from which status to
// which, and what each is called. The server refuses anything not listed here; the screens offer only these.
import type { AuditAction } from './audit-actions.ts';

export const proposalStatuses = [
  'draft',
  'submitted',
  'appraisal',
  'returned',
  'council',
  'posting',
  'decided',
  'rejected',
  'revoked',
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalStatusLabels: Record<ProposalStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình cấp trên', en: 'Submitted' },
  appraisal: { vi: 'Đang thẩm định', en: 'In appraisal' },
  returned: { vi: 'Trả lại để bổ sung', en: 'Returned for revision' },
  council: { vi: 'Chờ Hội đồng xét', en: 'Before the council' },
  posting: { vi: 'Đang công khai lấy ý kiến', en: 'Posted for objections' },
  decided: { vi: 'Đã có quyết định', en: 'Decided' },
  rejected: { vi: 'Không chấp thuận', en: 'Rejected' },
  revoked: { vi: 'Quyết định đã bị hủy bỏ', en: 'Decision revoked' },
};

/** Who takes the step: the proposing unit's keepers, the deciding unit's keepers, or the council's closing. */
export type ProposalActorSide = 'proposer' | 'decider' | 'council';

export const proposalTransitions = {
  submit: { from: ['draft', 'returned'], to: 'submitted', side: 'proposer', reason: false, audit: 'proposal.submit' },
  withdraw: { from: ['submitted'], to: 'draft', side: 'proposer', reason: true, audit: 'proposal.withdraw' },
  start_appraisal: {
    from: ['submitted'],
    to: 'appraisal',
    side: 'decider',
    reason: false,
    audit: 'proposal.start_appraisal',
  },
  return: { from: ['appraisal', 'council'], to: 'returned', side: 'decider', reason: true, audit: 'proposal.return' },
  reject: {
    from: ['submitted', 'appraisal', 'council', 'posting'],
    to: 'rejected',
    side: 'decider',
    reason: true,
    audit: 'proposal.reject',
  },
  send_to_council: {
    from: ['appraisal'],
    to: 'council',
    side: 'decider',
    reason: false,
    audit: 'proposal.send_to_council',
  },
  /** Taken when the meeting that considered the proposal closes with at least one item passed. */
  post: { from: ['council'], to: 'posting', side: 'council', reason: false, audit: 'proposal.post' },
  /** Taken when the meeting closes with no item passed. */
  council_reject: { from: ['council'], to: 'rejected', side: 'council', reason: true, audit: 'proposal.reject' },
  decide: { from: ['posting'], to: 'decided', side: 'decider', reason: false, audit: 'proposal.decide' },
  revoke: { from: ['decided'], to: 'revoked', side: 'decider', reason: true, audit: 'award_decision.revoke' },
} as const satisfies Record<
  string,
  {
    from: readonly ProposalStatus[];
    to: ProposalStatus;
    side: ProposalActorSide;
    reason: boolean;
    audit: AuditAction;
  }
>;
export type ProposalAction = keyof typeof proposalTransitions;

export const proposalActionLabels: Record<ProposalAction, { vi: string; en: string }> = {
  submit: { vi: 'Trình cấp trên', en: 'Submit' },
  withdraw: { vi: 'Rút lại', en: 'Withdraw' },
  start_appraisal: { vi: 'Bắt đầu thẩm định', en: 'Start appraisal' },
  return: { vi: 'Trả lại để bổ sung', en: 'Return for revision' },
  reject: { vi: 'Không chấp thuận', en: 'Reject' },
  send_to_council: { vi: 'Đưa ra Hội đồng', en: 'Send to the council' },
  post: { vi: 'Công khai danh sách', en: 'Post publicly' },
  council_reject: { vi: 'Hội đồng không thông qua', en: 'Not passed by the council' },
  decide: { vi: 'Ban hành quyết định', en: 'Issue the decision' },
  revoke: { vi: 'Hủy bỏ quyết định', en: 'Revoke the decision' },
};

export function canTransition(action: ProposalAction, from: ProposalStatus): boolean {
  return (proposalTransitions[action].from as readonly ProposalStatus[]).includes(from);
}

/** The actions a side may take from a status: what the screens show as buttons. */
export function nextActions(from: ProposalStatus, side: ProposalActorSide): ProposalAction[] {
  return (Object.keys(proposalTransitions) as ProposalAction[]).filter(
    (action) => proposalTransitions[action].side === side && canTransition(action, from),
  );
}
