// The member's side of corrections: asking for one (checked like the officers' edit form), listing their
// own and withdrawing a pending one.
import { and, desc, eq } from 'drizzle-orm';
import type {
  CorrectableField,
  CorrectionRequest,
  CreateCorrectionBody,
} from '../../../shared/contracts/self-service.ts';
import type { ActorCtx } from '../../context.ts';
import { correctionRequests } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { authorizeOwnRequest } from '../../policies/corrections.policy.ts';
import { loadPerson } from '../members/member-rows.ts';
import { assertCitizenIdFree, personColumns } from '../members/person-fields.ts';
import {
  changeList,
  currentValueOf,
  lockCorrection,
  normaliseValue,
  placementUnitId,
  selectCorrections,
  toCorrectionDto,
  type StoredChanges,
} from './correction-rows.ts';
import { ownPersonId } from './own-record.service.ts';

/** The edit form's errors name `body.phone`; here the field sits under `body.changes`. */
function underChanges(error: unknown): unknown {
  if (!(error instanceof AppError) || !Array.isArray(error.details)) return error;
  const details = (error.details as { field?: string }[]).map((detail) => ({
    ...detail,
    field: detail.field?.replace(/^body\./, 'body.changes.'),
  }));
  return new AppError(error.status, error.code, error.messageVi, error.messageEn, details);
}

const fieldLabels: Record<CorrectableField, string> = {
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  citizenId: 'Số CCCD',
  phone: 'Điện thoại',
  email: 'Email',
  qualification: 'Trình độ chuyên môn',
  position: 'Chức vụ',
};

/** POST /me/corrections: only fields that differ from the record are kept; one pending request per field. */
export async function requestCorrection(ctx: ActorCtx, input: CreateCorrectionBody): Promise<CorrectionRequest> {
  const personId = ownPersonId(ctx);
  const id = await withWrite(ctx, async (tx, audit) => {
    const loaded = await loadPerson(tx, personId);
    try {
      personColumns(input.changes);
      await assertCitizenIdFree(tx, input.changes.citizenId, personId);
    } catch (error) {
      throw underChanges(error);
    }
    const changes: StoredChanges = {};
    for (const [key, value] of Object.entries(input.changes)) {
      const field = key as CorrectableField;
      const from = currentValueOf(loaded.person, field);
      const to = normaliseValue(value);
      if (to !== normaliseValue(from)) changes[field] = { from, to };
    }
    if (Object.keys(changes).length === 0) {
      throw badRequest(
        'corrections.nothing_changed',
        'Các giá trị đề nghị giống hệt hồ sơ hiện tại; không có gì cần chỉnh sửa.',
        'The values asked for are the ones already on the record.',
      );
    }
    const pending = await tx
      .select({ changes: correctionRequests.changes })
      .from(correctionRequests)
      .where(and(eq(correctionRequests.personId, personId), eq(correctionRequests.status, 'pending')));
    const taken = Object.keys(changes).filter((field) => pending.some((row) => field in row.changes));
    if (taken.length > 0) {
      const names = taken.map((field) => fieldLabels[field as CorrectableField]).join(', ');
      throw conflict(
        'corrections.pending_exists',
        `Bạn đã có yêu cầu chỉnh sửa ${names} đang chờ duyệt. Hãy chờ kết quả hoặc rút yêu cầu đó trước.`,
        `A request for ${taken.join(', ')} is already pending; wait for it or withdraw it first.`,
        taken.map((field) => ({
          field: `body.changes.${field}`,
          message: 'Đã có yêu cầu đang chờ duyệt.',
          messageEn: 'Already pending.',
        })),
      );
    }
    const [row] = await tx
      .insert(correctionRequests)
      .values({ personId, requestedBy: ctx.actor.userId, changes, reason: input.reason })
      .returning({ id: correctionRequests.id });
    audit({
      action: 'correction.request',
      entity: 'correction_request',
      entityId: row!.id,
      unitId: placementUnitId(loaded),
      after: { personId, changes: changeList(changes, true), reason: input.reason },
    });
    return row!.id;
  });
  return getOwnCorrection(ctx, id);
}

async function getOwnCorrection(ctx: ActorCtx, id: number): Promise<CorrectionRequest> {
  const [row] = await selectCorrections(ctx.db, eq(correctionRequests.id, id));
  if (!row) throw notFound('corrections');
  authorizeOwnRequest(ctx.actor, row.request);
  return toCorrectionDto(ctx.actor, row, false);
}

/** GET /me/corrections: every request of the member's own, newest first. */
export async function findOwnCorrections(ctx: ActorCtx): Promise<CorrectionRequest[]> {
  const personId = ownPersonId(ctx);
  const rows = await selectCorrections(
    ctx.db,
    and(eq(correctionRequests.personId, personId), eq(correctionRequests.requestedBy, ctx.actor.userId)),
  ).orderBy(desc(correctionRequests.createdAt), desc(correctionRequests.id));
  return rows.map((row) => toCorrectionDto(ctx.actor, row, false));
}

/** POST /me/corrections/:id/withdraw: a pending request of one's own; a decided one stays as decided (409). */
export async function withdrawCorrection(ctx: ActorCtx, id: number): Promise<CorrectionRequest> {
  ownPersonId(ctx);
  await withWrite(ctx, async (tx, audit) => {
    const request = await lockCorrection(tx, id);
    if (!request) throw notFound('corrections');
    authorizeOwnRequest(ctx.actor, request);
    if (request.status !== 'pending') throw alreadyDecided(request.status);
    await tx
      .update(correctionRequests)
      .set({ status: 'withdrawn', decidedBy: ctx.actor.userId, decidedAt: new Date() })
      .where(eq(correctionRequests.id, id));
    audit({
      action: 'correction.withdraw',
      entity: 'correction_request',
      entityId: id,
      unitId: placementUnitId(await loadPerson(tx, request.personId)),
      before: { status: 'pending' },
      after: { status: 'withdrawn' },
    });
  });
  return getOwnCorrection(ctx, id);
}

const statusText: Record<string, [string, string]> = {
  approved: ['đã được duyệt', 'has been approved'],
  rejected: ['đã bị từ chối', 'has been rejected'],
  withdrawn: ['đã được rút lại', 'has been withdrawn'],
};

/** 409 for a request that is no longer pending. */
export function alreadyDecided(status: string): AppError {
  const [vi, en] = statusText[status] ?? ['không còn chờ duyệt', 'is no longer pending'];
  return conflict('corrections.not_pending', `Yêu cầu này ${vi}.`, `This request ${en}.`);
}
