// Logging in and out, the current user, password changes and the user's own sessions.
import { and, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Me, SessionInfo } from '../../../shared/contracts/auth.ts';
import type { ActorCtx, Ctx } from '../../context.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { loadActor, type Actor } from '../../policies/actor.ts';
import { capabilitiesOf } from '../../policies/capabilities.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';
import { newToken, sessionIdOf } from './session-cookie.ts';
import { checkThrottle, clearFailures, recordFailure, slowDownMs, type ThrottleKey } from './throttle.ts';

export type LoginInput = { username: string; password: string; userAgent: string | null };

function invalidCredentials(): AppError {
  return new AppError(
    401,
    'auth.invalid_credentials',
    'Tên đăng nhập hoặc mật khẩu không đúng.',
    'Wrong username or password.',
  );
}

/** Checks the password under the throttle; on success opens a session and returns its cookie token. */
export async function login(ctx: Ctx, input: LoginInput): Promise<{ token: string; me: Me }> {
  const username = input.username.trim().toLowerCase();
  const keys: ThrottleKey[] = [{ kind: 'user', value: username }];
  if (ctx.ip) keys.push({ kind: 'ip', value: ctx.ip });
  const previousFailures = await checkThrottle(ctx.db, keys);

  const [user] = await ctx.db.select().from(users).where(eq(users.username, username));
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  const actor = user && valid && !user.disabled ? await loadActor(ctx.db, user.id) : null;
  if (!user || !actor) {
    await withWrite(ctx, async (tx, audit) => {
      await recordFailure(tx, keys);
      audit({ action: 'auth.login_failed', entity: 'user', entityId: user?.id ?? username, after: { username } });
    });
    await new Promise((resolve) => setTimeout(resolve, slowDownMs(previousFailures)));
    throw invalidCredentials();
  }

  const token = newToken();
  const csrfToken = newToken();
  const [session] = await withWrite({ ...ctx, actor }, async (tx, audit) => {
    await clearFailures(tx, keys[0]!);
    const rows = await tx
      .insert(sessions)
      .values({
        id: sessionIdOf(token),
        userId: user.id,
        csrfToken,
        expiresAt: sql`now() + ${ctx.config.sessionHours} * interval '1 hour'`,
        ip: ctx.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .returning();
    audit({ action: 'auth.login', entity: 'user', entityId: user.id, unitId: actor.grants[0]?.unitId ?? null });
    return rows;
  });
  return { token, me: describeMe(actor, session!) };
}

export function describeMe(actor: Actor, session: { csrfToken: string; expiresAt: Date }): Me {
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      mustChangePassword: actor.mustChangePassword,
    },
    grants: actor.grants.map(({ id, role, unitId, unitCode, unitName }) => ({ id, role, unitId, unitCode, unitName })),
    capabilities: capabilitiesOf(actor),
    csrfToken: session.csrfToken,
    sessionExpiresAt: session.expiresAt.toISOString(),
  };
}

export async function logout(ctx: ActorCtx, sessionId: string): Promise<void> {
  await withWrite(ctx, async (tx, audit) => {
    await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(eq(sessions.id, sessionId));
    audit({ action: 'auth.logout', entity: 'user', entityId: ctx.actor.userId });
  });
}

/** Changing the password ends every other session of the user. */
export async function changePassword(
  ctx: ActorCtx,
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badRequest('auth.wrong_password', 'Mật khẩu hiện tại không đúng.', 'The current password is wrong.', [
      { field: 'body.currentPassword', message: 'Mật khẩu hiện tại không đúng.', messageEn: 'Wrong password.' },
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw badRequest(
      'auth.password_unchanged',
      'Mật khẩu mới phải khác mật khẩu cũ.',
      'The new password must differ.',
      [
        {
          field: 'body.newPassword',
          message: 'Mật khẩu mới phải khác mật khẩu cũ.',
          messageEn: 'Must differ from the old one.',
        },
      ],
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withWrite(ctx, async (tx, audit) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, currentSessionId), isNull(sessions.revokedAt)));
    audit({ action: 'auth.password_change', entity: 'user', entityId: user.id });
  });
}

export async function findOwnSessions(ctx: ActorCtx, currentSessionId: string): Promise<SessionInfo[]> {
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, ctx.actor.userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({
    // The public id is a prefix of the stored hash: enough to name it, useless as a cookie.
    id: row.id.slice(0, 16),
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    current: row.id === currentSessionId,
  }));
}

export async function revokeOwnSession(ctx: ActorCtx, publicId: string): Promise<void> {
  if (!/^[0-9a-f]{16}$/.test(publicId)) throw notFound('sessions');
  await withWrite(ctx, async (tx, audit) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(sessions.userId, ctx.actor.userId),
          sql`left(${sessions.id}, 16) = ${publicId}`,
          isNull(sessions.revokedAt),
        ),
      )
      .returning({ id: sessions.id });
    if (revoked.length === 0) throw notFound('sessions');
    audit({ action: 'auth.session_revoke', entity: 'session', entityId: publicId });
  });
}
