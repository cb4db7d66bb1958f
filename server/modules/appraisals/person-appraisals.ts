// One person's recorded years for their page: whoever may read the person reads them.
import { desc, eq } from 'drizzle-orm';
import type { PersonAppraisals } from '../../../shared/contracts/appraisals.ts';
import type { ActorCtx } from '../../context.ts';
import { annualAppraisals, units } from '../../db/schema/index.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeMember } from '../../policies/members.policy.ts';
import { loadPerson, placementOf } from '../members/member-rows.ts';

export async function findPersonAppraisals(ctx: ActorCtx, personId: number): Promise<PersonAppraisals> {
  requireCapability(ctx.actor, 'viewAppraisals');
  authorizeMember(ctx.actor, 'read', placementOf(await loadPerson(ctx.db, personId)));
  const rows = await ctx.db
    .select({ record: annualAppraisals, unit: { id: units.id, code: units.code, name: units.name } })
    .from(annualAppraisals)
    .innerJoin(units, eq(units.id, annualAppraisals.unitId))
    .where(eq(annualAppraisals.personId, personId))
    .orderBy(desc(annualAppraisals.year));
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
