// Who must act for a unit: the users holding a keeper's role on the unit or above it (either line of the tree),
// as a SQL fragment the reminder rules join to the units they are about.
import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import { AWARD_KEEPERS } from '../../policies/awards.policy.ts';

/** The roles that register pledges, score their unit, and draft, appraise and decide proposals. */
export const REMINDER_KEEPERS: readonly Role[] = AWARD_KEEPERS;

/**
 * `JOIN`s giving `keeper.user_id` for every active grant of a keeper's role covering the unit aliased `unitAlias`
 * (a table with path and report_path); the same rule as policies/scope.ts inScope, written for a join.
 */
export function joinKeepersOf(unitAlias: string): SQL {
  const u = sql.raw(unitAlias);
  return sql`JOIN role_grants keeper ON keeper.role IN (${sql.join(
    REMINDER_KEEPERS.map((role) => sql`${role}`),
    sql`, `,
  )})
    JOIN units keeper_unit ON keeper_unit.id = keeper.unit_id AND keeper_unit.valid_to IS NULL
      AND (${u}.path LIKE keeper_unit.path || '%' OR ${u}.report_path LIKE keeper_unit.report_path || '%')
    JOIN users keeper_user ON keeper_user.id = keeper.user_id AND NOT keeper_user.disabled`;
}
