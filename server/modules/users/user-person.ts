// Linking a login to the person it belongs to, so the member sees their own record ("Hồ sơ của tôi").
import { and, eq, ne } from 'drizzle-orm';
import type { User } from '../../../shared/contracts/users.ts';
import type { ActorCtx } from '../../context.ts';
import { people, users } from '../../db/schema/index.ts';
import { withWrite, type Audit, type Tx } from '../../db/write.ts';
import { conflict, notFound } from '../../errors.ts';
import { authorizeMember } from '../../policies/members.policy.ts';
import { loadPerson, placementOf, type LoadedPerson } from '../members/member-rows.ts';
import { describeUsers } from './user-rows.ts';
import { getScopedUser } from './user-scope.ts';

/**
 * The unit an entry about the person is filed under, so the administrators of their union read it in the
 * audit log: the open membership, else the last one, else the last employment.
 */
function unitOf(loaded: LoadedPerson): number | null {
  const open = loaded.memberships.find((row) => row.membership.validTo === null);
  return (open ?? loaded.memberships.at(-1) ?? loaded.employments.at(-1))?.unit.id ?? null;
}

/**
 * Sets or clears the person of a login inside a write; the caller has scoped the user. Linking needs a
 * person the administrator keeps; a person has one login at most. Unlinking needs only the user.
 */
export async function assignUserPerson(
  ctx: ActorCtx,
  tx: Tx,
  audit: Audit,
  userId: number,
  personId: number | null,
): Promise<void> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) throw notFound('users');
  let linked: LoadedPerson | null = null;
  if (personId !== null) {
    // Locking the person first makes two concurrent links of one person wait for each other,
    // so the second sees the first and answers 409 instead of tripping the unique index.
    const [locked] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).for('update');
    if (!locked) throw notFound('members');
    linked = await loadPerson(tx, personId);
    authorizeMember(ctx.actor, 'update', placementOf(linked));
    const [other] = await tx
      .select({ username: users.username })
      .from(users)
      .where(and(eq(users.personId, personId), ne(users.id, userId)));
    if (other) {
      throw conflict(
        'users.person_taken',
        `Hồ sơ này đã được liên kết với tài khoản ${other.username}.`,
        `This person is already linked to the login ${other.username}.`,
        [
          {
            field: 'body.personId',
            message: `Đã liên kết với tài khoản ${other.username}.`,
            messageEn: `Linked to the login ${other.username}.`,
          },
        ],
      );
    }
  }
  await tx.update(users).set({ personId, updatedAt: new Date() }).where(eq(users.id, userId));
  const about = linked ?? (user.personId === null ? null : await loadPerson(tx, user.personId));
  audit({
    action: personId === null ? 'user.unlink_person' : 'user.link_person',
    entity: 'user',
    entityId: userId,
    unitId: about && unitOf(about),
    before: { personId: user.personId },
    after: { personId },
  });
}

/** PUT /users/:id/person: an administrator of the user links a person they keep, or unlinks with null. */
export async function linkUserPerson(ctx: ActorCtx, userId: number, personId: number | null): Promise<User> {
  await getScopedUser(ctx, userId);
  await withWrite(ctx, (tx, audit) => assignUserPerson(ctx, tx, audit, userId, personId));
  return (await describeUsers(ctx, [userId]))[0]!;
}
