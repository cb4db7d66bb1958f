// Who a unit's subtree held in a year: each member once, at the unit of their latest membership of the year.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { memberships, people, units } from '../../db/schema/index.ts';
import { AWARD_READERS } from '../../policies/awards.policy.ts';
import { scopeWhere, subtreeWhere, type Placed } from '../../policies/scope.ts';

function heldIn(ctx: ActorCtx, unit: Placed, year: number) {
  return and(
    scopeWhere(ctx.actor, AWARD_READERS),
    subtreeWhere(unit),
    sql`${memberships.validFrom} <= make_date(${year}, 12, 31)`,
    sql`(${memberships.validTo} IS NULL OR ${memberships.validTo} >= make_date(${year}, 1, 1))`,
  );
}

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
    .where(heldIn(ctx, unit, year))
    .orderBy(memberships.personId, desc(memberships.validFrom), desc(memberships.id));
}

/** How many people `subtreeMembers` lists, without listing them. */
export async function subtreeMemberCount(ctx: ActorCtx, unit: Placed, year: number): Promise<number> {
  const [row] = await ctx.db
    .select({ count: sql<number>`count(DISTINCT ${memberships.personId})::int` })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(heldIn(ctx, unit, year));
  return row?.count ?? 0;
}

/** How many units the subtree has: what tells a hospital from a province or the nation before listing anyone. */
export async function subtreeUnitCount(unit: Placed, ctx: ActorCtx): Promise<number> {
  const [row] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(units)
    .where(subtreeWhere(unit));
  return row?.count ?? 0;
}

/**
 * The members of `subtreeMembers` who satisfy `condition` (on their person id), as person and unit ids (a
 * screening over a million people needs names only for the few it keeps), and how many members there are.
 * `together` answers both in one statement (a small subtree: one pass over its memberships); otherwise the count
 * and the list run side by side on two connections.
 */
export async function screenedSubtreeMembers(
  ctx: ActorCtx,
  unit: Placed,
  year: number,
  condition: SQL | null,
  together: boolean,
): Promise<{ count: number; kept: { id: number; unitId: number }[] }> {
  const list = (fields: Record<string, SQL | typeof memberships.personId>, where: SQL | undefined) =>
    ctx.db
      .selectDistinctOn([memberships.personId], fields)
      .from(memberships)
      .innerJoin(units, eq(units.id, memberships.unitId))
      .where(and(heldIn(ctx, unit, year), where))
      .orderBy(memberships.personId, desc(memberships.validFrom), desc(memberships.id));
  const ids = { id: memberships.personId, unitId: sql<number>`${memberships.unitId}` };
  if (together || !condition) {
    const rows = (await list({ ...ids, passes: condition ?? sql<boolean>`true` }, undefined)) as {
      id: number;
      unitId: number;
      passes: boolean;
    }[];
    return { count: rows.length, kept: rows.filter((row) => row.passes) };
  }
  const [count, kept] = await Promise.all([
    subtreeMemberCount(ctx, unit, year),
    list(ids, condition).then((rows) => rows as { id: number; unitId: number }[]),
  ]);
  return { count, kept };
}

/** Names, sort keys and units of the people kept, for the page shown. */
export async function describeMembers(ctx: ActorCtx, members: { id: number; unitId: number }[]) {
  if (members.length === 0) return [];
  const rows = await ctx.db.execute<{
    id: number;
    fullName: string;
    sortKey: string;
    unitId: number;
    unitCode: string;
    unitName: string;
  }>(sql`
    SELECT p.id, p.full_name AS "fullName", p.sort_key AS "sortKey", u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName"
      FROM unnest(${sql.param(members.map((m) => m.id))}::int[], ${sql.param(members.map((m) => m.unitId))}::int[]) AS kept(person_id, unit_id)
      JOIN people p ON p.id = kept.person_id JOIN units u ON u.id = kept.unit_id`);
  return rows.rows.map((row) => ({
    id: row.id,
    fullName: row.fullName,
    sortKey: row.sortKey,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
  }));
}
