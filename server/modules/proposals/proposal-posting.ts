// Public posting (công khai): the objection window the deciding unit may extend, the objections received during
// it, and their resolution; an upheld objection takes its item (or every item) out of the list.
import { and, eq, inArray } from 'drizzle-orm';
import type {
  objectionBodySchema,
  postingBodySchema,
  resolveObjectionBodySchema,
} from '../../../shared/contracts/proposals.ts';
import type { z } from 'zod';
import type { ActorCtx } from '../../context.ts';
import type { AwardType } from '../../../shared/contracts/emulation.ts';
import { formatDateVi } from '../../../shared/dates.ts';
import { awardProposalItems, awardProposals, catalogueEntries, proposalObjections } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { postingWindow } from '../council/council-rules.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { bumpVersion, lockForSide, requireStatusIn, requireVersion } from './proposal-access.ts';

const POSTING = { vi: 'xử lý công khai', en: 'manage the posting' };

/**
 * Reference §5.4: a list proposing an order or a state honorary title (conferred by the President) is posted at
 * least 10 working days (NĐ 98/2023 Điều 46.2); for other forms no duration was found, so the deciding unit may
 * shorten the window it was given at the council's closing.
 */
async function legalPostingEnd(tx: Tx, proposalId: number, postingFrom: string): Promise<string | null> {
  const rows = await tx
    .select({ definition: catalogueEntries.definition })
    .from(awardProposalItems)
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, awardProposalItems.catalogueEntryId))
    .where(and(eq(awardProposalItems.proposalId, proposalId), eq(awardProposalItems.outcome, 'passed')));
  const byPresident = rows.some((row) =>
    (row.definition as AwardType).conferrers.some((c) => c.kind === 'authority' && c.authority === 'president'),
  );
  if (!byPresident) return null;
  const dayBefore = new Date(`${postingFrom}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return postingWindow(dayBefore.toISOString().slice(0, 10)).postingUntil;
}

export async function changePostingUntil(ctx: ActorCtx, id: number, body: z.infer<typeof postingBodySchema>) {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'decider');
    requireVersion(row, body.version);
    requireStatusIn(row, ['posting'], POSTING);
    if (row.postingFrom && body.postingUntil < row.postingFrom) {
      throw badRequest(
        'proposals.posting_until_before_from',
        'Ngày kết thúc công khai không thể trước ngày bắt đầu.',
        'The posting cannot end before it starts.',
        [{ field: 'postingUntil', message: 'Trước ngày bắt đầu', messageEn: 'Before the start' }],
      );
    }
    const legalEnd = row.postingFrom ? await legalPostingEnd(tx, id, row.postingFrom) : null;
    if (legalEnd && body.postingUntil < legalEnd) {
      throw badRequest(
        'proposals.posting_too_short',
        `Danh sách đề nghị Huân chương, danh hiệu vinh dự Nhà nước phải công khai ít nhất 10 ngày làm việc, đến hết ngày ${formatDateVi(legalEnd)}.`,
        `Proposals for state orders and honorary titles stay posted at least 10 working days, until ${legalEnd}.`,
        [{ field: 'postingUntil', message: 'Ngắn hơn 10 ngày làm việc', messageEn: 'Shorter than 10 working days' }],
      );
    }
    await tx.update(awardProposals).set({ postingUntil: body.postingUntil }).where(eq(awardProposals.id, id));
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.update',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.deciderUnitId,
      before: { postingUntil: row.postingUntil },
      after: { postingUntil: body.postingUntil },
    });
  });
}

export async function addObjection(ctx: ActorCtx, id: number, body: z.infer<typeof objectionBodySchema>) {
  requireCapability(ctx.actor, 'manageProposals');
  return withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'decider');
    requireStatusIn(row, ['posting'], POSTING);
    if (body.itemId) {
      const [item] = await tx
        .select({ id: awardProposalItems.id })
        .from(awardProposalItems)
        .where(and(eq(awardProposalItems.id, body.itemId), eq(awardProposalItems.proposalId, id)));
      if (!item) {
        throw badRequest('proposals.unknown_item', 'Mục này không thuộc đề nghị.', 'No such item in the proposal.', [
          { field: 'itemId', message: 'Không thuộc đề nghị', messageEn: 'Not in the proposal' },
        ]);
      }
    }
    const [objection] = await tx
      .insert(proposalObjections)
      .values({
        proposalId: id,
        itemId: body.itemId ?? null,
        receivedOn: body.receivedOn,
        raisedBy: body.raisedBy || null,
        content: body.content,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.objection',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.deciderUnitId,
      after: objection,
    });
    return objection!.id;
  });
}

export async function resolveObjection(
  ctx: ActorCtx,
  id: number,
  objectionId: number,
  body: z.infer<typeof resolveObjectionBodySchema>,
) {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'decider');
    requireStatusIn(row, ['posting'], POSTING);
    const [objection] = await tx
      .select()
      .from(proposalObjections)
      .where(and(eq(proposalObjections.id, objectionId), eq(proposalObjections.proposalId, id)))
      .for('update');
    if (!objection) throw notFound('proposal_objections');
    if (objection.status !== 'open') {
      throw conflict('proposals.objection_resolved', 'Ý kiến này đã được giải quyết.', 'Already resolved.');
    }
    await tx
      .update(proposalObjections)
      .set({ status: body.status, resolution: body.resolution, resolvedBy: ctx.actor.userId, resolvedAt: new Date() })
      .where(eq(proposalObjections.id, objectionId));
    let excluded: number[] = [];
    if (body.status === 'upheld') {
      // An objection to one item takes that item out; one to the whole list takes out all that had passed.
      const where = objection.itemId
        ? eq(awardProposalItems.id, objection.itemId)
        : and(eq(awardProposalItems.proposalId, id), inArray(awardProposalItems.outcome, ['passed', 'pending']));
      const rows = await tx
        .update(awardProposalItems)
        .set({ outcome: 'excluded', outcomeReason: body.resolution })
        .where(where)
        .returning({ id: awardProposalItems.id });
      excluded = rows.map((r) => r.id);
    }
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.resolve_objection',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.deciderUnitId,
      before: { objectionId, status: 'open' },
      after: { objectionId, status: body.status, resolution: body.resolution, excludedItems: excluded },
    });
  });
}
