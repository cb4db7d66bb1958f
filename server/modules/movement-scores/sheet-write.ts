// What every change of a sheet does first, inside its transaction: find the movement and the covered unit,
// check the actor, lock the sheet row and refuse when a published ranking holds the unit.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { formatDateVi } from '../../../shared/dates.ts';
import type { ActorCtx } from '../../context.ts';
import { criterionScores, scoreSheets } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { conflict } from '../../errors.ts';
import { authorizeSheet, sheetAccess } from '../../policies/movement-scores.policy.ts';
import { isReturned, isSheetLocked } from './score-sheets.service.ts';
import {
  leafCriteria,
  loadCoveredUnit,
  loadCriteria,
  loadScoringMovement,
  requireMovementOpen,
  selfDeadlinePassed,
} from './scoring-movement.ts';
import { criterionNumbers } from './sheet-rows.ts';

export type SheetRow = typeof scoreSheets.$inferSelect;

/** Opens the sheet for a change by the unit ('self') or the reviewer ('review'); creates it for the unit's first save. */
export async function openSheet(
  ctx: ActorCtx,
  tx: Tx,
  movementId: number,
  unitId: number,
  side: 'self' | 'review',
  options: { create?: boolean } = {},
) {
  const movement = await loadScoringMovement(tx, movementId);
  const unit = await loadCoveredUnit(tx, movementId, unitId);
  authorizeSheet(sheetAccess(ctx.actor, movement, unit), side);
  requireMovementOpen(movement.movement);
  if (options.create) {
    await tx.insert(scoreSheets).values({ movementId, unitId }).onConflictDoNothing();
  }
  const [sheet] = await tx
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.movementId, movementId), eq(scoreSheets.unitId, unitId)))
    .for('update');
  if (!sheet) throw notSubmitted();
  // Checked after the row lock, so a publication running at the same time is either seen here or waits for us.
  if (await isSheetLocked(tx, movementId, unitId)) {
    throw conflict(
      'scoring.ranking_published',
      'Kết quả xếp hạng của đơn vị trong phong trào này đã công bố; không thể thay đổi bảng điểm.',
      "The unit's ranking in this movement is published; its score sheet cannot change.",
    );
  }
  const criteria = await loadCriteria(tx, movementId);
  return { movement, unit, sheet, criteria, leaves: leafCriteria(criteria), numbers: criterionNumbers(criteria) };
}
export type OpenSheet = Awaited<ReturnType<typeof openSheet>>;

export function notSubmitted() {
  return conflict(
    'scoring.not_submitted',
    'Đơn vị chưa gửi bảng tự chấm điểm; chưa thể thẩm định.',
    'The unit has not submitted its sheet yet.',
  );
}

/** The unit changes its own points only on a draft, and only until the deadline unless the sheet was returned. */
export function requireUnitTurn(open: OpenSheet): void {
  if (open.sheet.status !== 'draft') {
    throw conflict(
      'scoring.already_submitted',
      'Bảng điểm đã gửi cấp trên; chỉ sửa được khi cấp trên trả lại.',
      'The sheet has been submitted; it can change only when the reviewer returns it.',
    );
  }
  const deadline = open.movement.movement.selfAssessmentDeadline;
  if (deadline && selfDeadlinePassed(open.movement.movement) && !isReturned(open.sheet)) {
    throw conflict(
      'scoring.self_deadline_passed',
      `Đã quá hạn tự chấm điểm của phong trào (${formatDateVi(deadline)}).`,
      `The self-assessment deadline of the movement (${deadline}) has passed.`,
    );
  }
}

/** The sheet's score rows for the given criteria, by criterion, read inside the transaction. */
export async function loadScoresOf(tx: Tx, sheetId: number, criterionIds: number[]) {
  if (criterionIds.length === 0) return new Map<number, typeof criterionScores.$inferSelect>();
  const rows = await tx
    .select()
    .from(criterionScores)
    .where(and(eq(criterionScores.sheetId, sheetId), inArray(criterionScores.criterionId, criterionIds)));
  return new Map(rows.map((row) => [row.criterionId, row]));
}

/** Inserts or updates one score row and returns its id (the history points at it). */
export async function upsertScore(
  tx: Tx,
  sheetId: number,
  criterionId: number,
  values: Partial<Omit<typeof criterionScores.$inferInsert, 'id' | 'sheetId' | 'criterionId'>>,
): Promise<number> {
  const [row] = await tx
    .insert(criterionScores)
    .values({ sheetId, criterionId, ...values })
    .onConflictDoUpdate({
      target: [criterionScores.sheetId, criterionScores.criterionId],
      set: Object.keys(values).length > 0 ? values : { criterionId: sql`excluded.criterion_id` },
    })
    .returning({ id: criterionScores.id });
  return row!.id;
}
