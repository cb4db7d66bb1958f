// Reading a movement: the row with its launching unit, the units it covers, its score sheet as a two-level tree,
// and the response shape with the actor's abilities.
import { asc, eq } from 'drizzle-orm';
import type { CriterionGroup, Movement } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import { attachments, movementCriteria, movements, movementUnits, units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import { movementAbilities, type MovementPlaces } from '../../policies/movements.policy.ts';
import { unitRef, type PlacedUnit } from './movement-units.ts';

type Reader = ActorCtx['db'] | Tx;
export type MovementRow = typeof movements.$inferSelect;
export type LoadedMovement = { movement: MovementRow; launching: PlacedUnit; covered: PlacedUnit[] };

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  path: units.path,
  reportPath: units.reportPath,
  validTo: units.validTo,
};

/** The movement with the units that place it; 404 when there is none. */
export async function loadMovement(db: Reader, id: number): Promise<LoadedMovement> {
  const [row] = await db
    .select({ movement: movements, launching: unitColumns })
    .from(movements)
    .innerJoin(units, eq(units.id, movements.launchingUnitId))
    .where(eq(movements.id, id));
  if (!row) throw notFound('movements');
  const covered = await db
    .select(unitColumns)
    .from(movementUnits)
    .innerJoin(units, eq(units.id, movementUnits.unitId))
    .where(eq(movementUnits.movementId, id))
    .orderBy(units.code);
  return { ...row, covered };
}

export const placesOf = (loaded: LoadedMovement): MovementPlaces => ({
  launching: loaded.launching,
  covered: loaded.covered,
});

/** The score sheet: groups (or stand-alone criteria) in order, each group with its criteria. */
export async function loadCriteria(db: Reader, movementId: number): Promise<CriterionGroup[]> {
  const rows = await db
    .select()
    .from(movementCriteria)
    .where(eq(movementCriteria.movementId, movementId))
    .orderBy(asc(movementCriteria.position));
  const shape = (row: (typeof rows)[number]) => ({
    id: row.id,
    title: row.title,
    maxPoints: Number(row.maxPoints),
    scale: row.scale,
    evidenceRequired: row.evidenceRequired,
  });
  const groups = rows.filter((row) => row.parentId === null).map((row) => ({ ...shape(row), children: [] as never[] }));
  const byId = new Map(groups.map((group) => [group.id, group as CriterionGroup]));
  for (const row of rows) if (row.parentId !== null) byId.get(row.parentId)?.children.push(shape(row));
  return [...byId.values()];
}

/** Points a sheet can give: each group's criteria, or the stand-alone criterion itself. */
export function totalOf(groups: readonly CriterionGroup[]): number {
  const cents = groups.reduce(
    (sum, group) =>
      sum +
      (group.children.length
        ? group.children.reduce((inner, child) => inner + Math.round(child.maxPoints * 100), 0)
        : Math.round(group.maxPoints * 100)),
    0,
  );
  return cents / 100;
}

export async function toMovementDto(ctx: ActorCtx, loaded: LoadedMovement): Promise<Movement> {
  const { movement, launching, covered } = loaded;
  const criteria = await loadCriteria(ctx.db, movement.id);
  const [document] = movement.launchDocumentId
    ? await ctx.db
        .select({
          id: attachments.id,
          fileName: attachments.fileName,
          mimeType: attachments.mimeType,
          byteSize: attachments.byteSize,
        })
        .from(attachments)
        .where(eq(attachments.id, movement.launchDocumentId))
    : [];
  return {
    id: movement.id,
    name: movement.name,
    kind: movement.kind,
    status: movement.status,
    year: movement.year,
    startsOn: movement.startsOn,
    endsOn: movement.endsOn,
    pledgeDeadline: movement.pledgeDeadline,
    launchingUnit: unitRef(launching),
    coveredCount: covered.length,
    goals: movement.goals,
    selfAssessmentDeadline: movement.selfAssessmentDeadline,
    proposalDeadline: movement.proposalDeadline,
    launchDocumentNo: movement.launchDocumentNo,
    launchDocument: document ?? null,
    launchedAt: movement.launchedAt?.toISOString() ?? null,
    closedAt: movement.closedAt?.toISOString() ?? null,
    criteria,
    totalPoints: totalOf(criteria),
    coveredUnits: covered.map(unitRef),
    abilities: movementAbilities(ctx.actor, launching, movement.status),
  };
}
