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
  /** The person this login belongs to, for the member's own view of their record; absent for the CLI. */
  personId?: number | null;
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
    personId: user.personId,
  };
}

type SessionActorRow = {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  ip: string | null;
  user_agent: string | null;
  username: string;
  display_name: string;
  must_change_password: boolean;
  person_id: number | null;
  grants: {
    id: number;
    role: Role;
    unitId: number;
    unitCode: string;
    unitName: string;
    path: string;
    reportPath: string;
  }[];
};

/**
 * Every authenticated request pays for this, so the session, its user and the grants come in one
 * round trip, as a named (prepared) statement that PostgreSQL plans once per connection.
 */
const SESSION_ACTOR_SQL = `
  SELECT s.*, u.username, u.display_name, u.must_change_password, u.person_id,
    COALESCE(json_agg(json_build_object(
      'id', g.id, 'role', g.role, 'unitId', gu.id, 'unitCode', gu.code, 'unitName', gu.name,
      'path', gu.path, 'reportPath', gu.report_path) ORDER BY g.id) FILTER (WHERE gu.id IS NOT NULL), '[]') AS grants
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND NOT u.disabled
  LEFT JOIN role_grants g ON g.user_id = u.id
  LEFT JOIN units gu ON gu.id = g.unit_id AND gu.valid_to IS NULL
  WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
  GROUP BY s.id, u.id`;

export type SessionRecord = {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
};

/** The live session with this id and its actor, or null when it is unknown, expired, revoked or its user disabled. */
export async function loadSessionActor(
  db: Database,
  sessionId: string,
): Promise<{ session: SessionRecord; actor: Actor } | null> {
  const { rows } = await db.$client.query<SessionActorRow>({
    name: 'congdoan-session-actor',
    text: SESSION_ACTOR_SQL,
    values: [sessionId],
  });
  const row = rows[0];
  if (!row) return null;
  return {
    session: {
      id: row.id,
      userId: row.user_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    },
    actor: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      mustChangePassword: row.must_change_password,
      grants: row.grants,
      personId: row.person_id,
    },
  };
}
