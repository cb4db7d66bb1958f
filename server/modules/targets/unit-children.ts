// The units directly below a unit along either line (its children and the units reporting to it): the
// rows of the bulk form and of the expanded achievement table.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';

type Reader = ActorCtx['db'] | Tx;

export type PlacedUnitRef = { id: number; code: string; name: string; path: string; reportPath: string };

export const placedUnitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  path: units.path,
  reportPath: units.reportPath,
};

/** Active units whose parent or reporting parent is `unitId`, in Vietnamese name order. */
export function selectChildUnits(db: Reader, unitId: number): Promise<PlacedUnitRef[]> {
  return db
    .select(placedUnitColumns)
    .from(units)
    .where(and(isNull(units.validTo), or(eq(units.parentId, unitId), eq(units.reportingParentId, unitId))))
    .orderBy(sql`${units.name} COLLATE "vi-x-icu"`, units.id);
}

/** Whether `unit` is `root` or below it, on either line: the scope rule's prefix test. */
export function isInSubtree(unit: { path: string; reportPath: string }, root: { path: string; reportPath: string }) {
  return unit.path.startsWith(root.path) || unit.reportPath.startsWith(root.reportPath);
}
