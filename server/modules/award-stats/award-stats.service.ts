// Award statistics of a subtree over whole years: counts by form, level, occasion, year and deciding body,
// and the sentences the articles write ("25 tập thể, 85 cá nhân"; "328 huân chương, 47 Cờ thi đua của Chính phủ").
import { and, eq, or, sql } from 'drizzle-orm';
import {
  describeAwards,
  formRank,
  levelRank,
  type AwardStats,
  type AwardStatsFormRow,
  type AwardStatsQuery,
} from '../../../shared/contracts/award-stats.ts';
import type { AwardForm, AwardLevel, Occasion } from '../../../shared/contracts/emulation.ts';
import type { ActorCtx } from '../../context.ts';
import { awardDecisions, awards, catalogueEntries } from '../../db/schema/index.ts';
import { forbidden } from '../../errors.ts';
import { AWARD_READERS } from '../../policies/awards.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { scopeWhere } from '../../policies/scope.ts';
import { getUnitByCode } from '../units/units.service.ts';
import { definitionField, keeperUnits, recipientUnits, standingAwardsIn } from './award-rows.ts';

type Counts = { collectives: number; individuals: number; total: number };
const zero = (): Counts => ({ collectives: 0, individuals: 0, total: 0 });

function add(into: Counts, collective: boolean, count: number) {
  if (collective) into.collectives += count;
  else into.individuals += count;
  into.total += count;
}

/** Counts per key, kept in first-seen order until sorted. */
function tally<K, E extends object>(key: (row: Group) => K, extra: (row: Group) => E) {
  const map = new Map<K, E & Counts>();
  return {
    add(row: Group) {
      const k = key(row);
      let entry = map.get(k);
      if (!entry) map.set(k, (entry = { ...extra(row), ...zero() }));
      add(entry, row.collective, row.count);
    },
    values: () => [...map.values()],
  };
}

type Group = {
  entryId: number;
  code: string;
  nameVi: string;
  nameEn: string;
  form: AwardForm;
  level: AwardLevel;
  occasion: Occasion;
  year: number;
  collective: boolean;
  deciderKey: string;
  deciderName: string;
  count: number;
};

/** The unit asked for, or the actor's own (first grant that reads awards). */
async function statsUnit(ctx: ActorCtx, code: string | undefined) {
  const own = ctx.actor.grants.find((grant) => AWARD_READERS.includes(grant.role));
  if (!code && !own) throw forbidden();
  return getUnitByCode(ctx, code ?? own!.unitCode);
}

export async function getAwardStats(ctx: ActorCtx, query: AwardStatsQuery): Promise<AwardStats> {
  requireCapability(ctx.actor, 'viewAwards');
  const unit = await statsUnit(ctx, query.unit);
  const yearOf = query.basis === 'decision_date' ? awardDecisions.decisionYear : awards.year;
  const where = and(
    standingAwardsIn(unit),
    or(
      scopeWhere(ctx.actor, AWARD_READERS, keeperUnits),
      and(sql`${recipientUnits.id} IS NOT NULL`, scopeWhere(ctx.actor, AWARD_READERS, recipientUnits)),
    ),
    sql`${yearOf} BETWEEN ${query.from} AND ${query.to}`,
    query.code ? eq(awards.code, query.code) : undefined,
    query.level ? eq(definitionField('level'), query.level) : undefined,
    query.occasion ? eq(awards.occasion, query.occasion) : undefined,
  );
  const collective = sql<boolean>`(${awards.personId} IS NULL)`;
  const [groups, [recipients]] = await Promise.all([
    ctx.db
      .select({
        entryId: awards.catalogueEntryId,
        code: awards.code,
        nameVi: definitionField('nameVi'),
        nameEn: definitionField('nameEn'),
        form: sql<AwardForm>`${definitionField('form')}`,
        level: sql<AwardLevel>`${definitionField('level')}`,
        occasion: awards.occasion,
        year: sql<number>`${yearOf}::int`,
        collective,
        deciderKey: awardDecisions.deciderKey,
        deciderName: awardDecisions.deciderName,
        count: sql<number>`count(*)::int`,
      })
      .from(awards)
      .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
      .innerJoin(catalogueEntries, eq(catalogueEntries.id, awards.catalogueEntryId))
      .innerJoin(keeperUnits, eq(keeperUnits.id, awards.unitId))
      .leftJoin(recipientUnits, eq(recipientUnits.id, awards.recipientUnitId))
      .where(where)
      .groupBy(
        awards.catalogueEntryId,
        awards.code,
        catalogueEntries.definition,
        awards.occasion,
        yearOf,
        collective,
        awardDecisions.deciderKey,
        awardDecisions.deciderName,
      ),
    ctx.db
      .select({
        collectives: sql<number>`count(DISTINCT ${awards.recipientUnitId})::int`,
        individuals: sql<number>`count(DISTINCT ${awards.personId})::int`,
      })
      .from(awards)
      .innerJoin(awardDecisions, eq(awardDecisions.id, awards.decisionId))
      .innerJoin(catalogueEntries, eq(catalogueEntries.id, awards.catalogueEntryId))
      .innerJoin(keeperUnits, eq(keeperUnits.id, awards.unitId))
      .leftJoin(recipientUnits, eq(recipientUnits.id, awards.recipientUnitId))
      .where(where),
  ]);

  // A code keeps the name of its newest catalogue version among the awards counted.
  const latestEntry = new Map<string, Group>();
  for (const row of groups) {
    const known = latestEntry.get(row.code);
    if (!known || known.entryId < row.entryId) latestEntry.set(row.code, row);
  }
  const byForm = tally(
    (row) => row.code,
    (row) => {
      const named = latestEntry.get(row.code)!;
      return { code: row.code, nameVi: named.nameVi, nameEn: named.nameEn, form: named.form, level: named.level };
    },
  );
  const byLevel = tally(
    (row) => row.level,
    (row) => ({ level: row.level }),
  );
  const byOccasion = tally(
    (row) => row.occasion,
    (row) => ({ occasion: row.occasion }),
  );
  const byYear = tally(
    (row) => row.year,
    (row) => ({ year: row.year }),
  );
  const byDecider = tally(
    (row) => row.deciderKey,
    (row) => ({ deciderKey: row.deciderKey, deciderName: row.deciderName }),
  );
  const totals = zero();
  for (const row of groups) {
    for (const table of [byForm, byLevel, byOccasion, byYear, byDecider]) table.add(row);
    add(totals, row.collective, row.count);
  }

  const formRows: AwardStatsFormRow[] = byForm
    .values()
    .sort(
      (a, b) =>
        levelRank[a.level] - levelRank[b.level] ||
        formRank[a.form] - formRank[b.form] ||
        b.total - a.total ||
        a.code.localeCompare(b.code),
    );
  const counted = { collectives: recipients?.collectives ?? 0, individuals: recipients?.individuals ?? 0 };
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    from: query.from,
    to: query.to,
    basis: query.basis,
    awards: totals,
    recipients: counted,
    byForm: formRows,
    byLevel: byLevel.values().sort((a, b) => levelRank[a.level] - levelRank[b.level]),
    byOccasion: byOccasion.values().sort((a, b) => b.total - a.total),
    byYear: byYear.values().sort((a, b) => a.year - b.year),
    byDecider: byDecider.values().sort((a, b) => b.total - a.total || a.deciderName.localeCompare(b.deciderName, 'vi')),
    ...describeAwards({ recipients: counted, byForm: formRows }),
  };
}
