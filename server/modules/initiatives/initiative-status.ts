// The workflow of a record: submitted → recognised (with level and decision) or rejected (with a reason);
// a rejected record may be reopened. Every step is guarded by the status it starts from and audited.
import { eq, sql } from 'drizzle-orm';
import type { Initiative, RecogniseBody, RejectBody } from '../../../shared/contracts/initiatives.ts';
import type { ActorCtx } from '../../context.ts';
import { initiatives } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { requireStatus } from './initiative-transitions.ts';
import { getInitiative, lockInitiative } from './initiatives.service.ts';

async function step(
  ctx: ActorCtx,
  id: number,
  action: 'recognise' | 'reject' | 'reopen',
  change: (before: typeof initiatives.$inferSelect) => Partial<typeof initiatives.$inferInsert>,
): Promise<Initiative> {
  requireCapability(ctx.actor, 'manageInitiatives');
  await withWrite(ctx, async (tx, audit) => {
    const row = await lockInitiative(ctx, tx, id);
    requireStatus(row.initiative.status, action);
    const after = change(row.initiative);
    await tx
      .update(initiatives)
      .set({ ...after, updatedAt: sql`now()` })
      .where(eq(initiatives.id, id));
    const { status, recognitionLevel, decisionNo, decisionDate, rejectionReason } = row.initiative;
    audit({
      action: `initiative.${action}`,
      entity: 'initiative',
      entityId: id,
      unitId: row.initiative.unitId,
      before: { status, recognitionLevel, decisionNo, decisionDate, rejectionReason },
      after,
    });
  });
  return getInitiative(ctx, id);
}

/** Recognition by a decision: the level (scope of effect), its number and date. */
export async function recogniseInitiative(ctx: ActorCtx, id: number, body: RecogniseBody): Promise<Initiative> {
  return step(ctx, id, 'recognise', (before) => {
    if (body.decisionDate < before.submittedOn) {
      throw badRequest(
        'initiatives.decision_before_submission',
        'Ngày quyết định công nhận không thể trước ngày đăng ký.',
        'The decision cannot be dated before the submission.',
        [{ field: 'body.decisionDate', message: 'Trước ngày đăng ký.', messageEn: 'Before the submission.' }],
      );
    }
    return {
      status: 'recognised',
      recognitionLevel: body.recognitionLevel,
      decisionNo: body.decisionNo,
      decisionDate: body.decisionDate,
      rejectionReason: null,
    };
  });
}

export async function rejectInitiative(ctx: ActorCtx, id: number, body: RejectBody): Promise<Initiative> {
  return step(ctx, id, 'reject', () => ({ status: 'rejected', rejectionReason: body.reason }));
}

/** A rejected record goes back to "submitted" to be corrected and judged again; the reason stays in the audit. */
export async function reopenInitiative(ctx: ActorCtx, id: number): Promise<Initiative> {
  return step(ctx, id, 'reopen', () => ({ status: 'submitted', rejectionReason: null }));
}
