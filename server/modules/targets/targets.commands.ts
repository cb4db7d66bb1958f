// Changing one target: its value or note (the setting unit), its deletion, and the figure its unit reports.
import { eq, sql } from 'drizzle-orm';
import type { ReportTargetBody, Target, UpdateTargetBody } from '../../../shared/contracts/targets.ts';
import type { ActorCtx } from '../../context.ts';
import { targets } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { badRequest, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { claimAttachment, readAttachment } from '../attachments/attachments.service.ts';
import { figureProblem } from './figures.ts';
import { loadTarget, toTargetDto, type TargetRow } from './target-rows.ts';
import { authorizeTarget } from '../../policies/targets.policy.ts';

const forPolicy = (row: TargetRow) => ({ unit: row.unit, setByUnit: row.setByUnit, source: row.source });

function checkFigure(value: number, field: string, what: { vi: string; en: string }) {
  const problem = figureProblem(value);
  if (problem) {
    throw badRequest('targets.invalid_value', `${what.vi} ${problem.vi}.`, `${what.en} ${problem.en}.`, [
      { field, message: `${what.vi} ${problem.vi}.`, messageEn: `${what.en} ${problem.en}.` },
    ]);
  }
}

export async function getTarget(ctx: ActorCtx, id: number): Promise<Target> {
  requireCapability(ctx.actor, 'viewTargets');
  const row = await loadTarget(ctx.db, id);
  authorizeTarget(ctx.actor, 'read', forPolicy(row));
  return toTargetDto(ctx, row);
}

/** The setting unit corrects a target's value or note. */
export async function updateTarget(ctx: ActorCtx, id: number, input: UpdateTargetBody): Promise<Target> {
  requireCapability(ctx.actor, 'viewTargets');
  await withWrite(ctx, async (tx, audit) => {
    const row = await loadTarget(tx, id);
    authorizeTarget(ctx.actor, 'update', forPolicy(row));
    if (input.targetValue !== undefined) {
      checkFigure(input.targetValue, 'body.targetValue', { vi: 'Chỉ tiêu', en: 'The target' });
    }
    const changes = {
      ...(input.targetValue !== undefined ? { targetValue: input.targetValue } : {}),
      ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
    };
    await tx
      .update(targets)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(targets.id, id));
    audit({
      action: 'target.update',
      entity: 'target',
      entityId: id,
      unitId: row.target.unitId,
      before: { targetValue: row.target.targetValue, note: row.target.note },
      after: changes,
    });
  });
  return getTarget(ctx, id);
}

/** The setting unit withdraws a target; the audit row keeps everything it held, the report included. */
export async function deleteTarget(ctx: ActorCtx, id: number): Promise<void> {
  requireCapability(ctx.actor, 'viewTargets');
  await withWrite(ctx, async (tx, audit) => {
    const row = await loadTarget(tx, id);
    authorizeTarget(ctx.actor, 'delete', forPolicy(row));
    await tx.delete(targets).where(eq(targets.id, id));
    audit({ action: 'target.delete', entity: 'target', entityId: id, unitId: row.target.unitId, before: row.target });
  });
}

/** The target unit's officer reports the achieved figure of a manual indicator, with evidence. */
export async function reportTarget(ctx: ActorCtx, id: number, input: ReportTargetBody): Promise<Target> {
  requireCapability(ctx.actor, 'viewTargets');
  await withWrite(ctx, async (tx, audit) => {
    const row = await loadTarget(tx, id);
    authorizeTarget(ctx.actor, 'read', forPolicy(row));
    if (row.source !== 'manual') {
      throw badRequest(
        'targets.not_manual',
        'Chỉ tiêu này được tính tự động từ dữ liệu trên hệ thống, không báo cáo thủ công.',
        'This indicator is counted from the data and takes no manual report.',
      );
    }
    authorizeTarget(ctx.actor, 'report', forPolicy(row));
    checkFigure(input.reportedValue, 'body.reportedValue', { vi: 'Số liệu đạt được', en: 'The figure' });
    // Leaving the text or the file out keeps what the last report had; null removes it.
    const evidence = input.evidence === undefined ? row.target.evidence : input.evidence?.trim() || null;
    let attachmentId =
      input.evidenceAttachmentId === undefined ? row.target.evidenceAttachmentId : input.evidenceAttachmentId;
    if (attachmentId !== null && attachmentId !== row.target.evidenceAttachmentId) {
      attachmentId = (await claimAttachment(ctx, tx, attachmentId, 'body.evidenceAttachmentId')).id;
    }
    if (!evidence && attachmentId === null) {
      throw badRequest(
        'targets.evidence_required',
        'Cần có minh chứng: mô tả hoặc tệp đính kèm.',
        'Evidence is needed: a description or an attached file.',
        [
          {
            field: 'body.evidence',
            message: 'Nhập mô tả minh chứng hoặc đính kèm tệp.',
            messageEn: 'Describe the evidence or attach a file.',
          },
        ],
      );
    }
    const after = {
      reportedValue: input.reportedValue,
      evidence,
      evidenceAttachmentId: attachmentId,
      reportedBy: ctx.actor.userId,
    };
    await tx
      .update(targets)
      .set({ ...after, reportedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(targets.id, id));
    audit({
      action: 'target.report',
      entity: 'target',
      entityId: id,
      unitId: row.target.unitId,
      before: {
        reportedValue: row.target.reportedValue,
        evidence: row.target.evidence,
        evidenceAttachmentId: row.target.evidenceAttachmentId,
      },
      after,
    });
  });
  return getTarget(ctx, id);
}

/** The evidence file of a target, for anyone who may read the target. */
export async function readTargetEvidence(ctx: ActorCtx, id: number) {
  requireCapability(ctx.actor, 'viewTargets');
  const row = await loadTarget(ctx.db, id);
  authorizeTarget(ctx.actor, 'read', forPolicy(row));
  if (!row.target.evidenceAttachmentId) throw notFound('attachments');
  return readAttachment(ctx.db, row.target.evidenceAttachmentId);
}
