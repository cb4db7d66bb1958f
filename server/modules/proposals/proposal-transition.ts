// The one way a proposal changes status: checked against shared/proposal-workflow.ts, the row locked and its
// version compared, the event written to the proposal's history and the audit log, all in the caller's transaction.
import { eq } from 'drizzle-orm';
import {
  canTransition,
  proposalActionLabels,
  proposalStatusLabels,
  proposalTransitions,
  type ProposalAction,
} from '../../../shared/proposal-workflow.ts';
import type { ActorCtx } from '../../context.ts';
import { awardProposalEvents, awardProposals } from '../../db/schema/index.ts';
import type { Audit, Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';

export type ProposalRow = typeof awardProposals.$inferSelect;

/** Reads the proposal FOR UPDATE, so two officers acting at once are serialised. */
export async function lockProposal(tx: Tx, id: number): Promise<ProposalRow> {
  const [row] = await tx.select().from(awardProposals).where(eq(awardProposals.id, id)).for('update');
  if (!row) throw notFound('proposals');
  return row;
}

/**
 * Moves a locked proposal by `action`. `expectedVersion` (from the screen) turns a stale page into 409;
 * the council's closing passes none. Returns the updated row.
 */
export async function transitionProposal(
  ctx: ActorCtx,
  tx: Tx,
  audit: Audit,
  proposal: ProposalRow,
  action: ProposalAction,
  options: { reason?: string | null; expectedVersion?: number; set?: Partial<typeof awardProposals.$inferInsert> } = {},
): Promise<ProposalRow> {
  const rule = proposalTransitions[action];
  if (options.expectedVersion !== undefined && options.expectedVersion !== proposal.version) {
    throw conflict(
      'proposals.stale',
      'Đề nghị vừa được người khác thay đổi. Hãy tải lại trang rồi thử lại.',
      'The proposal was changed by someone else; reload and try again.',
    );
  }
  if (!canTransition(action, proposal.status)) {
    const label = proposalActionLabels[action];
    const status = proposalStatusLabels[proposal.status];
    throw conflict(
      'proposals.transition_not_allowed',
      `Không thể «${label.vi}» khi đề nghị đang ở trạng thái «${status.vi}».`,
      `"${label.en}" is not allowed while the proposal is "${status.en}".`,
    );
  }
  const reason = options.reason?.trim() || null;
  if (rule.reason && !reason) {
    throw badRequest('proposals.reason_required', 'Cần ghi rõ lý do.', 'A reason is required.', [
      { field: 'reason', message: 'Cần ghi rõ lý do', messageEn: 'A reason is required' },
    ]);
  }
  const [updated] = await tx
    .update(awardProposals)
    .set({ ...options.set, status: rule.to, version: proposal.version + 1, updatedAt: new Date() })
    .where(eq(awardProposals.id, proposal.id))
    .returning();
  await tx.insert(awardProposalEvents).values({
    proposalId: proposal.id,
    action,
    fromStatus: proposal.status,
    toStatus: rule.to,
    reason,
    actorId: ctx.actor.userId > 0 ? ctx.actor.userId : null,
  });
  audit({
    action: rule.audit,
    entity: 'award_proposal',
    entityId: proposal.id,
    unitId: rule.side === 'proposer' ? proposal.proposerUnitId : proposal.deciderUnitId,
    before: { status: proposal.status, version: proposal.version },
    after: { status: rule.to, version: updated!.version, reason },
  });
  return updated!;
}
