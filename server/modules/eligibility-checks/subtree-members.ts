// Who a unit's subtree held in a year: each member once, at the unit of their latest membership of the year.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { memberships, people, units } from '../../db/schema/index.ts';
import { AWARD_READERS } from '../../policies/awards.policy.ts';
import { scopeWhere, subtreeWhere, type Placed } from '../../policies/scope.ts';

export async function subtreeMembers(ctx: ActorCtx, unit: Placed, year: number) {
  return ctx.db
    .selectDistinctOn([memberships.personId], {
      id: people.id,
      fullName: people.fullName,
      sortKey: people.sortKey,
      unit: { id: units.id, code: units.code, name: units.name },
    })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        scopeWhere(ctx.actor, AWARD_READERS),
        subtreeWhere(unit),
        sql`${memberships.validFrom} <= make_date(${year}, 12, 31)`,
        sql`(${memberships.validTo} IS NULL OR ${memberships.validTo} >= make_date(${year}, 1, 1))`,
      ),
    )
    .orderBy(memberships.personId, desc(memberships.validFrom), desc(memberships.id));
}
