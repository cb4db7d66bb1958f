// Which accounts an administrator manages: those with a grant inside the administrator's part of the tree.
import { and, eq, inArray } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { roleGrants, units } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { scopeWhere } from '../../policies/scope.ts';

/** Users with at least one grant inside the administrator's scope. */
export async function scopedUserIds(ctx: ActorCtx, ids?: number[]): Promise<number[]> {
  const rows = await ctx.db
    .selectDistinct({ id: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(and(scopeWhere(ctx.actor, ['admin']), ids ? inArray(roleGrants.userId, ids) : undefined));
  return rows.map((row) => row.id);
}

/** An administrator's check that the user exists within their part of the tree (404 otherwise). */
export async function getScopedUser(ctx: ActorCtx, id: number): Promise<void> {
  requireCapability(ctx.actor, 'manageUsers');
  if ((await scopedUserIds(ctx, [id])).length === 0) throw notFound('users');
}
