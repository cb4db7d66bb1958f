// Reading a unit's grid for a year and saving rows of it: every row checked, all rows written or none.
import { inArray, sql } from 'drizzle-orm';
import {
  type PerformanceRatingGrid,
  type PerformanceRatingGridQuery,
  type PerformanceRatingValues,
  type SavePerformanceRatingsResult,
} from '../../../shared/contracts/performance-ratings.ts';
import { ratings } from '../../../shared/contracts/emulation.ts';
import type { ActorCtx } from '../../context.ts';
import { performanceRatings } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { badRequest, type ErrorDetail } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeAchievementUnit } from '../../policies/initiatives.policy.ts';
import { statsUnit } from '../initiatives/initiative-stats.ts';
import { loadGrid, type GridEntry } from './performance-rating-grid.ts';

export async function getPerformanceRatingGrid(
  ctx: ActorCtx,
  query: PerformanceRatingGridQuery,
): Promise<PerformanceRatingGrid> {
  requireCapability(ctx.actor, 'viewPerformanceRatings');
  const unit = await statsUnit(ctx, query.unit);
  authorizeAchievementUnit(ctx.actor, 'read', unit);
  const rows = await loadGrid(ctx, ctx.db, unit, query.year);
  const ratingCounts = Object.fromEntries(
    ratings.map((rating) => [rating, rows.filter((row) => row.rating === rating).length]),
  ) as PerformanceRatingGrid['ratingCounts'];
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    year: query.year,
    rows: rows.map(({ recordId: _id, placed: _placed, sortKey: _sortKey, ...row }) => row),
    canWrite: authorizes(ctx, unit),
    ratingCounts,
  };
}

function authorizes(ctx: ActorCtx, unit: Parameters<typeof authorizeAchievementUnit>[2]): boolean {
  try {
    authorizeAchievementUnit(ctx.actor, 'write', unit);
    return true;
  } catch {
    return false;
  }
}

/** One row to save and where it came from, so an error names the form's row or the sheet's row and column. */
export type PerformanceRatingEntry = {
  personId: number;
  values: PerformanceRatingValues;
  locate: (field: keyof PerformanceRatingValues | 'personId') => { row?: number; field: string; label: string };
};

const EMPTY: PerformanceRatingValues = {
  rating: null,
  daysAbsent: null,
  disciplineLevel: null,
  disciplineDecisionNo: null,
  disciplineDecisionDate: null,
  note: null,
};
const keys = Object.keys(EMPTY) as (keyof PerformanceRatingValues)[];

function normalise(values: PerformanceRatingValues): PerformanceRatingValues {
  return {
    ...values,
    disciplineDecisionNo: values.disciplineDecisionNo?.trim() || null,
    note: values.note?.trim() || null,
  };
}

function problemsOf(entry: PerformanceRatingEntry, grid: Map<number, GridEntry>, year: number): ErrorDetail[] {
  const at = (field: keyof PerformanceRatingValues | 'personId', vi: string, en: string): ErrorDetail => {
    const where = entry.locate(field);
    return { row: where.row, field: where.field, message: `${where.label}: ${vi}`, messageEn: en };
  };
  const found = grid.get(entry.personId);
  if (!found) {
    return [
      at(
        'personId',
        `người có mã ${entry.personId} không sinh hoạt tại đơn vị này trong năm ${year}.`,
        `Person ${entry.personId} did not belong to this unit in ${year}.`,
      ),
    ];
  }
  const problems: ErrorDetail[] = [];
  if (!found.canWrite)
    problems.push(at('personId', 'bạn không có quyền nhập cho người này.', 'You may not enter this.'));
  const { disciplineLevel, disciplineDecisionNo, disciplineDecisionDate } = entry.values;
  if (!disciplineLevel && (disciplineDecisionNo || disciplineDecisionDate)) {
    problems.push(
      at('disciplineLevel', 'có quyết định kỷ luật nhưng chưa ghi hình thức kỷ luật.', 'A decision without a level.'),
    );
  }
  if (disciplineDecisionDate && Number(disciplineDecisionDate.slice(0, 4)) > year + 1) {
    problems.push(
      at(
        'disciplineDecisionDate',
        `ngày quyết định kỷ luật sau năm ${year + 1}, không thuộc năm đánh giá.`,
        'The decision is dated after the year.',
      ),
    );
  }
  return problems;
}

const same = (a: PerformanceRatingValues, b: PerformanceRatingValues) => keys.every((key) => a[key] === b[key]);

/** Saves rows of a unit's grid in one transaction: 400 with every row's problems, or everything written. */
export async function applyPerformanceRatings(
  ctx: ActorCtx,
  unitCode: string,
  year: number,
  entries: PerformanceRatingEntry[],
): Promise<SavePerformanceRatingsResult> {
  requireCapability(ctx.actor, 'managePerformanceRatings');
  const unit = await statsUnit(ctx, unitCode);
  authorizeAchievementUnit(ctx.actor, 'write', unit);
  return withWrite(ctx, async (tx, audit) => {
    // Rows of one person and year queue up behind each other instead of racing.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('performance_ratings'), ${year})`);
    const grid = new Map((await loadGrid(ctx, tx, unit, year)).map((row) => [row.person.id, row]));
    const problems: ErrorDetail[] = [];
    const seen = new Set<number>();
    for (const entry of entries) {
      if (seen.has(entry.personId)) {
        const where = entry.locate('personId');
        problems.push({
          row: where.row,
          field: where.field,
          message: `${where.label}: người có mã ${entry.personId} xuất hiện hai lần.`,
          messageEn: `Person ${entry.personId} appears twice.`,
        });
      }
      seen.add(entry.personId);
      problems.push(...problemsOf(entry, grid, year));
    }
    if (problems.length) {
      throw badRequest(
        'performance_ratings.invalid_rows',
        `Có ${problems.length} lỗi; chưa lưu dòng nào. ${problems[0]!.message}`,
        `${problems.length} problems; nothing was saved.`,
        problems,
      );
    }
    const result = { created: 0, updated: 0, cleared: 0, unchanged: 0 };
    const upserts: (typeof performanceRatings.$inferInsert)[] = [];
    const cleared: number[] = [];
    for (const entry of entries) {
      const current = grid.get(entry.personId)!;
      const before: PerformanceRatingValues = Object.fromEntries(
        keys.map((key) => [key, current[key]]),
      ) as PerformanceRatingValues;
      const after = normalise(entry.values);
      if (same(before, after)) {
        result.unchanged += 1;
        continue;
      }
      if (same(after, EMPTY)) {
        cleared.push(current.recordId!);
        result.cleared += 1;
        audit({
          action: 'performance_rating.clear',
          entity: 'performance_rating',
          entityId: current.recordId!,
          unitId: current.unit.id,
          before: { personId: entry.personId, year, ...before },
        });
        continue;
      }
      upserts.push({ personId: entry.personId, year, unitId: current.unit.id, ...after, updatedBy: ctx.actor.userId });
      result[current.recorded ? 'updated' : 'created'] += 1;
    }
    if (upserts.length === 0 && cleared.length === 0) throw new NothingChanged(result);
    const byPerson = new Map(upserts.map((upsert) => [upsert.personId, upsert]));
    if (cleared.length) await tx.delete(performanceRatings).where(inArray(performanceRatings.id, cleared));
    for (let start = 0; start < upserts.length; start += 1000) {
      const saved = await tx
        .insert(performanceRatings)
        .values(upserts.slice(start, start + 1000))
        .onConflictDoUpdate({
          target: [performanceRatings.personId, performanceRatings.year],
          set: {
            unitId: sql`excluded.unit_id`,
            rating: sql`excluded.rating`,
            daysAbsent: sql`excluded.days_absent`,
            disciplineLevel: sql`excluded.discipline_level`,
            disciplineDecisionNo: sql`excluded.discipline_decision_no`,
            disciplineDecisionDate: sql`excluded.discipline_decision_date`,
            note: sql`excluded.note`,
            updatedBy: sql`excluded.updated_by`,
            updatedAt: sql`now()`,
          },
        })
        .returning({
          id: performanceRatings.id,
          personId: performanceRatings.personId,
          unitId: performanceRatings.unitId,
        });
      for (const row of saved) {
        const current = grid.get(row.personId)!;
        const after = byPerson.get(row.personId)!;
        audit({
          action: current.recorded ? 'performance_rating.update' : 'performance_rating.create',
          entity: 'performance_rating',
          entityId: row.id,
          unitId: row.unitId,
          before: current.recorded ? Object.fromEntries(keys.map((key) => [key, current[key]])) : undefined,
          after: { personId: row.personId, year, ...Object.fromEntries(keys.map((key) => [key, after[key] ?? null])) },
        });
      }
    }
    return result;
  }).catch((error: unknown) => {
    if (error instanceof NothingChanged) return error.result;
    throw error;
  });
}

/** Every row already held what was sent: the (empty) transaction is rolled back and nothing is audited. */
class NothingChanged extends Error {
  constructor(readonly result: SavePerformanceRatingsResult) {
    super('nothing changed');
  }
}
