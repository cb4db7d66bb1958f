// The figures the articles give: recognised initiatives, works and research projects of a subtree over a period,
// by kind and level, with the estimated benefit ("2.327 sáng kiến cải tiến kỹ thuật, 935 công trình sản phẩm, 1.576 đề tài").
import { and, eq, sql } from 'drizzle-orm';
import { recognitionLevels } from '../../../shared/contracts/emulation.ts';
import {
  initiativeKindLabels,
  initiativeKinds,
  type InitiativeStats,
  type InitiativeStatsQuery,
} from '../../../shared/contracts/initiatives.ts';
import { formatViNumber } from '../../../shared/format-number.ts';
import type { ActorCtx } from '../../context.ts';
import { initiatives, units } from '../../db/schema/index.ts';
import { forbidden } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { ACHIEVEMENT_READERS } from '../../policies/initiatives.policy.ts';
import { scopeWhere, subtreeWhere } from '../../policies/scope.ts';
import { getUnitByCode } from '../units/units.service.ts';

/** The unit a figure is asked for, or the actor's own (first reading grant). */
export async function statsUnit(ctx: ActorCtx, code: string | undefined) {
  const own = ctx.actor.grants.find((grant) => ACHIEVEMENT_READERS.includes(grant.role));
  if (!code && !own) throw forbidden();
  return getUnitByCode(ctx, code ?? own!.unitCode);
}

export async function getInitiativeStats(ctx: ActorCtx, query: InitiativeStatsQuery): Promise<InitiativeStats> {
  requireCapability(ctx.actor, 'viewInitiatives');
  const unit = await statsUnit(ctx, query.unit);
  const decided = sql`extract(year from ${initiatives.decisionDate})::int BETWEEN ${query.fromYear} AND ${query.toYear}`;
  const submittedIn = sql`extract(year from ${initiatives.submittedOn})::int BETWEEN ${query.fromYear} AND ${query.toYear}`;
  const rows = await ctx.db
    .select({
      kind: initiatives.kind,
      level: initiatives.recognitionLevel,
      status: initiatives.status,
      count: sql<number>`count(*)::int`,
      benefit: sql<string>`coalesce(sum(${initiatives.benefitVnd}), 0)::text`,
    })
    .from(initiatives)
    .innerJoin(units, eq(units.id, initiatives.unitId))
    .where(
      and(
        scopeWhere(ctx.actor, ACHIEVEMENT_READERS),
        subtreeWhere(unit),
        sql`((${initiatives.status} = 'recognised' AND ${decided}) OR (${initiatives.status} <> 'recognised' AND ${submittedIn}))`,
      ),
    )
    .groupBy(initiatives.kind, initiatives.recognitionLevel, initiatives.status);

  const recognisedRows = rows.filter((row) => row.status === 'recognised');
  const sum = (list: typeof rows, pick: (row: (typeof rows)[number]) => boolean) =>
    list
      .filter(pick)
      .reduce((total, row) => ({ count: total.count + row.count, benefit: total.benefit + Number(row.benefit) }), {
        count: 0,
        benefit: 0,
      });
  const byKind = initiativeKinds.map((kind) => {
    const total = sum(recognisedRows, (row) => row.kind === kind);
    return { kind, count: total.count, benefitVnd: total.benefit };
  });
  const all = sum(recognisedRows, () => true);
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    fromYear: query.fromYear,
    toYear: query.toYear,
    byKind,
    byLevel: recognitionLevels.map((level) => ({
      level,
      count: sum(recognisedRows, (row) => row.level === level).count,
    })),
    recognised: all.count,
    benefitVnd: all.benefit,
    submitted: sum(rows, (row) => row.status === 'submitted').count,
    rejected: sum(rows, (row) => row.status === 'rejected').count,
    sentenceVi: byKind.map((row) => `${formatViNumber(row.count)} ${initiativeKindLabels[row.kind].statVi}`).join(', '),
    sentenceEn: byKind
      .map((row) => `${row.count.toLocaleString('en-GB')} ${initiativeKindLabels[row.kind].statEn}`)
      .join(', '),
  };
}
