// Self-assessment (tự chấm điểm): the covered unit's keepers give points, notes and evidence per criterion,
// save as a draft and submit once every criterion is scored, before the movement's deadline.
import { eq, sql } from 'drizzle-orm';
import type { ScoreSheet, SelfScoresBody } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import { criterionScoreChanges, scoreSheets } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { badRequest, type ErrorDetail } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { claimAttachment } from '../attachments/attachments.service.ts';
import { getScoreSheet } from './score-sheets.service.ts';
import { checkScoreInputs, missingReason } from './score-input.ts';
import { loadScoresOf, openSheet, requireUnitTurn, upsertScore } from './sheet-write.ts';
import { samePoints, throwIfProblems, toStored } from './sheet-points.ts';

/** Saves the given criteria of the draft (others stay as they are); a changed score needs its reason. */
export async function saveSelfScores(
  ctx: ActorCtx,
  movementId: number,
  unitId: number,
  body: SelfScoresBody,
): Promise<ScoreSheet> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const open = await openSheet(ctx, tx, movementId, unitId, 'self', { create: true });
    requireUnitTurn(open);
    checkScoreInputs(open, body.scores);
    const existing = await loadScoresOf(
      tx,
      open.sheet.id,
      body.scores.map((item) => item.criterionId),
    );
    const problems: ErrorDetail[] = [];
    const changed = body.scores.map((item, index) => {
      const before = existing.get(item.criterionId)?.selfPoints ?? null;
      // The first points given are not a change; changing or clearing them afterwards is.
      const isChange = before !== null && !samePoints(before, item.points);
      if (isChange && !item.reason) problems.push(missingReason(open, index, item.criterionId, before, item.points));
      return { item, before, isChange };
    });
    throwIfProblems('scoring.reason_required', problems);

    const applied = [];
    for (const [index, { item, before, isChange }] of changed.entries()) {
      const current = existing.get(item.criterionId);
      const evidenceChanges = item.evidenceId !== undefined && item.evidenceId !== (current?.evidenceId ?? null);
      if (evidenceChanges && item.evidenceId !== null) {
        await claimAttachment(ctx, tx, item.evidenceId!, `body.scores.${index}.evidenceId`);
      }
      const scoreId = await upsertScore(tx, open.sheet.id, item.criterionId, {
        selfPoints: toStored(item.points),
        ...(item.note !== undefined ? { selfNote: item.note || null } : {}),
        ...(item.evidenceId !== undefined ? { evidenceId: item.evidenceId } : {}),
      });
      if (isChange) {
        await tx.insert(criterionScoreChanges).values({
          scoreId,
          stage: 'self',
          pointsBefore: before,
          pointsAfter: toStored(item.points),
          reason: item.reason!,
          changedBy: ctx.actor.userId,
        });
      }
      applied.push({
        criterionId: item.criterionId,
        before,
        after: toStored(item.points),
        ...(isChange ? { reason: item.reason } : {}),
        ...(evidenceChanges ? { evidenceId: item.evidenceId } : {}),
      });
    }
    audit({
      action: 'score.self_assess',
      entity: 'score_sheet',
      entityId: open.sheet.id,
      unitId,
      after: { movementId, scores: applied },
    });
  });
  return getScoreSheet(ctx, movementId, unitId);
}

/** draft → submitted, when every criterion has the unit's points. */
export async function submitSheet(ctx: ActorCtx, movementId: number, unitId: number): Promise<ScoreSheet> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const open = await openSheet(ctx, tx, movementId, unitId, 'self', { create: true });
    requireUnitTurn(open);
    const scores = await loadScoresOf(
      tx,
      open.sheet.id,
      open.leaves.map((leaf) => leaf.id),
    );
    const missing = open.leaves.filter((leaf) => (scores.get(leaf.id)?.selfPoints ?? null) === null);
    if (open.leaves.length === 0 || missing.length > 0) {
      const names = missing.map((leaf) => `“${open.numbers.get(leaf.id)}. ${leaf.title}”`);
      throw badRequest(
        'scoring.incomplete',
        open.leaves.length === 0
          ? 'Phong trào chưa có tiêu chí để chấm.'
          : `Chưa chấm điểm ${missing.length} tiêu chí: ${names.join(', ')}.`,
        open.leaves.length === 0
          ? 'The movement has no criteria to score.'
          : `${missing.length} criteria are not scored yet.`,
        missing.map((leaf) => ({
          field: `criteria.${leaf.id}`,
          message: `Chưa chấm điểm tiêu chí “${open.numbers.get(leaf.id)}. ${leaf.title}”.`,
          messageEn: `"${leaf.title}" is not scored.`,
        })),
      );
    }
    await tx
      .update(scoreSheets)
      .set({ status: 'submitted', submittedAt: sql`now()`, submittedBy: ctx.actor.userId })
      .where(eq(scoreSheets.id, open.sheet.id));
    audit({
      action: 'score.submit',
      entity: 'score_sheet',
      entityId: open.sheet.id,
      unitId,
      before: { status: open.sheet.status },
      after: { movementId, status: 'submitted' },
    });
  });
  return getScoreSheet(ctx, movementId, unitId);
}
