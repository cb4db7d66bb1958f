// The scope rule, written once with two faces: a check on a record in memory and a SQL predicate for lists.
// A grant on a unit covers every unit below it along the organisational line or the reporting line.
import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../shared/enums.ts';
import { units } from '../db/schema/index.ts';
import type { Actor, ActorGrant } from './actor.ts';

export type Placed = { path: string; reportPath: string };

function grantCovers(grant: ActorGrant, unit: Placed): boolean {
  return unit.path.startsWith(grant.path) || unit.reportPath.startsWith(grant.reportPath);
}

/** Whether one of the actor's grants (with one of `roles`, or any) covers the unit. */
export function inScope(actor: Actor, unit: Placed, roles?: readonly Role[]): boolean {
  return actor.grants.some((grant) => (!roles || roles.includes(grant.role)) && grantCovers(grant, unit));
}

/** Whether a grant with one of `roles` covers the unit from strictly above it. */
export function strictlyBelowScope(actor: Actor, unit: Placed, roles: readonly Role[]): boolean {
  return actor.grants.some(
    (grant) =>
      roles.includes(grant.role) &&
      ((unit.path.startsWith(grant.path) && unit.path !== grant.path) ||
        (unit.reportPath.startsWith(grant.reportPath) && unit.reportPath !== grant.reportPath)),
  );
}

function likePrefix(prefix: string) {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

export type PathColumns = { path: unknown; reportPath: unknown };

/** Units in `unit`'s subtree along either line, as a WHERE fragment: what one grant covers, or a filter on a unit. */
export function subtreeWhere(unit: Placed, table: PathColumns = units): SQL {
  return sql`(${table.path} LIKE ${likePrefix(unit.path)} OR ${table.reportPath} LIKE ${likePrefix(unit.reportPath)})`;
}

/** The same rule as `inScope` as a WHERE fragment on the `units` table; false when no grant applies. */
export function scopeWhere(actor: Actor, roles?: readonly Role[], table: PathColumns = units): SQL {
  const grants = actor.grants.filter((grant) => !roles || roles.includes(grant.role));
  if (grants.length === 0) return sql`false`;
  return sql`(${sql.join(
    grants.map((grant) => subtreeWhere(grant, table)),
    sql` OR `,
  )})`;
}
