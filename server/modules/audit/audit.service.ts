// Browsing the audit log: administrators see the entries about units in their scope.
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../../shared/contracts/audit.ts';
import type { ActorCtx } from '../../context.ts';
import { auditLog, units, users } from '../../db/schema/index.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { scopeWhere } from '../../policies/scope.ts';
import { authorizeUnit } from '../../policies/units.policy.ts';
import { selectUnitById } from '../units/unit-rows.ts';
import { notFound } from '../../errors.ts';

export type AuditQuery = {
  page: number;
  pageSize: number;
  userId?: number | undefined;
  unitId?: number | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** Entries without a unit (a failed login for an unknown name) are for administrators of a whole tree. */
function auditScope(ctx: ActorCtx): SQL {
  const admins = ctx.actor.grants.filter((grant) => grant.role === 'admin');
  const rootAdmin = admins.some((grant) => grant.path.split('/').filter(Boolean).length === 1);
  const inUnits = sql`${auditLog.unitId} IN (SELECT ${units.id} FROM ${units} WHERE ${scopeWhere(ctx.actor, ['admin'])})`;
  return rootAdmin ? sql`(${auditLog.unitId} IS NULL OR ${inUnits})` : inUnits;
}

export async function findAuditEntries(
  ctx: ActorCtx,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  requireCapability(ctx.actor, 'viewAudit');
  const filters: (SQL | undefined)[] = [auditScope(ctx)];
  if (query.userId) filters.push(eq(auditLog.userId, query.userId));
  if (query.unitId) {
    const unit = await selectUnitById(ctx.db, query.unitId);
    if (!unit) throw notFound('units');
    authorizeUnit(ctx.actor, 'read', unit);
    filters.push(sql`${auditLog.unitId} IN (SELECT id FROM units WHERE path LIKE ${unit.path + '%'})`);
  }
  if (query.entity) filters.push(eq(auditLog.entity, query.entity));
  if (query.entityId) filters.push(eq(auditLog.entityId, query.entityId));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  // Dates are Vietnamese calendar days: 'to' includes the whole day.
  if (query.from) filters.push(gte(auditLog.at, sql`(${query.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`));
  if (query.to) filters.push(lt(auditLog.at, sql`(${query.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`));
  const where = and(...filters);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        userId: auditLog.userId,
        username: users.username,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        unitId: auditLog.unitId,
        unitName: units.name,
        before: auditLog.before,
        after: auditLog.after,
        requestId: auditLog.requestId,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .leftJoin(units, eq(units.id, auditLog.unitId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
  ]);
  return { items: rows.map((row) => ({ ...row, at: row.at.toISOString() })), total: count?.total ?? 0 };
}
