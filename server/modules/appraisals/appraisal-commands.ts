// The three ways rows reach the grid: the screen's form, the template to fill in, and the filled template.
import type { SaveAppraisalsBody, SaveAppraisalsResult } from '../../../shared/contracts/appraisals.ts';
import { foldForSearch } from '../../../shared/text/index.ts';
import type { ActorCtx } from '../../context.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeAchievementUnit } from '../../policies/initiatives.policy.ts';
import { getUnitByCode } from '../units/units.service.ts';
import { loadGrid } from './appraisal-grid.ts';
import { appraisalTemplate, readAppraisalSheet } from './appraisal-sheet.ts';
import { applyAppraisals } from './appraisals.service.ts';

const FIELD_LABELS = {
  personId: 'mã người',
  rating: 'xếp loại',
  daysAbsent: 'số ngày nghỉ',
  disciplineLevel: 'hình thức kỷ luật',
  disciplineDecisionNo: 'số quyết định kỷ luật',
  disciplineDecisionDate: 'ngày quyết định kỷ luật',
  note: 'ghi chú',
} as const;

export async function saveAppraisals(ctx: ActorCtx, body: SaveAppraisalsBody): Promise<SaveAppraisalsResult> {
  return applyAppraisals(
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

export async function appraisalTemplateFile(ctx: ActorCtx, query: { unit: string; year: number }) {
  requireCapability(ctx.actor, 'manageAppraisals');
  const unit = await getUnitByCode(ctx, query.unit);
  authorizeAchievementUnit(ctx.actor, 'write', unit);
  const rows = await loadGrid(ctx, ctx.db, unit, query.year);
  const data = await appraisalTemplate(unit.name, query.year, rows);
  const ascii = foldForSearch(unit.code).replace(/[^a-z0-9]+/g, '-');
  return { data, filename: `danh-gia-xep-loai-${ascii}-${query.year}.xlsx` };
}

export async function importAppraisals(ctx: ActorCtx, query: { unit: string; year: number }, data: Buffer) {
  requireCapability(ctx.actor, 'manageAppraisals');
  const unit = await getUnitByCode(ctx, query.unit);
  authorizeAchievementUnit(ctx.actor, 'write', unit);
  return applyAppraisals(ctx, query.unit, query.year, await readAppraisalSheet(data));
}
