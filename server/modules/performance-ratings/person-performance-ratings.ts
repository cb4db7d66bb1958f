// One person's recorded years for their page: whoever may read the person reads them.
import { desc, eq } from 'drizzle-orm';
import type { PersonPerformanceRatings } from '../../../shared/contracts/performance-ratings.ts';
import type { ActorCtx } from '../../context.ts';
import { performanceRatings, units } from '../../db/schema/index.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeMember } from '../../policies/members.policy.ts';
import { loadPerson, placementOf } from '../members/member-rows.ts';

export async function findPersonPerformanceRatings(ctx: ActorCtx, personId: number): Promise<PersonPerformanceRatings> {
  requireCapability(ctx.actor, 'viewPerformanceRatings');
  authorizeMember(ctx.actor, 'read', placementOf(await loadPerson(ctx.db, personId)));
  const rows = await ctx.db
    .select({ record: performanceRatings, unit: { id: units.id, code: units.code, name: units.name } })
    .from(performanceRatings)
    .innerJoin(units, eq(units.id, performanceRatings.unitId))
    .where(eq(performanceRatings.personId, personId))
    .orderBy(desc(performanceRatings.year));
  return {
    items: rows.map(({ record, unit }) => ({
      year: record.year,
      unit,
      rating: record.rating,
      daysAbsent: record.daysAbsent,
      disciplineLevel: record.disciplineLevel,
      disciplineDecisionNo: record.disciplineDecisionNo,
      disciplineDecisionDate: record.disciplineDecisionDate,
      note: record.note,
    })),
  };
}
