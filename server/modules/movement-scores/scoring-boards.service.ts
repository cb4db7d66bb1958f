// The two lists of the scoring screens: the movements the user scores or reviews, with their sheets, and
// one movement's board of covered units with status and totals.
import { and, desc, eq, exists, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ScoreBoard, ScoringMovement } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import { movements, movementUnits, units } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { reviewerAccess, SCORE_READERS } from '../../policies/movement-scores.policy.ts';
import { inScope, scopeWhere } from '../../policies/scope.ts';
import {
  leafCriteria,
  loadCoveredUnits,
  loadCriteria,
  loadScoringMovement,
  movementSummary,
} from './scoring-movement.ts';
import type { PlacedUnit } from './scoring-movement.ts';
import { sumPoints } from './sheet-points.ts';
import { byUnitName, loadLockedUnits, loadSheetTotals, sheetSummary } from './sheet-totals.ts';

/** Launched movements whose launching unit, or one of whose covered units, is in the actor's scope. */
export async function findScoringMovements(ctx: ActorCtx): Promise<{ items: ScoringMovement[] }> {
  requireCapability(ctx.actor, 'viewMovements');
  const covered = alias(units, 'covered');
  const rows = await ctx.db
    .select({
      movement: movements,
      launchingUnit: {
        id: units.id,
        code: units.code,
        name: units.name,
        kind: units.kind,
        path: units.path,
        reportPath: units.reportPath,
      },
    })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.launchingUnitId))
    .where(
      and(
        eq(movements.status, 'launched'),
        or(
          scopeWhere(ctx.actor, SCORE_READERS),
          exists(
            ctx.db
              .select({ one: sql`1` })
              .from(movementUnits)
              .innerJoin(covered, eq(covered.id, movementUnits.unitId))
              .where(and(eq(movementUnits.movementId, movements.id), scopeWhere(ctx.actor, SCORE_READERS, covered))),
          ),
        ),
      ),
    )
    .orderBy(desc(movements.year), desc(movements.startsOn), desc(movements.id));
  const ids = rows.map((row) => row.movement.id);
  const [coveredRows, totals] = await Promise.all([
    ids.length === 0
      ? []
      : ctx.db
          .select({
            movementId: movementUnits.movementId,
            id: units.id,
            code: units.code,
            name: units.name,
            kind: units.kind,
            path: units.path,
            reportPath: units.reportPath,
          })
          .from(movementUnits)
          .innerJoin(units, eq(units.id, movementUnits.unitId))
          .where(inArray(movementUnits.movementId, ids)),
    loadSheetTotals(ctx.db, ids),
  ]);
  const items = rows.map((row) => {
    const reviewer = reviewerAccess(ctx.actor, row).read;
    const unitsOf = coveredRows.filter((unit) => unit.movementId === row.movement.id);
    const totalsOf = (unit: PlacedUnit) => totals.get(`${row.movement.id}:${unit.id}`);
    const mine = reviewer ? [] : unitsOf.filter((unit) => inScope(ctx.actor, unit, SCORE_READERS)).sort(byUnitName);
    return {
      ...movementSummary(row),
      reviewer,
      unitCount: unitsOf.length,
      submittedCount: unitsOf.filter((unit) => ['submitted', 'reviewed'].includes(totalsOf(unit)?.status ?? '')).length,
      reviewedCount: unitsOf.filter((unit) => totalsOf(unit)?.status === 'reviewed').length,
      // Locks only matter on the sheet itself, which says so; the list stays one query per kind of row.
      mySheets: mine.map((unit) => sheetSummary(unit, totalsOf(unit), false)),
    };
  });
  return { items };
}

/** The covered units the actor sees on the board: all of them for the reviewer, else those in scope. */
export async function getScoreBoard(ctx: ActorCtx, movementId: number): Promise<ScoreBoard> {
  requireCapability(ctx.actor, 'viewMovements');
  const movement = await loadScoringMovement(ctx.db, movementId);
  const reviewer = reviewerAccess(ctx.actor, movement).read;
  const covered = await loadCoveredUnits(ctx.db, movementId);
  const visible = reviewer ? covered : covered.filter((unit) => inScope(ctx.actor, unit, SCORE_READERS));
  if (!reviewer && visible.length === 0) throw notFound('movements');
  const [totals, locked, criteria] = await Promise.all([
    loadSheetTotals(ctx.db, [movementId]),
    loadLockedUnits(ctx.db, movementId),
    loadCriteria(ctx.db, movementId),
  ]);
  return {
    movement: movementSummary(movement),
    reviewer,
    maxTotal: sumPoints(leafCriteria(criteria).map((criterion) => criterion.maxPoints)),
    sheets: visible
      .sort(byUnitName)
      .map((unit) => sheetSummary(unit, totals.get(`${movementId}:${unit.id}`), locked.has(unit.id))),
  };
}
