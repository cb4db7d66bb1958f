// Linking a login to the person it belongs to, so the member sees their own record ("Hồ sơ của tôi").
import { and, eq, ne } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { users } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { conflict } from '../../errors.ts';
import { authorizeMember } from '../../policies/members.policy.ts';
import { loadPerson, placementOf } from '../members/member-rows.ts';
import { getScopedUser } from './users.service.ts';

/**
 * PUT /users/:id/person: an administrator of the user links a person they keep (or unlinks with null).
 * A person has one login at most.
 */
export async function linkUserPerson(ctx: ActorCtx, userId: number, personId: number | null): Promise<void> {
  await getScopedUser(ctx, userId);
  await withWrite(ctx, async (tx, audit) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (personId !== null) {
      authorizeMember(ctx.actor, 'update', placementOf(await loadPerson(tx, personId)));
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
              message: 'Đã liên kết với tài khoản khác.',
              messageEn: 'Linked to another login.',
            },
          ],
        );
      }
    }
    await tx.update(users).set({ personId, updatedAt: new Date() }).where(eq(users.id, userId));
    audit({
      action: 'user.link_person',
      entity: 'user',
      entityId: userId,
      before: { personId: user?.personId ?? null },
      after: { personId },
    });
  });
}
