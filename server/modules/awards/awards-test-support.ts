// Test helpers shared by the awards and eligibility API tests: the demo people of Bạch Mai the demo awards went to.
import { and, asc, eq, isNull, like } from 'drizzle-orm';
import { memberships, units } from '../../db/schema/index.ts';
import type { Database } from '../../db/client.ts';

/** The hospital's first members by id, as the demo ratings and awards chose them. */
export async function bachMaiPeople(t: { db: Database }): Promise<number[]> {
  const [hospital] = await t.db.select().from(units).where(eq(units.code, 'CDCS-BVBM'));
  const rows = await t.db
    .select({ personId: memberships.personId })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(like(units.path, `${hospital!.path}%`), isNull(memberships.validTo)))
    .orderBy(asc(memberships.personId))
    .limit(8);
  return rows.map((row) => row.personId);
}

/** A hospital decision (an outside authority: the head of the hospital) conferring a title for a year. */
export const hospitalAward = (
  personId: number,
  code: string,
  year: number,
  decisionNo: string,
  decisionDate: string,
) => ({
  personId,
  code,
  year,
  decisionNo,
  decisionDate,
  decider: { kind: 'authority', authority: 'unit_head', organisation: 'Bệnh viện Bạch Mai' },
});
