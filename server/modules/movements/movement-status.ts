// Launching (draft → launched) once the movement is complete, and closing it (launched → closed); the launch
// document is served to whoever may read the movement.
import { eq, sql } from 'drizzle-orm';
import type { Movement } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import { movements } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { conflict, notFound, type ErrorDetail } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeMovement } from '../../policies/movements.policy.ts';
import { readAttachment } from '../attachments/attachments.service.ts';
import { loadCriteria, loadMovement, placesOf, totalOf } from './movement-rows.ts';
import { getMovement, lockMovement, requireStatus } from './movements.service.ts';

/** What a movement lacks before it can be launched, one line per missing piece. */
async function missingForLaunch(tx: Tx, loaded: Awaited<ReturnType<typeof loadMovement>>) {
  const missing: ErrorDetail[] = [];
  if (loaded.covered.length === 0) {
    missing.push({
      field: 'coveredUnits',
      message: 'Chưa chọn đơn vị tham gia phong trào.',
      messageEn: 'No covered units chosen.',
    });
  }
  if (totalOf(await loadCriteria(tx, loaded.movement.id)) <= 0) {
    missing.push({
      field: 'criteria',
      message: 'Chưa có bảng tiêu chí chấm điểm (tổng điểm phải lớn hơn 0).',
      messageEn: 'No score sheet (its total must be above 0).',
    });
  }
  if (!loaded.movement.launchDocumentNo) {
    missing.push({
      field: 'launchDocumentNo',
      message: 'Chưa có số văn bản phát động.',
      messageEn: 'No launch document number.',
    });
  }
  return missing;
}

export async function launchMovement(ctx: ActorCtx, id: number): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const loaded = await lockMovement(ctx, tx, id);
    requireStatus(loaded.movement, ['draft'], 'phát động');
    const missing = await missingForLaunch(tx, loaded);
    if (missing.length) {
      throw conflict(
        'movements.not_ready',
        `Chưa phát động được: ${missing.map((item) => item.message.replace(/\.$/, '').toLowerCase()).join('; ')}.`,
        `Cannot launch yet: ${missing.map((item) => item.messageEn.replace(/\.$/, '')).join('; ')}.`,
        missing,
      );
    }
    await tx
      .update(movements)
      .set({ status: 'launched', launchedAt: sql`now()`, launchedBy: ctx.actor.userId, updatedAt: sql`now()` })
      .where(eq(movements.id, id));
    audit({
      action: 'movement.launch',
      entity: 'movement',
      entityId: id,
      unitId: loaded.movement.launchingUnitId,
      before: { status: 'draft' },
      after: { status: 'launched', coveredUnitIds: loaded.covered.map((unit) => unit.id) },
    });
  });
  return getMovement(ctx, id);
}

export async function closeMovement(ctx: ActorCtx, id: number): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const { movement } = await lockMovement(ctx, tx, id);
    requireStatus(movement, ['launched'], 'kết thúc');
    await tx
      .update(movements)
      .set({ status: 'closed', closedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(movements.id, id));
    audit({
      action: 'movement.close',
      entity: 'movement',
      entityId: id,
      unitId: movement.launchingUnitId,
      before: { status: 'launched' },
      after: { status: 'closed' },
    });
  });
  return getMovement(ctx, id);
}

export async function readLaunchDocument(ctx: ActorCtx, id: number) {
  requireCapability(ctx.actor, 'viewMovements');
  const loaded = await loadMovement(ctx.db, id);
  authorizeMovement(ctx.actor, 'read', placesOf(loaded));
  if (!loaded.movement.launchDocumentId) throw notFound('attachments');
  return readAttachment(ctx.db, loaded.movement.launchDocumentId);
}
