// The three ways rows reach the grid: the screen's form, the template to fill in, and the filled template.
import type {
  SavePerformanceRatingsBody,
  SavePerformanceRatingsResult,
} from '../../../shared/contracts/performance-ratings.ts';
import { foldForSearch } from '../../../shared/text/index.ts';
import type { ActorCtx } from '../../context.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeAchievementUnit } from '../../policies/initiatives.policy.ts';
import { getUnitByCode } from '../units/units.service.ts';
import { loadGrid } from './performance-rating-grid.ts';
import { performanceRatingTemplate, readPerformanceRatingSheet } from './performance-rating-sheet.ts';
import { applyPerformanceRatings } from './performance-ratings.service.ts';

const FIELD_LABELS = {
  personId: 'mã người',
  rating: 'xếp loại',
  daysAbsent: 'số ngày nghỉ',
  disciplineLevel: 'hình thức kỷ luật',
  disciplineDecisionNo: 'số quyết định kỷ luật',
  disciplineDecisionDate: 'ngày quyết định kỷ luật',
  note: 'ghi chú',
} as const;

export async function savePerformanceRatings(
  ctx: ActorCtx,
  body: SavePerformanceRatingsBody,
): Promise<SavePerformanceRatingsResult> {
  return applyPerformanceRatings(
    ctx,
    body.unit,
    body.year,
    body.rows.map(({ personId, ...values }, index) => ({
      personId,
      values,
      locate: (field) => ({
        field: `body.rows.${index}.${field}`,
        label: `Dòng ${index + 1} (${FIELD_LABELS[field]})`,
      }),
    })),
  );
}

export async function performanceRatingTemplateFile(ctx: ActorCtx, query: { unit: string; year: number }) {
  requireCapability(ctx.actor, 'managePerformanceRatings');
  const unit = await getUnitByCode(ctx, query.unit);
  authorizeAchievementUnit(ctx.actor, 'write', unit);
  const rows = await loadGrid(ctx, ctx.db, unit, query.year);
  const data = await performanceRatingTemplate(unit.name, query.year, rows);
  const ascii = foldForSearch(unit.code).replace(/[^a-z0-9]+/g, '-');
  return { data, filename: `danh-gia-xep-loai-${ascii}-${query.year}.xlsx` };
}

export async function importPerformanceRatings(ctx: ActorCtx, query: { unit: string; year: number }, data: Buffer) {
  requireCapability(ctx.actor, 'managePerformanceRatings');
  const unit = await getUnitByCode(ctx, query.unit);
  authorizeAchievementUnit(ctx.actor, 'write', unit);
  return applyPerformanceRatings(ctx, query.unit, query.year, await readPerformanceRatingSheet(data));
}
