// Appraisal (thẩm định): the eligibility engine's answer stored on every item as it was that day, the
// appraiser's note per item, and excluding an item (or taking it back) with a reason.
import { and, asc, eq } from 'drizzle-orm';
import type { EligibilityResult, Reason } from '../../../shared/contracts/emulation.ts';
import type { appraiseItemBodySchema } from '../../../shared/contracts/proposals.ts';
import type { z } from 'zod';
import type { ActorCtx } from '../../context.ts';
import { awardProposalItems, units } from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { checkRecipientEligibility } from '../eligibility-checks/eligibility-checks.service.ts';
import { bumpVersion, lockForSide, requireStatusIn, requireVersion } from './proposal-access.ts';
import { heldAward } from './held-award.ts';
import type { ProposalRow } from './proposal-transition.ts';

type AppraiseInput = z.infer<typeof appraiseItemBodySchema>;
const APPRAISE = { vi: 'thẩm định', en: 'appraise' };

/**
 * The same form for the same year already held (from another proposal, or
 * recorded by hand) is said at appraisal, not only when the decision is refused.
 */
async function heldAlready(tx: Tx, item: typeof awardProposalItems.$inferSelect, year: number): Promise<Reason | null> {
  const held = await heldAward(tx, item, year);
  if (!held) return null;
  return {
    key: 'proposal.already_awarded',
    outcome: 'not_met',
    messageVi: `Đã được khen thưởng hình thức này cho năm ${year} theo Quyết định số ${held.decisionNo} của ${held.deciderName}: một thành tích chỉ được khen thưởng một lần.`,
    messageEn: `Already holds this award for ${year} under decision ${held.decisionNo}: one achievement earns one award.`,
  };
}

/** The engine's verdict for one item, or "needs review" saying why the engine could not judge. */
async function judgeItem(
  ctx: ActorCtx,
  tx: Tx,
  year: number,
  item: typeof awardProposalItems.$inferSelect,
): Promise<Omit<EligibilityResult, 'trace'>> {
  let target: { personId: number } | { unitCode: string };
  if (item.personId !== null) {
    target = { personId: item.personId };
  } else {
    const [unit] = await tx.select({ code: units.code }).from(units).where(eq(units.id, item.recipientUnitId!));
    target = { unitCode: unit!.code };
  }
  try {
    const { result } = await checkRecipientEligibility(ctx, { ...target, code: item.code, year });
    // The trace is the engine's working; the verdict and its reasons are what the dossier keeps.
    const { trace: _trace, ...kept } = result;
    const held = await heldAlready(tx, item, year);
    if (!held) return kept;
    return { ...kept, verdict: 'ineligible', reasons: [held, ...kept.reasons] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const reason = {
      key: 'proposal.engine_error',
      outcome: 'review' as const,
      cause: 'missing_data' as const,
      messageVi: `Không kiểm tra tự động được: ${error.messageVi}`,
      messageEn: `The automatic check could not run: ${error.messageEn}`,
    };
    return {
      recipientId: String(item.personId ?? item.recipientUnitId),
      code: item.code,
      year,
      verdict: 'needs_review',
      ruleSetId: null,
      reasons: [reason],
      pending: [],
      achievementIds: [],
    };
  }
}

/** Runs the engine for every item with the proposal's year and stores each answer with the time it was given. */
export async function storeEligibility(ctx: ActorCtx, tx: Tx, proposal: ProposalRow) {
  const items = await tx
    .select()
    .from(awardProposalItems)
    .where(eq(awardProposalItems.proposalId, proposal.id))
    .orderBy(asc(awardProposalItems.position));
  const checkedAt = new Date();
  const verdicts: { itemId: number; verdict: string }[] = [];
  for (const item of items) {
    const result = await judgeItem(ctx, tx, proposal.year, item);
    await tx
      .update(awardProposalItems)
      .set({ eligibility: result, eligibilityCheckedAt: checkedAt })
      .where(eq(awardProposalItems.id, item.id));
    verdicts.push({ itemId: item.id, verdict: result.verdict });
  }
  return verdicts;
}

/** The appraiser runs the check again (after the records were corrected, say). */
export async function rerunEligibility(ctx: ActorCtx, id: number, version: number) {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'decider');
    requireVersion(row, version);
    requireStatusIn(row, ['appraisal'], APPRAISE);
    const verdicts = await storeEligibility(ctx, tx, row);
    await bumpVersion(tx, row);
    auditAppraisal(audit, row, { eligibilityRerun: verdicts });
  });
}

function auditAppraisal(audit: Audit, row: ProposalRow, after: unknown, before?: unknown) {
  audit({
    action: 'proposal.appraise_item',
    entity: 'award_proposal',
    entityId: row.id,
    unitId: row.deciderUnitId,
    before,
    after,
  });
}

export async function appraiseItem(ctx: ActorCtx, id: number, itemId: number, body: AppraiseInput) {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'decider');
    requireVersion(row, body.version);
    requireStatusIn(row, ['appraisal'], APPRAISE);
    const [item] = await tx
      .select()
      .from(awardProposalItems)
      .where(and(eq(awardProposalItems.id, itemId), eq(awardProposalItems.proposalId, id)))
      .for('update');
    if (!item) throw notFound('proposal_items');
    const set: Partial<typeof awardProposalItems.$inferInsert> = {};
    if (body.appraisalNote !== undefined) set.appraisalNote = body.appraisalNote || null;
    if (body.excluded === true) {
      if (!body.reason) {
        throw badRequest(
          'proposals.reason_required',
          'Cần ghi rõ lý do loại khỏi danh sách.',
          'A reason is required.',
          [{ field: 'reason', message: 'Cần ghi rõ lý do', messageEn: 'A reason is required' }],
        );
      }
      set.outcome = 'excluded';
      set.outcomeReason = body.reason;
    } else if (body.excluded === false) {
      set.outcome = 'pending';
      set.outcomeReason = null;
    }
    if (Object.keys(set).length === 0) {
      throw badRequest('proposals.nothing_to_change', 'Không có gì để thay đổi.', 'Nothing to change.');
    }
    await tx.update(awardProposalItems).set(set).where(eq(awardProposalItems.id, itemId));
    await bumpVersion(tx, row);
    auditAppraisal(
      audit,
      row,
      { itemId, ...set },
      { itemId, appraisalNote: item.appraisalNote, outcome: item.outcome, outcomeReason: item.outcomeReason },
    );
  });
}
