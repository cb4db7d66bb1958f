// The units a movement, cluster or agreement names: read in bulk, and checked to sit under the unit that runs it.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import { subtreeWhere, type Placed } from '../../policies/scope.ts';

type Reader = ActorCtx['db'] | Tx;

export type PlacedUnit = Placed & { id: number; code: string; name: string; kind: string; validTo: string | null };

const columns = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  path: units.path,
  reportPath: units.reportPath,
  validTo: units.validTo,
};

export async function loadUnits(db: Reader, ids: readonly number[]): Promise<Map<number, PlacedUnit>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(columns)
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function loadUnit(db: Reader, id: number): Promise<PlacedUnit | undefined> {
  return (await loadUnits(db, [id])).get(id);
}

/** Along either line, as the scope rule reads the tree; the unit itself counts when `inclusive`. */
export function isBelow(unit: Placed, top: Placed, inclusive = false): boolean {
  const same = unit.path === top.path;
  if (same) return inclusive;
  return unit.path.startsWith(top.path) || unit.reportPath.startsWith(top.reportPath);
}

/** Active grassroots unions in a unit's subtree: the shortcut "all grassroots unions under …". */
export async function grassrootsUnder(db: Reader, top: Placed): Promise<PlacedUnit[]> {
  return db
    .select(columns)
    .from(units)
    .where(and(subtreeWhere(top), eq(units.kind, 'grassroots_union'), isNull(units.validTo)))
    .orderBy(units.code);
}

/**
 * Each id must be a unit still operating inside `top`'s subtree (strictly below unless `inclusive`); the
 * error names the first offending entry.
 */
export async function requireUnitsUnder(
  db: Reader,
  ids: readonly number[],
  top: PlacedUnit,
  field: string,
  inclusive = false,
): Promise<Map<number, PlacedUnit>> {
  const found = await loadUnits(db, ids);
  for (const [index, id] of ids.entries()) {
    const unit = found.get(id);
    if (!unit || unit.validTo !== null || !isBelow(unit, top, inclusive)) {
      const name = unit?.name ?? `#${id}`;
      throw badRequest(
        'movements.unit_outside',
        `${name} không thuộc phạm vi của ${top.name} hoặc không còn hoạt động.`,
        `${name} is not under ${top.name} or no longer active.`,
        [
          {
            field: `${field}.${index}`,
            message: `Đơn vị phải trực thuộc ${top.name} và đang hoạt động.`,
            messageEn: `Must be an active unit under ${top.name}.`,
          },
        ],
      );
    }
  }
  return found;
}

export const unitRef = (unit: { id: number; code: string; name: string }) => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
});
