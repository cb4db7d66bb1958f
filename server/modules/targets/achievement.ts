// The achievement screen's figures: for one unit and period, each indicator with a target in its subtree,
// the unit's own target and achievement, and the same for each unit directly below it.
import { inArray, sql } from 'drizzle-orm';
import type { Achievement, UnitAchievement } from '../../../shared/contracts/targets.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import { achievementRate } from '../../../shared/format-number.ts';
import type { ActorCtx } from '../../context.ts';
import { targetIndicators } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { subtreeWhere } from '../../policies/scope.ts';
import { selectUnitByCode, selectUnitById, type UnitView } from '../units/unit-rows.ts';
import { countCompleteRecords, countNewMembers } from './computed-figures.ts';
import { selectIndicators, toIndicatorDto, type IndicatorRow } from './indicators.service.ts';
import { rollUpReports, type Report } from './manual-rollup.ts';
import { checkPeriod } from './set-targets.ts';
import { selectTargetRows, targetsOfUnitsWhere, toTargetDto, type TargetRow } from './target-rows.ts';
import { authorizeTargetView, maySetTargets, TARGET_VIEWERS } from '../../policies/targets.policy.ts';
import { selectChildUnits, type PlacedUnitRef } from './unit-children.ts';

const aliased = { path: sql.raw('tu.path'), reportPath: sql.raw('tu.report_path') };
const ref = (unit: { id: number; code: string; name: string }) => ({ id: unit.id, code: unit.code, name: unit.name });

/** The unit the screen asks about (by code), else the first unit the actor reads targets on. */
export async function targetScreenUnit(ctx: ActorCtx, code: string | undefined): Promise<UnitView> {
  const grant = ctx.actor.grants.find((candidate) => TARGET_VIEWERS.includes(candidate.role));
  const unit = code
    ? await selectUnitByCode(ctx.db, code)
    : grant
      ? await selectUnitById(ctx.db, grant.unitId)
      : undefined;
  if (!unit) throw notFound('units');
  authorizeTargetView(ctx.actor, unit);
  return unit;
}

type Reported = {
  indicator_id: number;
  unit_id: number;
  path: string;
  report_path: string;
  reported_value: number | null;
};

/** Every target of the period in the unit's subtree, light: which indicators to show, and the manual reports. */
async function targetsInSubtree(ctx: ActorCtx, unit: UnitView, from: string, to: string) {
  const { rows } = await ctx.db.execute<Reported>(sql`
    SELECT t.indicator_id, t.unit_id, tu.path, tu.report_path, t.reported_value::float8 AS reported_value
    FROM targets t JOIN units tu ON tu.id = t.unit_id
    WHERE t.period_start = ${from}::date AND t.period_end = ${to}::date AND ${subtreeWhere(unit, aliased)}`);
  return rows;
}

export async function getAchievement(
  ctx: ActorCtx,
  query: { unit?: string | undefined; from: string; to: string },
): Promise<Achievement> {
  requireCapability(ctx.actor, 'viewTargets');
  const unit = await targetScreenUnit(ctx, query.unit);
  checkPeriod(query.from, query.to, 'query.to');
  const { from, to } = query;
  const today = vietnamToday();
  const countedAt = to < today ? to : today;
  const children = await selectChildUnits(ctx.db, unit.id);
  const subjects: PlacedUnitRef[] = [unit, ...children];
  const subjectIds = subjects.map((subject) => subject.id);
  const [light, own] = await Promise.all([
    targetsInSubtree(ctx, unit, from, to),
    selectTargetRows(ctx.db, targetsOfUnitsWhere(subjectIds, from, to)),
  ]);
  const indicatorIds = [...new Set(light.map((row) => row.indicator_id))];
  const indicators = indicatorIds.length
    ? await selectIndicators(ctx.db, inArray(targetIndicators.id, indicatorIds))
    : [];
  const sources = new Set(indicators.map((row) => row.indicator.source));
  const [newMembers, completeRecords] = await Promise.all([
    sources.has('new_members') ? countNewMembers(ctx, subjectIds, from, to) : new Map<number, number>(),
    sources.has('member_records') ? countCompleteRecords(ctx, subjectIds, countedAt) : new Map<number, number>(),
  ]);

  const figure = (indicator: IndicatorRow, subject: PlacedUnitRef, target: TargetRow | undefined): UnitAchievement => {
    const targetDto = target ? toTargetDto(ctx, target) : null;
    const source = indicator.indicator.source;
    let rolled: Pick<UnitAchievement, 'achieved' | 'basis' | 'reportingUnits'>;
    if (source === 'new_members' || source === 'member_records') {
      const counts = source === 'new_members' ? newMembers : completeRecords;
      rolled = { achieved: counts.get(subject.id) ?? 0, basis: 'computed', reportingUnits: 0 };
    } else {
      const reports: Report[] = light
        .filter((row) => row.indicator_id === indicator.indicator.id && row.reported_value !== null)
        .map((row) => ({
          unitId: row.unit_id,
          path: row.path,
          reportPath: row.report_path,
          value: row.reported_value!,
        }));
      rolled = rollUpReports(subject, reports);
    }
    const rate = rolled.achieved === null ? null : achievementRate(rolled.achieved, targetDto?.targetValue ?? null);
    return { unit: ref(subject), target: targetDto, ...rolled, rate };
  };

  const find = (indicatorId: number, unitId: number) =>
    own.find((row) => row.target.indicatorId === indicatorId && row.target.unitId === unitId);
  const setter = maySetTargets(ctx.actor, unit);
  return {
    unit: ref(unit),
    periodStart: from,
    periodEnd: to,
    countedAt,
    abilities: { setTargets: setter, defineIndicator: setter },
    rows: indicators.map((indicator) => ({
      indicator: toIndicatorDto(ctx, indicator),
      own: figure(indicator, unit, find(indicator.indicator.id, unit.id)),
      children: children.map((child) => figure(indicator, child, find(indicator.indicator.id, child.id))),
    })),
  };
}

/** The periods that have targets in the unit's subtree, newest first: the screen offers them as choices. */
export async function findTargetPeriods(ctx: ActorCtx, code: string | undefined) {
  requireCapability(ctx.actor, 'viewTargets');
  const unit = await targetScreenUnit(ctx, code);
  const { rows } = await ctx.db.execute<{ period_start: string; period_end: string; targets: number }>(sql`
    SELECT t.period_start::text, t.period_end::text, count(*)::int AS targets
    FROM targets t JOIN units tu ON tu.id = t.unit_id
    WHERE ${subtreeWhere(unit, aliased)}
    GROUP BY 1, 2 ORDER BY 1 DESC, 2 LIMIT 200`);
  return {
    periods: rows.map((row) => ({ periodStart: row.period_start, periodEnd: row.period_end, targets: row.targets })),
  };
}
