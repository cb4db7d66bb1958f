// Reading one covered unit's score sheet for a movement: its criteria tree with the points, notes, evidence
// and the history of each changed score, the totals, and what the viewer may do next.
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ScoreChange, ScoreSheet, SheetStatus } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import {
  attachments,
  auditLog,
  criterionScoreChanges,
  criterionScores,
  movementRankings,
  scoreSheets,
  users,
} from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeSheet, sheetAbilities, sheetAccess } from '../../policies/movement-scores.policy.ts';
import {
  loadCoveredUnit,
  loadCriteria,
  loadScoringMovement,
  movementSummary,
  selfDeadlinePassed,
  unitRef,
} from './scoring-movement.ts';
import { toNumber } from './sheet-points.ts';
import { buildSheetRows } from './sheet-rows.ts';

type Reader = ActorCtx['db'] | Tx;

/** Whether a published ranking of the movement holds the unit: its sheet is then locked. */
export async function isSheetLocked(db: Reader, movementId: number, unitId: number): Promise<boolean> {
  const [row] = await db
    .select({ unitId: movementRankings.unitId })
    .from(movementRankings)
    .where(
      and(
        eq(movementRankings.movementId, movementId),
        eq(movementRankings.unitId, unitId),
        isNotNull(movementRankings.publishedAt),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * A sheet the reviewer sent back is a draft that was submitted before: the unit may correct it even after
 * the self-assessment deadline, since the reviewer asked for it.
 */
export function isReturned(sheet: { status: string; submittedAt: Date | null }): boolean {
  return sheet.status === 'draft' && sheet.submittedAt !== null;
}

async function loadChanges(db: Reader, sheetId: number): Promise<Map<number, ScoreChange[]>> {
  const rows = await db
    .select({
      criterionId: criterionScores.criterionId,
      id: criterionScoreChanges.id,
      stage: criterionScoreChanges.stage,
      pointsBefore: criterionScoreChanges.pointsBefore,
      pointsAfter: criterionScoreChanges.pointsAfter,
      reason: criterionScoreChanges.reason,
      changedBy: users.displayName,
      changedAt: criterionScoreChanges.changedAt,
    })
    .from(criterionScoreChanges)
    .innerJoin(criterionScores, eq(criterionScores.id, criterionScoreChanges.scoreId))
    .leftJoin(users, eq(users.id, criterionScoreChanges.changedBy))
    .where(eq(criterionScores.sheetId, sheetId))
    .orderBy(asc(criterionScoreChanges.changedAt), asc(criterionScoreChanges.id));
  const byCriterion = new Map<number, ScoreChange[]>();
  for (const { criterionId, ...change } of rows) {
    const list = byCriterion.get(criterionId) ?? [];
    list.push({
      ...change,
      pointsBefore: toNumber(change.pointsBefore),
      pointsAfter: toNumber(change.pointsAfter),
      changedAt: change.changedAt.toISOString(),
    });
    byCriterion.set(criterionId, list);
  }
  return byCriterion;
}

async function loadReturnReason(db: Reader, sheetId: number): Promise<string | null> {
  const [row] = await db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'score_sheet'),
        eq(auditLog.entityId, String(sheetId)),
        eq(auditLog.action, 'score.reopen'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const reason = (row?.after as { reason?: unknown } | null | undefined)?.reason;
  return typeof reason === 'string' ? reason : null;
}

export async function getScoreSheet(ctx: ActorCtx, movementId: number, unitId: number): Promise<ScoreSheet> {
  requireCapability(ctx.actor, 'viewMovements');
  const movement = await loadScoringMovement(ctx.db, movementId);
  const unit = await loadCoveredUnit(ctx.db, movementId, unitId);
  const access = sheetAccess(ctx.actor, movement, unit);
  authorizeSheet(access, 'read');

  const submitter = alias(users, 'submitter');
  const reviewer = alias(users, 'reviewer');
  const [sheet] = await ctx.db
    .select({ sheet: scoreSheets, submittedBy: submitter.displayName, reviewedBy: reviewer.displayName })
    .from(scoreSheets)
    .leftJoin(submitter, eq(submitter.id, scoreSheets.submittedBy))
    .leftJoin(reviewer, eq(reviewer.id, scoreSheets.reviewedBy))
    .where(and(eq(scoreSheets.movementId, movementId), eq(scoreSheets.unitId, unitId)));
  const criteria = await loadCriteria(ctx.db, movementId);
  const scores = sheet
    ? await ctx.db
        .select({
          criterionId: criterionScores.criterionId,
          selfPoints: criterionScores.selfPoints,
          selfNote: criterionScores.selfNote,
          reviewedPoints: criterionScores.reviewedPoints,
          reviewNote: criterionScores.reviewNote,
          evidenceId: attachments.id,
          evidenceName: attachments.fileName,
          evidenceSize: attachments.byteSize,
        })
        .from(criterionScores)
        .leftJoin(attachments, eq(attachments.id, criterionScores.evidenceId))
        .where(
          and(
            eq(criterionScores.sheetId, sheet.sheet.id),
            inArray(
              criterionScores.criterionId,
              criteria.map((criterion) => criterion.id),
            ),
          ),
        )
    : [];
  const changes = sheet ? await loadChanges(ctx.db, sheet.sheet.id) : new Map<number, ScoreChange[]>();
  const status: SheetStatus = sheet?.sheet.status ?? 'not_started';
  const built = buildSheetRows(
    criteria,
    scores.map((score) => ({
      ...score,
      evidence:
        score.evidenceId === null
          ? null
          : { id: score.evidenceId, fileName: score.evidenceName!, byteSize: score.evidenceSize! },
    })),
    changes,
    status === 'reviewed',
  );
  const locked = await isSheetLocked(ctx.db, movementId, unitId);
  const returned = sheet ? isReturned(sheet.sheet) : false;
  const deadlinePassed = selfDeadlinePassed(movement.movement);
  return {
    movement: movementSummary(movement),
    unit: unitRef(unit),
    sheetId: sheet?.sheet.id ?? null,
    status,
    returnReason: returned ? await loadReturnReason(ctx.db, sheet!.sheet.id) : null,
    submittedAt: sheet?.sheet.submittedAt?.toISOString() ?? null,
    submittedBy: sheet?.submittedBy ?? null,
    reviewedAt: sheet?.sheet.reviewedAt?.toISOString() ?? null,
    reviewedBy: sheet?.reviewedBy ?? null,
    deadlinePassed,
    locked,
    reviewer: access.reviewerRead,
    ...built,
    abilities: sheetAbilities(access, {
      status,
      movementOpen: movement.movement.status === 'launched',
      locked,
      selfClosed: deadlinePassed && !returned,
    }),
  };
}
