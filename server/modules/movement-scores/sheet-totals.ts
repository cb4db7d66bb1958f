// The totals of many sheets in one query, for the boards and the ranking: the unit's own total and the final
// one (reviewed points where given, else the unit's), with the sheet's status and whether a ranking locks it.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { SheetStatus, SheetSummary } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import { criterionScores, movementRankings, scoreSheets } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import type { PlacedUnit } from './scoring-movement.ts';
import { unitRef } from './scoring-movement.ts';
import { toNumber } from './sheet-points.ts';

type Reader = ActorCtx['db'] | Tx;

export type SheetTotals = {
  sheetId: number;
  movementId: number;
  unitId: number;
  status: Exclude<SheetStatus, 'not_started'>;
  selfTotal: number;
  finalTotal: number;
  submittedAt: Date | null;
  reviewedAt: Date | null;
};

/** Sheets of the movements (and, if given, only of these units), keyed "movementId:unitId". */
export async function loadSheetTotals(
  db: Reader,
  movementIds: number[],
  unitIds?: number[],
): Promise<Map<string, SheetTotals>> {
  if (movementIds.length === 0 || unitIds?.length === 0) return new Map();
  const rows = await db
    .select({
      sheetId: scoreSheets.id,
      movementId: scoreSheets.movementId,
      unitId: scoreSheets.unitId,
      status: scoreSheets.status,
      submittedAt: scoreSheets.submittedAt,
      reviewedAt: scoreSheets.reviewedAt,
      selfTotal: sql<string>`coalesce(sum(${criterionScores.selfPoints}), 0)`,
      finalTotal: sql<string>`coalesce(sum(coalesce(${criterionScores.reviewedPoints}, ${criterionScores.selfPoints})), 0)`,
    })
    .from(scoreSheets)
    .leftJoin(criterionScores, eq(criterionScores.sheetId, scoreSheets.id))
    .where(
      and(inArray(scoreSheets.movementId, movementIds), unitIds ? inArray(scoreSheets.unitId, unitIds) : undefined),
    )
    .groupBy(scoreSheets.id);
  return new Map(
    rows.map((row) => [
      `${row.movementId}:${row.unitId}`,
      { ...row, selfTotal: toNumber(row.selfTotal)!, finalTotal: toNumber(row.finalTotal)! },
    ]),
  );
}

/** The units of the movement held by a published ranking. */
export async function loadLockedUnits(db: Reader, movementId: number): Promise<Set<number>> {
  const rows = await db
    .selectDistinct({ unitId: movementRankings.unitId })
    .from(movementRankings)
    .where(and(eq(movementRankings.movementId, movementId), isNotNull(movementRankings.publishedAt)));
  return new Set(rows.map((row) => row.unitId));
}

/** What a board shows of one covered unit; a unit without a sheet has not started. */
export function sheetSummary(unit: PlacedUnit, totals: SheetTotals | undefined, locked: boolean): SheetSummary {
  return {
    unit: unitRef(unit),
    status: totals?.status ?? 'not_started',
    selfTotal: totals ? totals.selfTotal : null,
    finalTotal: totals?.status === 'reviewed' ? totals.finalTotal : null,
    submittedAt: totals?.submittedAt?.toISOString() ?? null,
    reviewedAt: totals?.reviewedAt?.toISOString() ?? null,
    locked,
  };
}

const collator = new Intl.Collator('vi');

/** Units in Vietnamese alphabetical order of their names. */
export function byUnitName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}
