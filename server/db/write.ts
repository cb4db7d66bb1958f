// The one way to change data: a transaction that also writes the audit rows, or nothing at all.
import { auditLog } from './schema/index.ts';
import type { Database } from './client.ts';
import type { Ctx } from '../context.ts';
import type { AuditAction } from '../../shared/audit-actions.ts';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type AuditRecord = {
  action: AuditAction;
  entity: string;
  entityId: string | number;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
};

export type Audit = (record: AuditRecord) => void;

/** Runs `work` in one transaction; the audit rows it records are inserted in that same transaction. */
export async function withWrite<T>(ctx: Ctx, work: (tx: Tx, audit: Audit) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const records: AuditRecord[] = [];
    const result = await work(tx, (record) => records.push(record));
    if (records.length === 0) throw new Error('withWrite: a change was made without an audit record');
    await tx.insert(auditLog).values(
      records.map((record) => ({
        // The command line acts as the system (user id 0): its rows name no user.
        userId: ctx.actor && ctx.actor.userId > 0 ? ctx.actor.userId : null,
        action: record.action,
        entity: record.entity,
        entityId: String(record.entityId),
        unitId: record.unitId ?? null,
        before: record.before ?? null,
        after: record.after ?? null,
        requestId: ctx.requestId,
        ip: ctx.ip,
      })),
    );
    return result;
  });
}
