// The accounts as the API returns them: grants with their units, and the person each login belongs to.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { User, UserPerson } from '../../../shared/contracts/users.ts';
import { formatNameWithTitles } from '../../../shared/text/index.ts';
import type { ActorCtx } from '../../context.ts';
import { memberships, people, roleGrants, units, users } from '../../db/schema/index.ts';

/** The linked people by id, each named with titles and placed in the union of their open membership. */
async function describePeople(ctx: ActorCtx, ids: number[]): Promise<Map<number, UserPerson>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: people.id, fullName: people.fullName, titles: people.titles, unitName: units.name })
    .from(people)
    .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.validTo)))
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(inArray(people.id, ids));
  const found = new Map<number, UserPerson>();
  for (const row of rows) {
    if (found.has(row.id)) continue;
    found.set(row.id, {
      id: row.id,
      fullName: formatNameWithTitles(row.titles, row.fullName),
      unitName: row.unitName,
    });
  }
  return found;
}

/** The given accounts, sorted by username; ids the caller has already scoped. */
export async function describeUsers(ctx: ActorCtx, ids: number[]): Promise<User[]> {
  if (ids.length === 0) return [];
  const [rows, grants] = await Promise.all([
    ctx.db.select().from(users).where(inArray(users.id, ids)).orderBy(users.username),
    ctx.db
      .select({
        id: roleGrants.id,
        userId: roleGrants.userId,
        role: roleGrants.role,
        unitId: units.id,
        unitCode: units.code,
        unitName: units.name,
      })
      .from(roleGrants)
      .innerJoin(units, eq(units.id, roleGrants.unitId))
      .where(inArray(roleGrants.userId, ids))
      .orderBy(roleGrants.id),
  ]);
  const linked = await describePeople(
    ctx,
    rows.flatMap((user) => (user.personId === null ? [] : [user.personId])),
  );
  return rows.map((user) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    disabled: user.disabled,
    lockedUntil: null,
    createdAt: user.createdAt.toISOString(),
    grants: grants.filter((grant) => grant.userId === user.id).map(({ userId: _, ...grant }) => grant),
    person: user.personId === null ? null : (linked.get(user.personId) ?? null),
  }));
}
