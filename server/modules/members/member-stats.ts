// Membership statistics over a unit's subtree: the figures every union report starts from.
import { sql, type SQL } from 'drizzle-orm';
import type { MemberStats } from '../../../shared/contracts/members.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import type { ActorCtx } from '../../context.ts';
import { badRequest } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { MEMBER_READERS } from '../../policies/members.policy.ts';
import { scopeWhere, subtreeWhere } from '../../policies/scope.ts';
import { getUnitByCode } from '../units/units.service.ts';

/** Age bands as union reports use them, by birth year. */
const AGE_BANDS = sql`CASE
  WHEN p.birth_year IS NULL THEN 'unknown'
  WHEN extract(year FROM current_date) - p.birth_year < 30 THEN 'under_30'
  WHEN extract(year FROM current_date) - p.birth_year < 40 THEN '30_39'
  WHEN extract(year FROM current_date) - p.birth_year < 50 THEN '40_49'
  WHEN extract(year FROM current_date) - p.birth_year < 60 THEN '50_59'
  ELSE '60_over' END`;

async function countBy(ctx: ActorCtx, units_: SQL, key: SQL): Promise<{ key: string; count: number }[]> {
  const { rows } = await ctx.db.execute<{ key: string | null; count: number }>(sql`
    SELECT ${key} AS key, count(*)::int AS count
    FROM memberships m JOIN people p ON p.id = m.person_id JOIN units u ON u.id = m.unit_id
    WHERE m.valid_to IS NULL AND m.status = 'active' AND ${units_}
    GROUP BY 1 ORDER BY 2 DESC, 1`);
  return rows.map((row) => ({ key: row.key ?? 'unknown', count: row.count }));
}

export async function getMemberStats(
  ctx: ActorCtx,
  query: { unit?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<MemberStats> {
  requireCapability(ctx.actor, 'viewMembers');
  const today = vietnamToday();
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to) {
    throw badRequest(
      'members.stats_period_invalid',
      'Ngày bắt đầu phải trước ngày kết thúc.',
      'The period starts after it ends.',
      [{ field: 'query.from', message: 'Sau ngày kết thúc.', messageEn: 'After the end.' }],
    );
  }
  // The scope rule on the alias `u`, and the unit's subtree when one is named.
  const aliased = { path: sql.raw('u.path'), reportPath: sql.raw('u.report_path') };
  let inUnits = scopeWhere(ctx.actor, MEMBER_READERS, aliased);
  let unitRef: MemberStats['unit'] = null;
  if (query.unit) {
    const unit = await getUnitByCode(ctx, query.unit);
    inUnits = sql`${inUnits} AND ${subtreeWhere(unit, aliased)}`;
    unitRef = { id: unit.id, code: unit.code, name: unit.name };
  }
  const { rows } = await ctx.db.execute<{
    members: number;
    workforce: number;
    unionised: number;
    new_members: number;
    leavers: number;
  }>(sql`
    WITH working AS (
      SELECT DISTINCT e.person_id FROM employments e JOIN units u ON u.id = e.unit_id WHERE e.valid_to IS NULL AND ${inUnits}
    ), current_members AS (
      SELECT DISTINCT m.person_id FROM memberships m JOIN units u ON u.id = m.unit_id
      WHERE m.valid_to IS NULL AND m.status = 'active' AND ${inUnits}
    )
    SELECT
      (SELECT count(*) FROM current_members)::int AS members,
      (SELECT count(*) FROM working)::int AS workforce,
      (SELECT count(*) FROM working w JOIN current_members c USING (person_id))::int AS unionised,
      (SELECT count(DISTINCT m.person_id) FROM memberships m JOIN units u ON u.id = m.unit_id
        WHERE m.joined_on BETWEEN ${from}::date AND ${to}::date AND m.valid_from = m.joined_on AND ${inUnits})::int AS new_members,
      (SELECT count(DISTINCT m.person_id) FROM memberships m JOIN units u ON u.id = m.unit_id
        WHERE m.status = 'left' AND m.left_on BETWEEN ${from}::date AND ${to}::date AND ${inUnits})::int AS leavers`);
  const totals = rows[0]!;
  const [byGender, byAgeBand, byEthnicity, byQualification, bySector] = await Promise.all([
    countBy(ctx, inUnits, sql`p.gender`),
    countBy(ctx, inUnits, AGE_BANDS),
    countBy(ctx, inUnits, sql`p.ethnicity`),
    countBy(ctx, inUnits, sql`p.qualification`),
    countBy(ctx, inUnits, sql`u.sector`),
  ]);
  return {
    unit: unitRef,
    from,
    to,
    members: totals.members,
    workforce: totals.workforce,
    unionisationRate: totals.workforce > 0 ? Math.round((totals.unionised / totals.workforce) * 10_000) / 100 : null,
    newMembers: totals.new_members,
    leavers: totals.leavers,
    byGender,
    byAgeBand,
    byEthnicity,
    byQualification,
    bySector,
  };
}
