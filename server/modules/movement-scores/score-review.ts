// Review by the level above (thẩm định): the launching unit's keepers give reviewed points per criterion,
// each departure from the unit's points or from an earlier review with its reason; then mark the sheet
// reviewed, or return it to the unit with a reason.
import { eq, sql } from 'drizzle-orm';
import type { ReopenSheetBody, ReviewScoresBody, ScoreSheet } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import { criterionScoreChanges, criterionScores, scoreSheets } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { conflict, type ErrorDetail } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { getScoreSheet } from './score-sheets.service.ts';
import { checkScoreInputs, missingReason } from './score-input.ts';
import { samePoints, throwIfProblems, toStored } from './sheet-points.ts';
import { loadScoresOf, openSheet, type OpenSheet } from './sheet-write.ts';

function requireReviewTurn(open: OpenSheet, statuses: readonly string[]): void {
  if (!statuses.includes(open.sheet.status)) {
    throw conflict(
      'scoring.not_submitted',
      open.sheet.status === 'reviewed'
        ? 'Bảng điểm đã được thẩm định.'
        : 'Đơn vị chưa gửi bảng tự chấm điểm; chưa thể thẩm định.',
      open.sheet.status === 'reviewed' ? 'The sheet is already reviewed.' : 'The unit has not submitted its sheet.',
    );
  }
}

export async function saveReviewScores(
  ctx: ActorCtx,
  movementId: number,
  unitId: number,
  body: ReviewScoresBody,
): Promise<ScoreSheet> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const open = await openSheet(ctx, tx, movementId, unitId, 'review');
    requireReviewTurn(open, ['submitted', 'reviewed']);
    checkScoreInputs(open, body.scores);
    const existing = await loadScoresOf(
      tx,
      open.sheet.id,
      body.scores.map((item) => item.criterionId),
    );
    const problems: ErrorDetail[] = [];
    const planned = body.scores.map((item, index) => {
      const score = existing.get(item.criterionId);
      const given = score?.reviewedPoints ?? null;
      const self = score?.selfPoints ?? null;
      // A first review that confirms the unit's points changes nothing; one that differs does, and so does
      // any later change of the reviewed points. The history shows what the final score moved from.
      const before = given ?? self;
      const isChange =
        given === null ? item.points !== null && !samePoints(self, item.points) : !samePoints(given, item.points);
      if (isChange && !item.reason) problems.push(missingReason(open, index, item.criterionId, before, item.points));
      return { item, score, before, isChange };
    });
    throwIfProblems('scoring.reason_required', problems);

    const applied = [];
    for (const { item, score, before, isChange } of planned) {
      const values = {
        reviewedPoints: toStored(item.points),
        ...(item.note !== undefined ? { reviewNote: item.note || null } : {}),
      };
      // A submitted sheet has a row for every criterion; the update keeps the unit's points untouched.
      const [row] = score
        ? await tx
            .update(criterionScores)
            .set(values)
            .where(eq(criterionScores.id, score.id))
            .returning({ id: criterionScores.id })
        : await tx
            .insert(criterionScores)
            .values({ sheetId: open.sheet.id, criterionId: item.criterionId, ...values })
            .returning({ id: criterionScores.id });
      if (isChange) {
        await tx.insert(criterionScoreChanges).values({
          scoreId: row!.id,
          stage: 'review',
          pointsBefore: before,
          pointsAfter: toStored(item.points),
          reason: item.reason!,
          changedBy: ctx.actor.userId,
        });
      }
      applied.push({
        criterionId: item.criterionId,
        before: score?.reviewedPoints ?? null,
        after: toStored(item.points),
        ...(isChange ? { reason: item.reason } : {}),
      });
    }
    audit({
      action: 'score.review',
      entity: 'score_sheet',
      entityId: open.sheet.id,
      unitId,
      after: { movementId, scores: applied },
    });
  });
  return getScoreSheet(ctx, movementId, unitId);
}

/** submitted → reviewed: the final score stands (reviewed points where given, else the unit's own). */
export async function markSheetReviewed(ctx: ActorCtx, movementId: number, unitId: number): Promise<ScoreSheet> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const open = await openSheet(ctx, tx, movementId, unitId, 'review');
    requireReviewTurn(open, ['submitted']);
    await tx
      .update(scoreSheets)
      .set({ status: 'reviewed', reviewedAt: sql`now()`, reviewedBy: ctx.actor.userId })
      .where(eq(scoreSheets.id, open.sheet.id));
    audit({
      action: 'score.review',
      entity: 'score_sheet',
      entityId: open.sheet.id,
      unitId,
      before: { status: open.sheet.status },
      after: { movementId, status: 'reviewed' },
    });
  });
  return getScoreSheet(ctx, movementId, unitId);
}

/** submitted or reviewed → draft, back to the unit to correct, with the reason it is shown. */
export async function reopenSheet(
  ctx: ActorCtx,
  movementId: number,
  unitId: number,
  body: ReopenSheetBody,
): Promise<ScoreSheet> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const open = await openSheet(ctx, tx, movementId, unitId, 'review');
    requireReviewTurn(open, ['submitted', 'reviewed']);
    await tx
      .update(scoreSheets)
      .set({ status: 'draft', reviewedAt: null, reviewedBy: null })
      .where(eq(scoreSheets.id, open.sheet.id));
    audit({
      action: 'score.reopen',
      entity: 'score_sheet',
      entityId: open.sheet.id,
      unitId,
      before: { status: open.sheet.status },
      after: { movementId, status: 'draft', reason: body.reason },
    });
  });
  return getScoreSheet(ctx, movementId, unitId);
}
