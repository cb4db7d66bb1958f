// A criterion's evidence file is read by whoever may read the sheet, not only by its uploader.
import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { criterionScores, scoreSheets } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeSheet, sheetAccess } from '../../policies/movement-scores.policy.ts';
import { readAttachment } from '../attachments/attachments.service.ts';
import { loadCoveredUnit, loadScoringMovement } from './scoring-movement.ts';

export async function readEvidenceFile(ctx: ActorCtx, movementId: number, unitId: number, criterionId: number) {
  requireCapability(ctx.actor, 'viewMovements');
  const movement = await loadScoringMovement(ctx.db, movementId);
  const unit = await loadCoveredUnit(ctx.db, movementId, unitId);
  authorizeSheet(sheetAccess(ctx.actor, movement, unit), 'read');
  const [row] = await ctx.db
    .select({ evidenceId: criterionScores.evidenceId })
    .from(criterionScores)
    .innerJoin(scoreSheets, eq(scoreSheets.id, criterionScores.sheetId))
    .where(
      and(
        eq(scoreSheets.movementId, movementId),
        eq(scoreSheets.unitId, unitId),
        eq(criterionScores.criterionId, criterionId),
      ),
    );
  if (!row?.evidenceId) throw notFound('attachments');
  return readAttachment(ctx.db, row.evidenceId);
}
