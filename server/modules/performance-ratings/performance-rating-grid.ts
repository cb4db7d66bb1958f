// Who a unit's grid for a year lists: everyone whose membership in the subtree overlaps the year, and anyone
// already recorded there for that year, with what is recorded for them.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { PerformanceRatingRow } from '../../../shared/contracts/performance-ratings.ts';
import type { ActorCtx } from '../../context.ts';
import { memberships, people, performanceRatings, units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { ACHIEVEMENT_KEEPERS, ACHIEVEMENT_READERS } from '../../policies/initiatives.policy.ts';
import { inScope, scopeWhere, subtreeWhere, type Placed } from '../../policies/scope.ts';

type Reader = ActorCtx['db'] | Tx;

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  path: units.path,
  reportPath: units.reportPath,
};
const personColumns = { id: people.id, fullName: people.fullName, titles: people.titles, sortKey: people.sortKey };

export type GridEntry = PerformanceRatingRow & { recordId: number | null; placed: Placed; sortKey: string };

export async function loadGrid(ctx: ActorCtx, db: Reader, unit: Placed, year: number): Promise<GridEntry[]> {
  const inUnit = and(scopeWhere(ctx.actor, ACHIEVEMENT_READERS), subtreeWhere(unit));
  const [members, records] = await Promise.all([
    db
      .selectDistinctOn([memberships.personId], {
        person: personColumns,
        unit: unitColumns,
        cardNumber: memberships.cardNumber,
      })
      .from(memberships)
      .innerJoin(units, eq(units.id, memberships.unitId))
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(
        and(
          inUnit,
          sql`${memberships.validFrom} <= make_date(${year}, 12, 31)`,
          sql`(${memberships.validTo} IS NULL OR ${memberships.validTo} >= make_date(${year}, 1, 1))`,
        ),
      )
      // The latest membership of the year decides the row's unit.
      .orderBy(memberships.personId, desc(memberships.validFrom), desc(memberships.id)),
    db
      .select({ record: performanceRatings, person: personColumns, unit: unitColumns })
      .from(performanceRatings)
      .innerJoin(units, eq(units.id, performanceRatings.unitId))
      .innerJoin(people, eq(people.id, performanceRatings.personId))
      .where(and(inUnit, eq(performanceRatings.year, year))),
  ]);
  const cards = new Map(members.map((row) => [row.person.id, row.cardNumber]));
  const entries = new Map<number, GridEntry>();
  const entry = (
    person: (typeof members)[number]['person'],
    placed: (typeof members)[number]['unit'],
    record: typeof performanceRatings.$inferSelect | null,
  ): GridEntry => ({
    person: {
      id: person.id,
      fullName: person.fullName,
      titles: person.titles,
      cardNumber: cards.get(person.id) ?? null,
    },
    unit: { id: placed.id, code: placed.code, name: placed.name },
    placed,
    sortKey: person.sortKey,
    recordId: record?.id ?? null,
    recorded: record !== null,
    canWrite: inScope(ctx.actor, placed, ACHIEVEMENT_KEEPERS),
    rating: record?.rating ?? null,
    daysAbsent: record?.daysAbsent ?? null,
    disciplineLevel: record?.disciplineLevel ?? null,
    disciplineDecisionNo: record?.disciplineDecisionNo ?? null,
    disciplineDecisionDate: record?.disciplineDecisionDate ?? null,
    note: record?.note ?? null,
  });
  for (const row of members) entries.set(row.person.id, entry(row.person, row.unit, null));
  // A recorded row keeps the unit it was entered at, even if the person has moved since.
  for (const row of records) entries.set(row.person.id, entry(row.person, row.unit, row.record));
  // sort_key is byte-ordered Vietnamese (given name first), so a plain comparison is the Vietnamese order.
  return [...entries.values()].sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.person.id - b.person.id,
  );
}
