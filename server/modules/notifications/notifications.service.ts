// The user's own notifications: a page of them unread first, the unread count for the bell, and marking read.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type {
  Notification,
  NotificationCount,
  NotificationList,
  NotificationListQuery,
  ReadAllResult,
} from '../../../shared/contracts/notifications.ts';
import type { ActorCtx } from '../../context.ts';
import { notifications } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import { authorizeNotification } from '../../policies/notifications.policy.ts';

type Row = typeof notifications.$inferSelect;

function toDto(row: Row): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

const mine = (ctx: ActorCtx) => eq(notifications.userId, ctx.actor.userId);
const unread = (ctx: ActorCtx) => and(mine(ctx), isNull(notifications.readAt));

async function countUnread(ctx: ActorCtx): Promise<number> {
  const [row] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(unread(ctx));
  return row?.count ?? 0;
}

export async function findNotifications(ctx: ActorCtx, query: NotificationListQuery): Promise<NotificationList> {
  const [rows, [total], unreadCount] = await Promise.all([
    ctx.db
      .select()
      .from(notifications)
      .where(mine(ctx))
      .orderBy(sql`${notifications.readAt} IS NULL DESC`, desc(notifications.createdAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(mine(ctx)),
    countUnread(ctx),
  ]);
  return {
    items: rows.map(toDto),
    total: total?.count ?? 0,
    unread: unreadCount,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getNotificationCount(ctx: ActorCtx): Promise<NotificationCount> {
  return { unread: await countUnread(ctx) };
}

/** Marks one of the user's notifications read; reading it again changes nothing and writes nothing. */
export async function readNotification(ctx: ActorCtx, id: number): Promise<Notification> {
  const [row] = await ctx.db.select().from(notifications).where(eq(notifications.id, id));
  if (!row) throw notFound('notifications');
  authorizeNotification(ctx.actor, row);
  if (row.readAt) return toDto(row);
  return withWrite(ctx, async (tx, audit) => {
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.id, id), isNull(notifications.readAt)))
      .returning();
    // A second tab may have read it meanwhile: the answer is the same.
    if (!updated) return toDto(row);
    audit({ action: 'notification.read', entity: 'notification', entityId: id, after: { readAt: updated.readAt } });
    return toDto(updated);
  });
}

/** Marks every unread notification of the user read: one audit row with the count. */
export async function readAllNotifications(ctx: ActorCtx): Promise<ReadAllResult> {
  if ((await countUnread(ctx)) === 0) return { updated: 0 };
  return withWrite(ctx, async (tx, audit) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(unread(ctx))
      .returning({ id: notifications.id });
    audit({
      action: 'notification.read',
      entity: 'notification',
      entityId: 'all',
      after: { count: updated.length, ids: updated.map((row) => row.id) },
    });
    return { updated: updated.length };
  });
}
