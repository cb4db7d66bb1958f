// Who a unit's subtree held in a year: each member once, at the unit of their latest membership of the year.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { memberships, people, units } from '../../db/schema/index.ts';
import { AWARD_READERS } from '../../policies/awards.policy.ts';
import { scopeWhere, subtreeWhere, type Placed } from '../../policies/scope.ts';
import type { PersonRange } from './evaluation-session.ts';

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
 * The members of `subtreeMembers` with whether they satisfy `condition` (on their person id), as person and unit
 * ids (names are fetched only for the page shown), and how many members there are: one pass over a small
 * subtree's memberships answers both.
 */
export async function screenedSubtreeMembers(
  ctx: ActorCtx,
  unit: Placed,
  year: number,
  condition: SQL | null,
): Promise<{ count: number; kept: { id: number; unitId: number }[] }> {
  const rows = (await ctx.db
    .selectDistinctOn([memberships.personId], {
      id: memberships.personId,
      unitId: sql<number>`${memberships.unitId}`,
      passes: condition ?? sql<boolean>`true`,
    })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(heldIn(ctx, unit, year))
    .orderBy(memberships.personId, desc(memberships.validFrom), desc(memberships.id))) as {
    id: number;
    unitId: number;
    passes: boolean;
  }[];
  return { count: rows.length, kept: rows.filter((row) => row.passes) };
}

/** The highest person id with a membership: what the person id slices of a national screening divide. */
export async function lastMemberId(ctx: ActorCtx): Promise<number> {
  const [row] = await ctx.db.select({ id: sql<number | null>`max(${memberships.personId})` }).from(memberships);
  return row?.id ?? 0;
}

/**
 * The members of `subtreeMembers` whose person id is in `people` and who satisfy `condition`, as person and unit
 * ids: one slice of a large subtree, read through the person indexes, so that the next slice is screened in the
 * database while this one's histories are loaded and judged.
 */
export async function screenedMembersAmong(
  ctx: ActorCtx,
  unit: Placed,
  year: number,
  condition: SQL | null,
  people: PersonRange,
): Promise<{ id: number; unitId: number }[]> {
  return ctx.db
    .selectDistinctOn([memberships.personId], { id: memberships.personId, unitId: memberships.unitId })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(
      and(
        heldIn(ctx, unit, year),
        sql`${memberships.personId} BETWEEN ${people.from} AND ${people.to}`,
        condition ?? undefined,
      ),
    )
    .orderBy(memberships.personId, desc(memberships.validFrom), desc(memberships.id));
}

/**
 * One page of the people kept, in Vietnamese name order, with names and units. The database sorts (sort_key is
 * byte-ordered Vietnamese, given name first, so COLLATE "C" is the Vietnamese order) and sends only the page: a
 * national screening keeps over a hundred thousand people, whose names need not travel to be counted.
 */
export async function describeMembers(
  ctx: ActorCtx,
  members: { id: number; unitId: number }[],
  offset: number,
  limit: number,
) {
  if (members.length === 0 || limit < 1) return [];
  const rows = await ctx.db.execute<{
    id: number;
    fullName: string;
    unitId: number;
    unitCode: string;
    unitName: string;
  }>(sql`
    SELECT p.id, p.full_name AS "fullName", u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName"
      FROM unnest(${sql.param(members.map((m) => m.id))}::int[], ${sql.param(members.map((m) => m.unitId))}::int[]) AS kept(person_id, unit_id)
      JOIN people p ON p.id = kept.person_id JOIN units u ON u.id = kept.unit_id
     ORDER BY p.sort_key COLLATE "C", p.id
     OFFSET ${offset} LIMIT ${limit}`);
  return rows.rows.map((row) => ({
    id: row.id,
    fullName: row.fullName,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
  }));
}
