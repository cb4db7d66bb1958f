// The items of a draft (or a proposal returned for revision): a person or a collective of the proposer's
// subtree, a title or form of the catalogue for that kind of recipient, the achievement report and its files.
import { and, eq, max, ne, sql } from 'drizzle-orm';
import type { ProposalItemInput } from '../../../shared/contracts/proposals.ts';
import type { ActorCtx } from '../../context.ts';
import { awardProposalItemFiles, awardProposalItems, councilTallies } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import type { Placed } from '../../policies/scope.ts';
import { claimAttachment, readAttachment } from '../attachments/attachments.service.ts';
import { resolveRecipient } from '../awards/award-recipients.ts';
import { currentAwardType } from '../awards/catalogue-store.ts';
import { bumpVersion, isAncestorOrSelf, lockForSide, requireStatusIn, requireVersion } from './proposal-access.ts';
import { authorizeProposalRead } from '../../policies/proposals.policy.ts';
import { loadProposalHeader, placesOf } from './proposal-rows.ts';

const EDITABLE = ['draft', 'returned'] as const;
const EDIT = { vi: 'sửa danh sách đề nghị', en: 'change the items' };

/** The recipient and the catalogue entry of an item, checked against the proposer's subtree and the catalogue. */
async function checkItem(tx: Tx, proposer: Placed & { name: string }, body: ProposalItemInput) {
  const recipientField = body.personId !== undefined ? 'personId' : 'unitCode';
  const recipient = await resolveRecipient(tx, body).catch(() => {
    throw badRequest('proposals.unknown_recipient', 'Không tìm thấy người hoặc tập thể này.', 'No such recipient.', [
      { field: recipientField, message: 'Không tìm thấy', messageEn: 'Not found' },
    ]);
  });
  if (!recipient.places.some((place) => isAncestorOrSelf(proposer, place))) {
    throw badRequest(
      'proposals.recipient_outside_subtree',
      // Without the recipient's name: trying ids one by one must not list people outside the officer's scope.
      `Người hoặc tập thể này không thuộc ${proposer.name}: chỉ đề nghị khen thưởng cho cá nhân, tập thể thuộc đơn vị mình.`,
      'A proposal may only name people and collectives inside the proposer’s subtree.',
      [{ field: recipientField, message: 'Không thuộc đơn vị đề nghị', messageEn: 'Outside the proposer’s subtree' }],
    );
  }
  const entry = await currentAwardType(tx, body.code);
  if (!entry) {
    throw badRequest(
      'proposals.unknown_code',
      `Danh hiệu, hình thức «${body.code}» không có trong danh mục.`,
      `"${body.code}" is not in the catalogue.`,
      [{ field: 'code', message: 'Không có trong danh mục', messageEn: 'Not in the catalogue' }],
    );
  }
  if (!entry.type.recipientKinds.includes(recipient.kind)) {
    const vi = recipient.kind === 'individual' ? 'cá nhân' : 'tập thể';
    throw badRequest(
      'proposals.wrong_recipient_kind',
      `«${entry.type.nameVi}» không xét tặng cho ${vi}.`,
      `"${entry.type.nameEn}" is not conferred on a ${recipient.kind}.`,
      [{ field: 'code', message: `Không xét tặng cho ${vi}`, messageEn: `Not for a ${recipient.kind}` }],
    );
  }
  const keeperUnitId =
    recipient.kind === 'individual'
      ? (recipient.places.find((place) => isAncestorOrSelf(proposer, place)) ?? recipient.places[0]!).id
      : recipient.id;
  return {
    columns: {
      code: entry.type.code,
      catalogueEntryId: entry.id,
      personId: recipient.kind === 'individual' ? recipient.id : null,
      recipientUnitId: recipient.kind === 'collective' ? recipient.id : null,
      keeperUnitId,
      achievementReport: body.achievementReport || null,
    },
    name: recipient.name,
    awardName: entry.type.nameVi,
  };
}

async function requireNoDuplicate(
  tx: Tx,
  proposalId: number,
  columns: { code: string; personId: number | null; recipientUnitId: number | null },
  exceptId?: number,
) {
  const recipient =
    columns.personId !== null
      ? eq(awardProposalItems.personId, columns.personId)
      : eq(awardProposalItems.recipientUnitId, columns.recipientUnitId!);
  const [dup] = await tx
    .select({ id: awardProposalItems.id })
    .from(awardProposalItems)
    .where(
      and(
        eq(awardProposalItems.proposalId, proposalId),
        eq(awardProposalItems.code, columns.code),
        recipient,
        exceptId === undefined ? undefined : ne(awardProposalItems.id, exceptId),
      ),
    );
  if (dup) {
    throw conflict(
      'proposals.duplicate_item',
      'Đề nghị đã có người (tập thể) này với cùng danh hiệu, hình thức.',
      'The proposal already names this recipient for this award.',
      [{ field: 'code', message: 'Đã có trong đề nghị', messageEn: 'Already in the proposal' }],
    );
  }
}

/** Replaces the item's files; a file new to the item must be the actor's own upload. */
async function writeFiles(ctx: ActorCtx, tx: Tx, itemId: number, attachmentIds: number[]) {
  const current = await tx
    .select({ id: awardProposalItemFiles.attachmentId })
    .from(awardProposalItemFiles)
    .where(eq(awardProposalItemFiles.itemId, itemId));
  const kept = new Set(current.map((file) => file.id));
  const ids = [...new Set(attachmentIds)];
  for (const [index, fileId] of ids.entries()) {
    if (!kept.has(fileId)) await claimAttachment(ctx, tx, fileId, `attachmentIds.${index}`);
  }
  await tx.delete(awardProposalItemFiles).where(eq(awardProposalItemFiles.itemId, itemId));
  if (ids.length) await tx.insert(awardProposalItemFiles).values(ids.map((attachmentId) => ({ itemId, attachmentId })));
}

export async function addProposalItem(ctx: ActorCtx, id: number, body: ProposalItemInput): Promise<number> {
  requireCapability(ctx.actor, 'manageProposals');
  return withWrite(ctx, async (tx, audit) => {
    const { row, header } = await lockForSide(ctx, tx, id, 'proposer');
    requireVersion(row, body.version);
    requireStatusIn(row, EDITABLE, EDIT);
    const checked = await checkItem(tx, header.proposerUnit, body);
    await requireNoDuplicate(tx, id, checked.columns);
    const [last] = await tx
      .select({ position: max(awardProposalItems.position) })
      .from(awardProposalItems)
      .where(eq(awardProposalItems.proposalId, id));
    const [item] = await tx
      .insert(awardProposalItems)
      .values({ ...checked.columns, proposalId: id, position: (last?.position ?? 0) + 1 })
      .returning();
    await writeFiles(ctx, tx, item!.id, body.attachmentIds);
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.item_add',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.proposerUnitId,
      after: { itemId: item!.id, recipient: checked.name, ...checked.columns, attachmentIds: body.attachmentIds },
    });
    return item!.id;
  });
}

async function hasVotes(tx: Tx, itemId: number): Promise<boolean> {
  const [voted] = await tx
    .select({ n: sql<number>`1` })
    .from(councilTallies)
    .where(eq(councilTallies.itemId, itemId))
    .limit(1);
  return Boolean(voted);
}

async function lockItem(tx: Tx, proposalId: number, itemId: number) {
  const [item] = await tx
    .select()
    .from(awardProposalItems)
    .where(and(eq(awardProposalItems.id, itemId), eq(awardProposalItems.proposalId, proposalId)))
    .for('update');
  if (!item) throw notFound('proposal_items');
  return item;
}

export async function updateProposalItem(ctx: ActorCtx, id: number, itemId: number, body: ProposalItemInput) {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row, header } = await lockForSide(ctx, tx, id, 'proposer');
    requireVersion(row, body.version);
    requireStatusIn(row, EDITABLE, EDIT);
    const before = await lockItem(tx, id, itemId);
    const checked = await checkItem(tx, header.proposerUnit, body);
    const changesWhoOrWhat =
      before.personId !== checked.columns.personId ||
      before.recipientUnitId !== checked.columns.recipientUnitId ||
      before.code !== checked.columns.code;
    // Votes already cast were for this recipient and this form; the report and files may still be completed.
    if (changesWhoOrWhat && (await hasVotes(tx, itemId))) {
      throw conflict(
        'proposals.item_has_votes',
        'Hội đồng đã bỏ phiếu cho mục này nên không thể đổi người nhận hoặc hình thức; hãy thêm một mục mới.',
        'The council has voted on this item; its recipient and form cannot change.',
      );
    }
    await requireNoDuplicate(tx, id, checked.columns, itemId);
    await tx.update(awardProposalItems).set(checked.columns).where(eq(awardProposalItems.id, itemId));
    await writeFiles(ctx, tx, itemId, body.attachmentIds);
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.item_update',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.proposerUnitId,
      before,
      after: { itemId, ...checked.columns, attachmentIds: body.attachmentIds },
    });
  });
}

export async function removeProposalItem(ctx: ActorCtx, id: number, itemId: number, version: number) {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'proposer');
    requireVersion(row, version);
    requireStatusIn(row, EDITABLE, EDIT);
    const before = await lockItem(tx, id, itemId);
    if (await hasVotes(tx, itemId)) {
      throw conflict(
        'proposals.item_has_votes',
        'Hội đồng đã bỏ phiếu cho mục này nên không thể xóa; có thể để Hội đồng xét lại.',
        'The council has voted on this item; it cannot be removed.',
      );
    }
    await tx.delete(awardProposalItemFiles).where(eq(awardProposalItemFiles.itemId, itemId));
    await tx.delete(awardProposalItems).where(eq(awardProposalItems.id, itemId));
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.item_remove',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.proposerUnitId,
      before,
    });
  });
}

/** An item's evidence file, for whoever may read the proposal. */
export async function readProposalItemFile(ctx: ActorCtx, id: number, itemId: number, fileId: number) {
  requireCapability(ctx.actor, 'viewProposals');
  authorizeProposalRead(ctx.actor, placesOf(await loadProposalHeader(ctx.db, id)));
  const [link] = await ctx.db
    .select({ itemId: awardProposalItemFiles.itemId })
    .from(awardProposalItemFiles)
    .innerJoin(awardProposalItems, eq(awardProposalItems.id, awardProposalItemFiles.itemId))
    .where(
      and(
        eq(awardProposalItemFiles.itemId, itemId),
        eq(awardProposalItemFiles.attachmentId, fileId),
        eq(awardProposalItems.proposalId, id),
      ),
    );
  if (!link) throw notFound('attachments');
  return readAttachment(ctx.db, fileId);
}
