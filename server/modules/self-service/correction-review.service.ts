// The officers' side of corrections: the requests of the people whose records they keep, and the decision.
// Approving applies the change through the members' own update command, in the same transaction.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { UpdateMemberBody } from '../../../shared/contracts/members.ts';
import type { CorrectionRequest } from '../../../shared/contracts/self-service.ts';
import type { ActorCtx } from '../../context.ts';
import type { Database } from '../../db/client.ts';
import { correctionRequests } from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeCorrectionDecision, correctionsScopeWhere } from '../../policies/corrections.policy.ts';
import { updateMember } from '../members/members.commands.ts';
import { loadPerson, placementOf } from '../members/member-rows.ts';
import {
  changeList,
  currentValueOf,
  lockCorrection,
  normaliseValue,
  placementUnitId,
  selectCorrections,
  toCorrectionDto,
  type CorrectionRow,
} from './correction-rows.ts';
import { alreadyDecided } from './correction-requests.service.ts';

export type CorrectionQuery = {
  status: CorrectionRow['status'] | 'all';
  personId?: number | undefined;
  page: number;
  pageSize: number;
};

function reviewWhere(ctx: ActorCtx, query: Pick<CorrectionQuery, 'status' | 'personId'>): SQL | undefined {
  return and(
    correctionsScopeWhere(ctx.actor),
    query.status === 'all' ? undefined : eq(correctionRequests.status, query.status),
    query.personId ? eq(correctionRequests.personId, query.personId) : undefined,
  );
}

/** GET /corrections: pending ones oldest first (a queue), others newest first. */
export async function findCorrections(
  ctx: ActorCtx,
  query: CorrectionQuery,
): Promise<{ items: CorrectionRequest[]; total: number }> {
  requireCapability(ctx.actor, 'reviewCorrections');
  const where = reviewWhere(ctx, query);
  const order =
    query.status === 'pending'
      ? [asc(correctionRequests.createdAt), asc(correctionRequests.id)]
      : [desc(correctionRequests.createdAt), desc(correctionRequests.id)];
  const [rows, [count]] = await Promise.all([
    selectCorrections(ctx.db, where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(correctionRequests)
      .where(where),
  ]);
  // A requested citizen ID is shown in full to the officer who checks it, and that view is audited.
  const withCitizenId = rows.filter((row) => 'citizenId' in row.request.changes);
  if (withCitizenId.length > 0) {
    await withWrite(ctx, async (_tx, audit) => {
      for (const row of withCitizenId) {
        audit({
          action: 'member.view_personal_data',
          entity: 'person',
          entityId: row.person.id,
          unitId: row.unit?.id ?? null,
          after: { correctionRequestId: row.request.id },
        });
      }
    });
  }
  return { items: rows.map((row) => toCorrectionDto(ctx.actor, row, true)), total: count?.total ?? 0 };
}

/** GET /corrections/summary: the number on the menu. */
export async function countPendingCorrections(ctx: ActorCtx): Promise<{ pending: number }> {
  requireCapability(ctx.actor, 'reviewCorrections');
  const [row] = await ctx.db
    .select({ pending: sql<number>`count(*)::int` })
    .from(correctionRequests)
    .where(reviewWhere(ctx, { status: 'pending' }));
  return { pending: row?.pending ?? 0 };
}

/** A pending request, locked, with its person loaded and the decision authorised. */
async function openForDecision(ctx: ActorCtx, tx: Tx, id: number) {
  const request = await lockCorrection(tx, id);
  if (!request) throw notFound('corrections');
  const loaded = await loadPerson(tx, request.personId);
  authorizeCorrectionDecision(ctx.actor, request, placementOf(loaded));
  if (request.status !== 'pending') throw alreadyDecided(request.status);
  return { request, loaded };
}

function recordDecision(
  ctx: ActorCtx,
  tx: Tx,
  audit: Audit,
  request: CorrectionRow,
  status: 'approved' | 'rejected',
  note: string | null,
  unitId: number | null,
) {
  audit({
    action: status === 'approved' ? 'correction.approve' : 'correction.reject',
    entity: 'correction_request',
    entityId: request.id,
    unitId,
    before: { status: 'pending' },
    after: { status, personId: request.personId, changes: changeList(request.changes, true), note },
  });
  return tx
    .update(correctionRequests)
    .set({ status, decidedBy: ctx.actor.userId, decidedAt: new Date(), decisionNote: note })
    .where(eq(correctionRequests.id, request.id));
}

async function getReviewed(ctx: ActorCtx, id: number): Promise<CorrectionRequest> {
  const [row] = await selectCorrections(ctx.db, eq(correctionRequests.id, id));
  if (!row) throw notFound('corrections');
  return toCorrectionDto(ctx.actor, row, true);
}

/**
 * POST /corrections/:id/approve. The fields asked for must still hold what the member saw when asking:
 * if an officer (or another request) changed one since, the request is stale and answers 409.
 */
export async function approveCorrection(ctx: ActorCtx, id: number, note?: string): Promise<CorrectionRequest> {
  await withWrite(ctx, async (tx, audit) => {
    const { request, loaded } = await openForDecision(ctx, tx, id);
    const changes = changeList(request.changes);
    const stale = changes.filter(
      (change) => normaliseValue(currentValueOf(loaded.person, change.field)) !== normaliseValue(change.from),
    );
    if (stale.length > 0) {
      throw conflict(
        'corrections.stale',
        'Hồ sơ đã được sửa sau khi đoàn viên gửi yêu cầu này, nên không thể duyệt. Hãy từ chối yêu cầu và đề nghị đoàn viên gửi lại nếu vẫn cần chỉnh sửa.',
        'The record changed after this request was made; reject it and ask the member to send a new one if still needed.',
        stale.map((change) => ({
          field: change.field,
          message: `Khi gửi yêu cầu: ${change.from ?? '(trống)'}; hiện tại: ${currentValueOf(loaded.person, change.field) ?? '(trống)'}.`,
          messageEn: `When asked: ${change.from ?? '(empty)'}; now: ${currentValueOf(loaded.person, change.field) ?? '(empty)'}.`,
        })),
      );
    }
    const body = Object.fromEntries(changes.map((change) => [change.field, change.to])) as UpdateMemberBody;
    // The members' command runs inside this transaction: Drizzle nests its transaction as a savepoint, so the
    // record, its audit rows and the decision commit together or not at all.
    await updateMember({ ...ctx, db: tx as unknown as Database }, request.personId, body);
    await recordDecision(ctx, tx, audit, request, 'approved', note?.trim() || null, placementUnitId(loaded));
  });
  return getReviewed(ctx, id);
}

/** POST /corrections/:id/reject: with a note the member reads. */
export async function rejectCorrection(ctx: ActorCtx, id: number, note: string): Promise<CorrectionRequest> {
  await withWrite(ctx, async (tx, audit) => {
    const { request, loaded } = await openForDecision(ctx, tx, id);
    await recordDecision(ctx, tx, audit, request, 'rejected', note.trim(), placementUnitId(loaded));
  });
  return getReviewed(ctx, id);
}
