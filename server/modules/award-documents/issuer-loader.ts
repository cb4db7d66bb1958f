// The issuing body of a document from the unit tree: its name, the body above it and the city it dates from.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import type { IssuingBody } from './award-document-data.ts';

/** The capital, where the national bodies sit: the place of a unit with no province above it. */
const DEFAULT_PLACE = 'Hà Nội';

export type UnitRow = typeof units.$inferSelect;

export async function loadUnit(db: Database, id: number): Promise<UnitRow | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row ?? null;
}

/** The unit's name, its parent's name above it, and the nearest province along its path as the place. */
export async function loadIssuer(db: Database, unit: UnitRow): Promise<IssuingBody> {
  const ids = unit.path.split('/').filter(Boolean).map(Number);
  const line = ids.length > 0 ? await db.select().from(units).where(inArray(units.id, ids)) : [];
  const byId = new Map(line.map((row) => [row.id, row]));
  const parent = unit.parentId ? (byId.get(unit.parentId) ?? (await loadUnit(db, unit.parentId))) : null;
  const withProvince = [...ids]
    .reverse()
    .map((id) => byId.get(id))
    .find((row) => row?.province);
  return { parentBody: parent?.name ?? null, name: unit.name, place: withProvince?.province ?? DEFAULT_PLACE };
}
