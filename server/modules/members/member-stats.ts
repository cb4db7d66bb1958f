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

type Dimension = 'gender' | 'age_band' | 'ethnicity' | 'qualification' | 'sector';
type Combination = Record<Dimension, string | null> & { count: number };

/** Largest first, then by key, the unknown last: the order the charts and tables show. */
function rollUp(rows: Combination[], dimension: Dimension): { key: string; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(row[dimension], (counts.get(row[dimension]) ?? 0) + row.count);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([key, count]) => ({ key: key ?? 'unknown', count }));
}

/**
 * Statements over a million rows: hash joins and aggregates kept in memory (the default work_mem of 4 MB
 * would spill them to disk), in one read-only transaction so the figures agree with each other.
 */
async function inStatsTransaction<T>(
  ctx: ActorCtx,
  work: (tx: Parameters<Parameters<ActorCtx['db']['transaction']>[0]>[0]) => Promise<T>,
) {
  return ctx.db.transaction(
    async (tx) => {
      await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
      return work(tx);
    },
    { accessMode: 'read only' },
  );
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
  let inUnits: SQL = scopeWhere(ctx.actor, MEMBER_READERS, aliased);
  let unitRef: MemberStats['unit'] = null;
  if (query.unit) {
    const unit = await getUnitByCode(ctx, query.unit);
    inUnits = sql`${inUnits} AND ${subtreeWhere(unit, aliased)}`;
    unitRef = { id: unit.id, code: unit.code, name: unit.name };
  }
  const scoped = sql`SELECT u.id, u.sector FROM units u WHERE ${inUnits}`;
  // Two statements side by side on two connections. Members are counted once per combination of the five
  // dimensions, one GROUP BY PostgreSQL can spread over its parallel workers; the five breakdowns are sums of it.
  const [combinations, totals] = await Promise.all([
    inStatsTransaction(
      ctx,
      async (tx) =>
        (
          await tx.execute<Combination>(sql`
          SELECT p.gender, ${AGE_BANDS} AS age_band, p.ethnicity, p.qualification, u.sector, count(*)::int AS count
          FROM memberships m JOIN (${scoped}) u ON u.id = m.unit_id JOIN people p ON p.id = m.person_id
          WHERE m.valid_to IS NULL AND m.status = 'active'
          GROUP BY 1, 2, 3, 4, 5`)
        ).rows,
    ),
    inStatsTransaction(ctx, async (tx) => {
      const { rows } = await tx.execute<{
        workforce: number;
        unionised: number;
        new_members: number;
        leavers: number;
      }>(sql`
        WITH scoped AS MATERIALIZED (${scoped})
        SELECT w.workforce, w.unionised,
          (SELECT count(DISTINCT m.person_id) FROM memberships m JOIN scoped s ON s.id = m.unit_id
            WHERE m.joined_on BETWEEN ${from}::date AND ${to}::date AND m.valid_from = m.joined_on)::int AS new_members,
          (SELECT count(DISTINCT m.person_id) FROM memberships m JOIN scoped s ON s.id = m.unit_id
            WHERE m.status = 'left' AND m.left_on BETWEEN ${from}::date AND ${to}::date)::int AS leavers
        FROM (
          -- Everyone working in the subtree once, and whether they are a member there.
          SELECT count(*)::int AS workforce, (count(*) FILTER (WHERE member))::int AS unionised FROM (
            SELECT e.person_id, bool_or(m.person_id IS NOT NULL) AS member
            FROM employments e JOIN scoped s ON s.id = e.unit_id
            LEFT JOIN (memberships m JOIN scoped ms ON ms.id = m.unit_id)
              ON m.person_id = e.person_id AND m.valid_to IS NULL AND m.status = 'active'
            WHERE e.valid_to IS NULL GROUP BY e.person_id) people_at_work) w`);
      return rows[0]!;
    }),
  ]);
  const members = combinations.reduce((sum, row) => sum + row.count, 0);
  return {
    unit: unitRef,
    from,
    to,
    members,
    workforce: totals.workforce,
    unionisationRate: totals.workforce > 0 ? Math.round((totals.unionised / totals.workforce) * 10_000) / 100 : null,
    newMembers: totals.new_members,
    leavers: totals.leavers,
    byGender: rollUp(combinations, 'gender'),
    byAgeBand: rollUp(combinations, 'age_band'),
    byEthnicity: rollUp(combinations, 'ethnicity'),
    byQualification: rollUp(combinations, 'qualification'),
    bySector: rollUp(combinations, 'sector'),
  };
}
