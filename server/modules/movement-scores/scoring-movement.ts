// The movement a score sheet belongs to, with its launching unit placed in the tree and its criteria:
// read by every scoring use case before it decides anything.
import { and, asc, eq } from 'drizzle-orm';
import type { UnitRef } from '../../../shared/contracts/movement-scores.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import type { ActorCtx } from '../../context.ts';
import { movementCriteria, movements, movementUnits, units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { conflict, notFound } from '../../errors.ts';
import type { Placed } from '../../policies/scope.ts';

type Reader = ActorCtx['db'] | Tx;

export type PlacedUnit = UnitRef & Placed & { kind: string };

const placedUnit = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  path: units.path,
  reportPath: units.reportPath,
};

/** A movement that can be scored: launched (writes) or closed (reads); a draft is not there yet. */
export async function loadScoringMovement(db: Reader, movementId: number) {
  const [row] = await db
    .select({ movement: movements, launchingUnit: placedUnit })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.launchingUnitId))
    .where(eq(movements.id, movementId));
  if (!row || row.movement.status === 'draft') throw notFound('movements');
  return row;
}
export type ScoringMovementRow = Awaited<ReturnType<typeof loadScoringMovement>>;

export function movementSummary({ movement, launchingUnit }: ScoringMovementRow) {
  return {
    id: movement.id,
    name: movement.name,
    year: movement.year,
    kind: movement.kind,
    status: movement.status,
    startsOn: movement.startsOn,
    endsOn: movement.endsOn,
    selfAssessmentDeadline: movement.selfAssessmentDeadline,
    launchingUnit: unitRef(launchingUnit),
  };
}

export const unitRef = (unit: UnitRef): UnitRef => ({ id: unit.id, code: unit.code, name: unit.name });

/** The covered units of a movement, placed, in the order of their names. */
export async function loadCoveredUnits(db: Reader, movementId: number): Promise<PlacedUnit[]> {
  return db
    .select(placedUnit)
    .from(movementUnits)
    .innerJoin(units, eq(units.id, movementUnits.unitId))
    .where(eq(movementUnits.movementId, movementId));
}

/** One covered unit, or 404: a unit the movement does not cover has no sheet. */
export async function loadCoveredUnit(db: Reader, movementId: number, unitId: number): Promise<PlacedUnit> {
  const [unit] = await db
    .select(placedUnit)
    .from(movementUnits)
    .innerJoin(units, eq(units.id, movementUnits.unitId))
    .where(and(eq(movementUnits.movementId, movementId), eq(movementUnits.unitId, unitId)));
  if (!unit) throw notFound('score_sheets');
  return unit;
}

export async function loadCriteria(db: Reader, movementId: number) {
  return db
    .select()
    .from(movementCriteria)
    .where(eq(movementCriteria.movementId, movementId))
    .orderBy(asc(movementCriteria.position));
}
export type CriterionRow = Awaited<ReturnType<typeof loadCriteria>>[number];

/** Criteria without children are the ones scored; groups only add up their criteria. */
export function leafCriteria(criteria: CriterionRow[]): CriterionRow[] {
  const parents = new Set(criteria.map((criterion) => criterion.parentId).filter((id) => id !== null));
  return criteria.filter((criterion) => !parents.has(criterion.id));
}

/** Whether the self-assessment deadline is behind us, in Vietnam's calendar. */
export function selfDeadlinePassed(movement: { selfAssessmentDeadline: string | null }, today = vietnamToday()) {
  return movement.selfAssessmentDeadline !== null && today > movement.selfAssessmentDeadline;
}

/** Scores change only while the movement runs; a closed movement's sheets are for reading. */
export function requireMovementOpen(movement: { status: string }): void {
  if (movement.status !== 'launched') {
    throw conflict(
      'scoring.movement_closed',
      'Phong trào đã kết thúc, không thể thay đổi điểm.',
      'The movement is closed; scores cannot change.',
    );
  }
}
