// The actor of a request: the user and their role grants, with each grant's place in the tree.
import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '../../shared/enums.ts';
import type { Database } from '../db/client.ts';
import { roleGrants, units, users } from '../db/schema/index.ts';

export type ActorGrant = {
  id: number;
  role: Role;
  unitId: number;
  unitCode: string;
  unitName: string;
  path: string;
  reportPath: string;
};

export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  grants: ActorGrant[];
};

/** Built once per request from the database, so a move or a revoked grant takes effect at once. */
export async function loadActor(db: Database, userId: number): Promise<Actor | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false)));
  if (!user) return null;
  const grants = await db
    .select({
      id: roleGrants.id,
      role: roleGrants.role,
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      path: units.path,
      reportPath: units.reportPath,
    })
    .from(roleGrants)
    .innerJoin(units, and(eq(units.id, roleGrants.unitId), isNull(units.validTo)))
    .where(eq(roleGrants.userId, userId))
    .orderBy(roleGrants.id);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    mustChangePassword: user.mustChangePassword,
    grants,
  };
}
