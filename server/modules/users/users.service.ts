// Accounts and role grants, managed by administrators within their own part of the tree.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { User } from '../../../shared/contracts/users.ts';
import type { Role } from '../../../shared/enums.ts';
import type { ActorCtx } from '../../context.ts';
import { roleGrants, sessions, units, users } from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { inScope } from '../../policies/scope.ts';
import { hashPassword } from '../auth/password.ts';
import { lockUnit } from '../units/unit-rows.ts';
import { assignUserPerson } from './user-person.ts';
import { describeUsers } from './user-rows.ts';
import { getScopedUser, scopedUserIds } from './user-scope.ts';

type GrantInput = { role: Role; unitId: number };

export async function findUsers(ctx: ActorCtx): Promise<User[]> {
  requireCapability(ctx.actor, 'manageUsers');
  return describeUsers(ctx, await scopedUserIds(ctx));
}

/** A grant can only be given on a unit the administrator reaches. */
async function insertGrant(
  ctx: ActorCtx | null,
  tx: Tx,
  audit: Audit,
  userId: number,
  grant: GrantInput,
): Promise<void> {
  const unit = await lockUnit(tx, grant.unitId);
  if (ctx && !inScope(ctx.actor, unit, ['admin'])) throw notFound('units');
  const inserted = await tx
    .insert(roleGrants)
    .values({ userId, ...grant })
    .onConflictDoNothing()
    .returning();
  if (inserted[0])
    audit({
      action: 'user.grant',
      entity: 'user',
      entityId: userId,
      unitId: unit.id,
      after: { grantId: inserted[0].id, ...grant },
    });
}

/** Creates an account with its grants; also used by the CLI and the demo data, where no actor exists. */
export async function insertUser(
  ctx: ActorCtx | null,
  tx: Tx,
  audit: Audit,
  input: {
    username: string;
    displayName: string;
    password: string;
    grants: GrantInput[];
    mustChangePassword?: boolean;
  },
): Promise<number> {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (taken) {
    throw conflict(
      'users.username_taken',
      `Tên đăng nhập ${input.username} đã có.`,
      `Username ${input.username} is taken.`,
      [{ field: 'body.username', message: 'Tên đăng nhập đã có.', messageEn: 'Taken.' }],
    );
  }
  const [user] = await tx
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning();
  audit({
    action: 'user.create',
    entity: 'user',
    entityId: user!.id,
    unitId: input.grants[0]?.unitId ?? null,
    after: { username: user!.username, displayName: user!.displayName },
  });
  for (const grant of input.grants) await insertGrant(ctx, tx, audit, user!.id, grant);
  return user!.id;
}

/** An account with its first grants and, for a member's login, the person it belongs to, all or nothing. */
export async function createUser(
  ctx: ActorCtx,
  input: { username: string; displayName: string; password: string; grants: GrantInput[]; personId?: number },
): Promise<User> {
  requireCapability(ctx.actor, 'manageUsers');
  const { personId, ...account } = input;
  const id = await withWrite(ctx, async (tx, audit) => {
    const created = await insertUser(ctx, tx, audit, { ...account, mustChangePassword: true });
    if (personId !== undefined) await assignUserPerson(ctx, tx, audit, created, personId);
    return created;
  });
  return (await describeUsers(ctx, [id]))[0]!;
}

export async function addGrant(ctx: ActorCtx, userId: number, grant: GrantInput): Promise<User> {
  await getScopedUser(ctx, userId);
  await withWrite(ctx, (tx, audit) => insertGrant(ctx, tx, audit, userId, grant));
  return (await describeUsers(ctx, [userId]))[0]!;
}

export async function removeGrant(ctx: ActorCtx, userId: number, grantId: number): Promise<User> {
  await getScopedUser(ctx, userId);
  await withWrite(ctx, async (tx, audit) => {
    const [grant] = await tx
      .select({
        id: roleGrants.id,
        role: roleGrants.role,
        unitId: roleGrants.unitId,
        path: units.path,
        reportPath: units.reportPath,
      })
      .from(roleGrants)
      .innerJoin(units, eq(units.id, roleGrants.unitId))
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)));
    if (!grant || !inScope(ctx.actor, grant, ['admin'])) throw notFound('grants');
    await tx.delete(roleGrants).where(eq(roleGrants.id, grantId));
    audit({
      action: 'user.revoke_grant',
      entity: 'user',
      entityId: userId,
      unitId: grant.unitId,
      before: { grantId, role: grant.role, unitId: grant.unitId },
    });
  });
  return (await describeUsers(ctx, [userId]))[0]!;
}

export async function revokeUserSessions(ctx: ActorCtx, userId: number): Promise<void> {
  await getScopedUser(ctx, userId);
  await withWrite(ctx, async (tx, audit) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    audit({ action: 'user.revoke_sessions', entity: 'user', entityId: userId, after: { sessions: revoked.length } });
  });
}
