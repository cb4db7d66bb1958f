// Test helpers of the statistics and honour board: awards, decisions and people written straight into the tables,
// as the proposal workflow or an officer's entry would leave them.
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Occasion } from '../../../shared/contracts/emulation.ts';
import type { Database } from '../../db/client.ts';
import { awardDecisions, awards, catalogueEntries, people, units } from '../../db/schema/index.ts';

/** The current catalogue row of each code. */
export async function catalogueIds(db: Database, codes: string[]): Promise<Record<string, number>> {
  const rows = await db
    .select({ id: catalogueEntries.id, key: catalogueEntries.key })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.isCurrent, true),
        inArray(catalogueEntries.key, codes),
      ),
    );
  return Object.fromEntries(rows.map((row) => [row.key, row.id]));
}

/** Every unit of a subtree (the unit first), by id. */
export async function subtreeUnitIds(db: Database, code: string): Promise<number[]> {
  const [root] = await db.select().from(units).where(eq(units.code, code));
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(like(units.path, `${root!.path}%`))
    .orderBy(units.path);
  return rows.map((row) => row.id);
}

/** New people (no membership needed: an award names the person and the unit keeping the record). */
export async function insertPeople(db: Database, count: number, prefix: string, titles: string[] = []) {
  const rows = await db
    .insert(people)
    .values(
      Array.from({ length: count }, (_, index) => {
        const given = `${prefix}${index + 1}`;
        return {
          fullName: `Nguyễn Văn ${given}`,
          familyName: 'Nguyễn',
          middleName: 'Văn',
          givenName: given,
          titles,
          searchKey: `nguyen van ${given.toLowerCase()}`,
          sortKey: `${given.toLowerCase()} van nguyen`,
          email: `${given.toLowerCase()}@example.vn`,
        };
      }),
    )
    .returning({ id: people.id });
  return rows.map((row) => row.id);
}

export type AwardSpec = {
  code: string;
  personId?: number;
  recipientUnitId?: number;
  unitId: number;
  year: number;
  occasion?: Occasion;
  decisionNo: string;
  decisionDate: string;
  deciderKey: string;
  deciderName: string;
  revoked?: boolean;
  decisionRevoked?: boolean;
};

/** One decision per award, so any number of awards of one form may go to one recipient. */
export async function insertAwards(db: Database, specs: AwardSpec[]): Promise<number[]> {
  const entries = await catalogueIds(db, [...new Set(specs.map((spec) => spec.code))]);
  const decisions = await db
    .insert(awardDecisions)
    .values(
      specs.map((spec) => ({
        deciderKey: spec.deciderKey,
        deciderName: spec.deciderName,
        decisionNo: spec.decisionNo,
        decisionDate: spec.decisionDate,
        decisionYear: Number(spec.decisionDate.slice(0, 4)),
        revokedAt: spec.decisionRevoked ? new Date() : null,
        revokedReason: spec.decisionRevoked ? 'Hủy bỏ do hồ sơ không trung thực' : null,
      })),
    )
    .returning({ id: awardDecisions.id });
  const rows = await db
    .insert(awards)
    .values(
      specs.map((spec, index) => ({
        decisionId: decisions[index]!.id,
        catalogueEntryId: entries[spec.code]!,
        code: spec.code,
        personId: spec.personId ?? null,
        recipientUnitId: spec.recipientUnitId ?? null,
        unitId: spec.unitId,
        year: spec.year,
        occasion: spec.occasion ?? 'regular',
        revoked: spec.revoked ?? false,
      })),
    )
    .returning({ id: awards.id });
  return rows.map((row) => row.id);
}
