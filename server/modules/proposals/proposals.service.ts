// The proposals an officer sees (the proposing side's and the deciding side's tabs), and the draft's header:
// creating, correcting and deleting it.
import { and, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  waitingOnDecider,
  waitingOnProposer,
  type ProposalHeaderInput,
  type ProposalTab,
  type MovementOptions,
  type ProposalPage,
  type UnitOptions,
  type updateProposalBodySchema,
} from '../../../shared/contracts/proposals.ts';
import type { z } from 'zod';
import type { ActorCtx } from '../../context.ts';
import {
  awardProposalEvents,
  awardProposalItemFiles,
  awardProposalItems,
  awardProposals,
  councilMeetingProposals,
  movements,
  units,
} from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { AWARD_KEEPERS, AWARD_READERS } from '../../policies/awards.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { inScope, scopeWhere, type Placed } from '../../policies/scope.ts';
import { bumpVersion, isAncestorOrSelf, lockForSide, requireStatusIn, requireVersion } from './proposal-access.ts';
import { deciderUnits, proposerUnits, selectProposalRows, toProposalSummary } from './proposal-rows.ts';

type UpdateInput = z.infer<typeof updateProposalBodySchema>;

export type ProposalListInput = {
  tab: ProposalTab;
  status?: ProposalPage['items'][number]['status'] | undefined;
  year?: number | undefined;
  page: number;
  pageSize: number;
};

/**
 * What waits on the actor: a step of the deciding unit at a unit they keep themselves (not one below it, whose own
 * officers act first), or a returned proposal of a unit they keep. Before the council it waits on the council.
 */
function waitingOnActor(actor: ActorCtx['actor']): SQL {
  const kept = [...new Set(actor.grants.filter((g) => AWARD_KEEPERS.includes(g.role)).map((g) => g.unitId))];
  if (kept.length === 0) return sql`false`;
  return or(
    and(inArray(awardProposals.deciderUnitId, kept), inArray(awardProposals.status, [...waitingOnDecider])),
    and(inArray(awardProposals.proposerUnitId, kept), inArray(awardProposals.status, [...waitingOnProposer])),
  )!;
}

const TAB_FILTERS: Record<ProposalTab, (actor: ActorCtx['actor']) => (SQL | undefined)[]> = {
  proposer: (actor) => [scopeWhere(actor, AWARD_READERS, proposerUnits)],
  waiting: (actor) => [waitingOnActor(actor)],
  decider: (actor) => [scopeWhere(actor, AWARD_READERS, deciderUnits), ne(awardProposals.status, 'draft')],
};

/** One tab of the list (see proposalTabs), filtered by status and year, newest change first. */
export async function findProposals(ctx: ActorCtx, query: ProposalListInput): Promise<ProposalPage> {
  requireCapability(ctx.actor, 'viewProposals');
  const filters = TAB_FILTERS[query.tab](ctx.actor);
  if (query.status) filters.push(eq(awardProposals.status, query.status));
  if (query.year) filters.push(eq(awardProposals.year, query.year));
  const where = and(...filters);
  const [rows, [count]] = await Promise.all([
    selectProposalRows(ctx.db, where)
      .orderBy(desc(awardProposals.updatedAt), desc(awardProposals.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(awardProposals)
      .innerJoin(proposerUnits, eq(proposerUnits.id, awardProposals.proposerUnitId))
      .innerJoin(deciderUnits, eq(deciderUnits.id, awardProposals.deciderUnitId))
      .where(where),
  ]);
  return {
    items: rows.map((row) => toProposalSummary(ctx.actor, row)),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The proposing unit: active and kept by the actor (404 out of scope, 403 without a keeper's role). */
async function requireProposerUnit(ctx: ActorCtx, tx: Tx | ActorCtx['db'], id: number) {
  const [unit] = await tx.select().from(units).where(eq(units.id, id));
  if (!unit || !inScope(ctx.actor, unit, AWARD_READERS)) throw notFound('units');
  if (!inScope(ctx.actor, unit, AWARD_KEEPERS)) throw forbidden();
  if (unit.status !== 'active' || unit.validTo !== null) {
    throw badRequest('proposals.unit_not_active', `${unit.name} không còn hoạt động.`, 'The unit is not active.', [
      { field: 'proposerUnitId', message: 'Đơn vị không còn hoạt động', messageEn: 'Not active' },
    ]);
  }
  return unit;
}

/** The deciding unit: the proposer itself or a unit above it on either line. */
async function requireDeciderUnit(tx: Tx, proposer: Placed, id: number) {
  const [unit] = await tx.select().from(units).where(eq(units.id, id));
  if (!unit || !isAncestorOrSelf(unit, proposer) || unit.validTo !== null) {
    throw badRequest(
      'proposals.decider_not_above',
      'Cấp quyết định phải là chính đơn vị đề nghị hoặc một đơn vị cấp trên của đơn vị đó.',
      'The deciding unit must be the proposer itself or a unit above it.',
      [{ field: 'deciderUnitId', message: 'Không phải đơn vị cấp trên', messageEn: 'Not above the proposer' }],
    );
  }
  return unit;
}

/** Movements a proposal may answer: not a draft, launched by the proposer or a unit above it on either line. */
function answerableBy(proposer: { path: string; reportPath: string }) {
  return and(
    ne(movements.status, 'draft'),
    or(sql`${proposer.path} LIKE ${units.path} || '%'`, sql`${proposer.reportPath} LIKE ${units.reportPath} || '%'`),
  );
}

/** Any other id answers as unknown: a draft movement of another unit is not the proposer's to see. */
async function requireMovement(tx: Tx, proposer: { path: string; reportPath: string }, id: number | null | undefined) {
  if (id === null || id === undefined) return null;
  const [movement] = await tx
    .select({ id: movements.id })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.launchingUnitId))
    .where(and(eq(movements.id, id), answerableBy(proposer)));
  if (!movement) {
    throw badRequest('proposals.unknown_movement', 'Không có phong trào thi đua này.', 'No such movement.', [
      { field: 'movementId', message: 'Không có phong trào này', messageEn: 'No such movement' },
    ]);
  }
  return movement.id;
}

export async function createProposal(ctx: ActorCtx, body: ProposalHeaderInput): Promise<number> {
  requireCapability(ctx.actor, 'manageProposals');
  return withWrite(ctx, async (tx, audit) => {
    const proposer = await requireProposerUnit(ctx, tx, body.proposerUnitId);
    await requireDeciderUnit(tx, proposer, body.deciderUnitId);
    const movementId = await requireMovement(tx, proposer, body.movementId);
    const [row] = await tx
      .insert(awardProposals)
      .values({
        proposerUnitId: proposer.id,
        deciderUnitId: body.deciderUnitId,
        movementId,
        title: body.title,
        year: body.year,
        occasion: body.occasion,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await tx.insert(awardProposalEvents).values({
      proposalId: row!.id,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      actorId: ctx.actor.userId,
    });
    audit({ action: 'proposal.create', entity: 'award_proposal', entityId: row!.id, unitId: proposer.id, after: row });
    return row!.id;
  });
}

const EDITABLE = ['draft', 'returned'] as const;

export async function updateProposal(ctx: ActorCtx, id: number, body: UpdateInput): Promise<void> {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row, header } = await lockForSide(ctx, tx, id, 'proposer');
    requireVersion(row, body.version);
    requireStatusIn(row, EDITABLE, { vi: 'sửa đề nghị', en: 'edit the proposal' });
    await requireDeciderUnit(tx, header.proposerUnit, body.deciderUnitId);
    const movementId = await requireMovement(tx, header.proposerUnit, body.movementId);
    const after = {
      deciderUnitId: body.deciderUnitId,
      movementId,
      title: body.title,
      year: body.year,
      occasion: body.occasion,
    };
    await tx.update(awardProposals).set(after).where(eq(awardProposals.id, id));
    await bumpVersion(tx, row);
    audit({
      action: 'proposal.update',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.proposerUnitId,
      before: {
        deciderUnitId: row.deciderUnitId,
        movementId: row.movementId,
        title: row.title,
        year: row.year,
        occasion: row.occasion,
      },
      after,
    });
  });
}

/** A draft that never reached a council is deleted with its items; its audit rows remain. */
export async function deleteProposal(ctx: ActorCtx, id: number, version: number | undefined): Promise<void> {
  requireCapability(ctx.actor, 'manageProposals');
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, 'proposer');
    requireVersion(row, version);
    requireStatusIn(row, ['draft'], { vi: 'xóa đề nghị', en: 'delete the proposal' });
    const [sent] = await tx
      .select({ id: councilMeetingProposals.meetingId })
      .from(councilMeetingProposals)
      .where(eq(councilMeetingProposals.proposalId, id))
      .limit(1);
    if (sent) {
      throw conflict(
        'proposals.has_council_history',
        'Đề nghị đã từng được đưa ra Hội đồng nên không thể xóa.',
        'The proposal was considered by a council and cannot be deleted.',
      );
    }
    // A draft that once went up (and was withdrawn) keeps its history: the deciding unit saw it.
    const [submitted] = await tx
      .select({ id: awardProposalEvents.id })
      .from(awardProposalEvents)
      .where(and(eq(awardProposalEvents.proposalId, id), eq(awardProposalEvents.action, 'submit')))
      .limit(1);
    if (submitted) {
      throw conflict(
        'proposals.was_submitted',
        'Đề nghị đã từng được trình cấp trên nên phải giữ lại lịch sử, không thể xóa.',
        'The proposal was submitted once; its history is kept and it cannot be deleted.',
      );
    }
    const items = await tx
      .select({ id: awardProposalItems.id })
      .from(awardProposalItems)
      .where(eq(awardProposalItems.proposalId, id));
    for (const item of items) await tx.delete(awardProposalItemFiles).where(eq(awardProposalItemFiles.itemId, item.id));
    await tx.delete(awardProposalItems).where(eq(awardProposalItems.proposalId, id));
    await tx.delete(awardProposalEvents).where(eq(awardProposalEvents.proposalId, id));
    await tx.delete(awardProposals).where(eq(awardProposals.id, id));
    audit({
      action: 'proposal.delete',
      entity: 'award_proposal',
      entityId: id,
      unitId: row.proposerUnitId,
      before: row,
    });
  });
}

/** The units a proposer may address, nearest first: itself and every active unit above it on either line. */
export async function findDeciderOptions(ctx: ActorCtx, proposerUnitId: number): Promise<UnitOptions> {
  requireCapability(ctx.actor, 'manageProposals');
  const proposer = await requireProposerUnit(ctx, ctx.db, proposerUnitId);
  const rows = await ctx.db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(
      and(
        isNull(units.validTo),
        or(
          sql`${proposer.path} LIKE ${units.path} || '%'`,
          sql`${proposer.reportPath} LIKE ${units.reportPath} || '%'`,
        ),
      ),
    )
    .orderBy(sql`length(${units.path}) DESC`, units.id);
  return { items: rows };
}

/** Movements the proposal may answer: launched (or closed) by the proposer or a unit above it. */
export async function findMovementOptions(ctx: ActorCtx, proposerUnitId: number): Promise<MovementOptions> {
  requireCapability(ctx.actor, 'manageProposals');
  const proposer = await requireProposerUnit(ctx, ctx.db, proposerUnitId);
  const rows = await ctx.db
    .select({ id: movements.id, name: movements.name, year: movements.year })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.launchingUnitId))
    .where(answerableBy(proposer))
    .orderBy(desc(movements.year), movements.name);
  return { items: rows };
}
