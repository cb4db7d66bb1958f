// Reading units: the current row or the version valid on a date, and the response shape with abilities.
import { and, eq, isNull, lte, or, gt, sql, type SQL } from 'drizzle-orm';
import type { Unit } from '../../../shared/contracts/units.ts';
import type { ActorCtx } from '../../context.ts';
import { units, unitVersions } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import { unitAbilities } from '../../policies/units.policy.ts';

export type UnitRow = typeof units.$inferSelect;
type Reader = ActorCtx['db'] | Tx;

/** The columns of a unit as it stood on `asOf` (current state when null), in the shape of a `units` row. */
function columnsAt(asOf: string | null) {
  if (!asOf) {
    return {
      ...{ id: units.id, code: units.code, status: units.status, validFrom: units.validFrom, validTo: units.validTo },
      ...{ mergedIntoId: units.mergedIntoId, path: units.path, reportPath: units.reportPath },
      ...{
        name: units.name,
        shortName: units.shortName,
        kind: units.kind,
        sector: units.sector,
        province: units.province,
      },
      ...{ parentId: units.parentId, reportingParentId: units.reportingParentId },
      childCount: sql<number>`(SELECT count(*)::int FROM units c WHERE c.parent_id = "units"."id" AND c.valid_to IS NULL)`,
    };
  }
  return {
    ...{ id: units.id, code: units.code, validFrom: units.validFrom, validTo: units.validTo },
    status: sql<
      UnitRow['status']
    >`CASE WHEN ${units.validTo} IS NULL OR ${units.validTo} > ${asOf}::date THEN 'active' ELSE ${units.status} END`,
    ...{ mergedIntoId: units.mergedIntoId, path: units.path, reportPath: units.reportPath },
    ...{
      name: unitVersions.name,
      shortName: unitVersions.shortName,
      kind: unitVersions.kind,
      sector: unitVersions.sector,
    },
    ...{
      province: unitVersions.province,
      parentId: unitVersions.parentId,
      reportingParentId: unitVersions.reportingParentId,
    },
    childCount: sql<number>`(SELECT count(*)::int FROM unit_versions c WHERE c.parent_id = "units"."id"
      AND c.valid_from <= ${asOf}::date AND (c.valid_to IS NULL OR c.valid_to > ${asOf}::date))`,
  };
}

export type UnitView = Awaited<ReturnType<typeof selectUnitsAt>>[number];

/** Units matching `where`, as they stood on `asOf`; only units that existed on that date. */
export async function selectUnitsAt(db: Reader, asOf: string | null, where: SQL | undefined, limit = 1000) {
  if (!asOf) {
    return db
      .select(columnsAt(null))
      .from(units)
      .where(and(isNull(units.validTo), where))
      .orderBy(sql`${units.name} COLLATE "vi-x-icu"`)
      .limit(limit);
  }
  return db
    .select(columnsAt(asOf))
    .from(units)
    .innerJoin(
      unitVersions,
      and(
        eq(unitVersions.unitId, units.id),
        lte(unitVersions.validFrom, asOf),
        or(isNull(unitVersions.validTo), gt(unitVersions.validTo, asOf)),
      ),
    )
    .where(where)
    .orderBy(sql`${unitVersions.name} COLLATE "vi-x-icu"`)
    .limit(limit);
}

/** One unit by id whatever its state (merged and dissolved units keep their page). */
export async function selectUnitById(
  db: Reader,
  id: number,
  asOf: string | null = null,
): Promise<UnitView | undefined> {
  if (asOf) {
    const [row] = await selectUnitsAt(db, asOf, eq(units.id, id), 1);
    if (row) return row;
  }
  const [row] = await db.select(columnsAt(null)).from(units).where(eq(units.id, id));
  return row;
}

/** One unit by its code whatever its state, as `selectUnitById` reads it. */
export async function selectUnitByCode(db: Reader, code: string): Promise<UnitView | undefined> {
  const [row] = await db.select(columnsAt(null)).from(units).where(eq(units.code, code));
  return row;
}

/** The row to change, locked for the rest of the transaction so two changes of one unit queue up. */
export async function lockUnit(tx: Tx, id: number): Promise<UnitRow> {
  const [row] = await tx.select().from(units).where(eq(units.id, id)).for('update');
  if (!row) throw notFound('units');
  return row;
}

export function toUnitDto(ctx: ActorCtx, row: UnitView): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    parentId: row.parentId,
    reportingParentId: row.reportingParentId,
    sector: row.sector,
    province: row.province,
    status: row.status,
    validFrom: row.validFrom,
    validTo: row.validTo,
    mergedIntoId: row.mergedIntoId,
    childCount: row.childCount,
    abilities: unitAbilities(ctx.actor, row),
  };
}
