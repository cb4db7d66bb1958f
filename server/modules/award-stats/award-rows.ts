// The awards a statistic or the honour board counts: not revoked, under a decision not revoked, kept by or
// conferred on a unit of the subtree. One fragment, so the two readers cannot disagree about what counts.
import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { awardDecisions, awards, catalogueEntries, units } from '../../db/schema/index.ts';
import { subtreeWhere, type Placed } from '../../policies/scope.ts';

/** The keeper unit of an award (awards.unit_id). */
export const keeperUnits = alias(units, 'keeper_units');
/** The collective an award was conferred on, when it went to one. */
export const recipientUnits = alias(units, 'recipient_units');

/** The definition fields of the catalogue version an award was given under. */
export const definitionField = (field: 'nameVi' | 'nameEn' | 'form' | 'level') =>
  sql<string>`${catalogueEntries.definition}->>${field}`;

/** Awards that stand (neither they nor their decision revoked) and belong to the subtree of `unit`. */
export function standingAwardsIn(unit: Placed): SQL {
  return and(
    eq(awards.revoked, false),
    isNull(awardDecisions.revokedAt),
    or(
      subtreeWhere(unit, keeperUnits),
      sql`(${recipientUnits.id} IS NOT NULL AND ${subtreeWhere(unit, recipientUnits)})`,
    ),
  )!;
}
