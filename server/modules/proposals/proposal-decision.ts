// The decision (quyết định khen thưởng) that closes a proposal: numbered from the issuer's sequence, one award
// per item the council passed, each entered in its recipient's history; and revoking it with every award under it.
import { and, eq, sql } from 'drizzle-orm';
import type { decideBodySchema, DecisionNumber } from '../../../shared/contracts/proposals.ts';
import { formatDateVi, vietnamToday } from '../../../shared/dates.ts';
import type { z } from 'zod';
import type { ActorCtx } from '../../context.ts';
import {
  awardDecisions,
  awardProposalItems,
  awardProposals,
  awards,
  proposalObjections,
} from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeProposalSide } from '../../policies/proposals.policy.ts';
import { currentAwardType } from '../awards/catalogue-store.ts';
import { heldAward, type AwardedItem } from './held-award.ts';
import { peekDecisionNumber, takeDecisionNumber, type Issuer } from './decision-numbers.ts';
import { lockForSide, requireVersion } from './proposal-access.ts';
import { loadProposalHeader, placesOf, type ProposalHeaderRow } from './proposal-rows.ts';
import { transitionProposal, type ProposalRow } from './proposal-transition.ts';

type DecideInput = z.infer<typeof decideBodySchema>;

const issuerOf = (header: ProposalHeaderRow): Issuer => ({
  key: `unit:${header.deciderUnit.id}`,
  shortName: header.deciderUnit.shortName,
  name: header.deciderUnit.name,
});

/** The number the decide form proposes for a decision signed on `date`. */
export async function suggestDecisionNumber(ctx: ActorCtx, id: number, date: string): Promise<DecisionNumber> {
  requireCapability(ctx.actor, 'manageProposals');
  const header = await loadProposalHeader(ctx.db, id);
  authorizeProposalSide(ctx.actor, placesOf(header), 'decider');
  return peekDecisionNumber(ctx.db, issuerOf(header), Number(date.slice(0, 4)));
}

/** The posting window is over, no objection waits, and something passed: otherwise a clear 409. */
async function requireReadyToDecide(tx: Tx, row: ProposalRow) {
  if (row.status !== 'posting') return;
  const today = vietnamToday();
  if (row.postingUntil && row.postingUntil >= today) {
    throw conflict(
      'proposals.posting_not_over',
      `Thời gian công khai lấy ý kiến đến hết ngày ${formatDateVi(row.postingUntil)}; chỉ ban hành quyết định sau ngày đó.`,
      `The public posting runs until ${row.postingUntil}; the decision can only be issued after it.`,
    );
  }
  const [open] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(proposalObjections)
    .where(and(eq(proposalObjections.proposalId, row.id), eq(proposalObjections.status, 'open')));
  if (open && open.n > 0) {
    throw conflict(
      'proposals.open_objections',
      `Còn ${open.n} ý kiến phản ánh chưa được giải quyết.`,
      `${open.n} objection(s) are still open.`,
    );
  }
}

export async function decideProposal(ctx: ActorCtx, id: number, body: DecideInput): Promise<void> {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row, header } = await lockForSide(ctx, tx, id, 'decider');
    requireVersion(row, body.version);
    await requireReadyToDecide(tx, row);
    const passed = await tx
      .select()
      .from(awardProposalItems)
      .where(and(eq(awardProposalItems.proposalId, id), eq(awardProposalItems.outcome, 'passed')))
      .orderBy(awardProposalItems.position);
    if (row.status === 'posting' && passed.length === 0) {
      throw conflict(
        'proposals.nothing_passed',
        'Không có mục nào được Hội đồng thông qua để ban hành quyết định.',
        'No item was passed by the council.',
      );
    }
    const issuer = issuerOf(header);
    const decisionYear = Number(body.decisionDate.slice(0, 4));
    // The transition checks the status first, so a refused step takes no number.
    const decided = await transitionProposal(ctx, tx, audit, row, 'decide', { expectedVersion: body.version });
    if (decided.postingUntil && body.decisionDate <= decided.postingUntil) {
      throw badRequest(
        'proposals.decision_before_posting_end',
        'Ngày quyết định phải sau ngày kết thúc công khai.',
        'The decision date must be after the posting window.',
        [{ field: 'decisionDate', message: 'Phải sau ngày kết thúc công khai', messageEn: 'After the posting window' }],
      );
    }
    await requireNotAwardedYet(tx, passed, decided.year);
    const decisionNo = await takeDecisionNumber(tx, issuer, decisionYear, body);
    const [decision] = await tx
      .insert(awardDecisions)
      .values({
        deciderKey: issuer.key,
        deciderUnitId: header.deciderUnit.id,
        deciderName: header.deciderUnit.name,
        decisionNo,
        decisionDate: body.decisionDate,
        decisionYear,
        signerName: body.signerName,
        signerTitle: body.signerTitle,
        createdBy: ctx.actor.userId,
      })
      .returning();
    audit({
      action: 'award_decision.create',
      entity: 'award_decision',
      entityId: decision!.id,
      unitId: header.deciderUnit.id,
      after: { ...decision, proposalId: id },
    });
    for (const item of passed) {
      const entry = await currentAwardType(tx, item.code);
      const [award] = await tx
        .insert(awards)
        .values({
          decisionId: decision!.id,
          catalogueEntryId: entry?.id ?? item.catalogueEntryId,
          code: item.code,
          personId: item.personId,
          recipientUnitId: item.recipientUnitId,
          unitId: item.keeperUnitId,
          year: decided.year,
          occasion: decided.occasion,
          createdBy: ctx.actor.userId,
        })
        .returning();
      await tx.update(awardProposalItems).set({ awardId: award!.id }).where(eq(awardProposalItems.id, item.id));
      audit({
        action: 'award.create',
        entity: 'award',
        entityId: award!.id,
        unitId: award!.unitId,
        after: { ...award, decisionNo, proposalId: id },
      });
    }
    await tx.update(awardProposals).set({ decisionId: decision!.id }).where(eq(awardProposals.id, id));
  });
}

/**
 * One achievement earns one award: a recipient who already holds the same form for the same year (from another
 * proposal decided meanwhile, or recorded by hand) stops the decision until that item is taken out.
 */
async function requireNotAwardedYet(tx: Tx, passed: (AwardedItem & { position: number })[], year: number) {
  for (const item of passed) {
    const held = await heldAward(tx, item, year);
    if (held) {
      throw conflict(
        'proposals.already_awarded',
        `Mục ${item.position} đã được khen thưởng hình thức này cho năm ${year} theo Quyết định số ${held.decisionNo} của ${held.deciderName}; hãy loại mục này trước khi ban hành.`,
        `Item ${item.position} already holds this award for ${year} (decision ${held.decisionNo}); exclude it first.`,
      );
    }
  }
}

/** Revoking the decision revokes every award under it, each audited; the proposal keeps its history. */
export async function revokeDecisionEffects(ctx: ActorCtx, tx: Tx, audit: Audit, row: ProposalRow, reason: string) {
  if (row.decisionId === null) return;
  const now = new Date();
  await tx
    .update(awardDecisions)
    .set({ revokedAt: now, revokedReason: reason, revokedBy: ctx.actor.userId > 0 ? ctx.actor.userId : null })
    .where(eq(awardDecisions.id, row.decisionId));
  audit({
    action: 'award_decision.revoke',
    entity: 'award_decision',
    entityId: row.decisionId,
    unitId: row.deciderUnitId,
    before: { revokedAt: null },
    after: { revokedAt: now, revokedReason: reason, proposalId: row.id },
  });
  const revoked = await tx
    .update(awards)
    .set({ revoked: true, revokedReason: reason, revokedAt: now })
    .where(and(eq(awards.decisionId, row.decisionId), eq(awards.revoked, false)))
    .returning({ id: awards.id, unitId: awards.unitId });
  for (const award of revoked) {
    audit({
      action: 'award.revoke',
      entity: 'award',
      entityId: award.id,
      unitId: award.unitId,
      before: { revoked: false },
      after: { revoked: true, revokedReason: reason, decisionId: row.decisionId },
    });
  }
}
