// Setting targets in bulk: one indicator and period, the setting unit and the units below it as rows,
// every row checked first and all of them stored in one transaction, or none.
import { and, eq, inArray } from 'drizzle-orm';
import type { BulkTargetsBody, Plan, Target } from '../../../shared/contracts/targets.ts';
import { formatDateVi } from '../../../shared/dates.ts';
import { formatViNumber } from '../../../shared/format-number.ts';
import type { ErrorDetail } from '../../errors.ts';
import type { ActorCtx } from '../../context.ts';
import { targets, units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { selectUnitById, type UnitView } from '../units/unit-rows.ts';
import { figureProblem, isUniqueViolation } from './figures.ts';
import { loadIndicator, usableAt, type IndicatorRow } from './indicators.service.ts';
import { selectTargetRows, toTargetDto } from './target-rows.ts';
import { authorizeSetTargets } from '../../policies/targets.policy.ts';
import { isInSubtree, placedUnitColumns, selectChildUnits } from './unit-children.ts';

const ref = (unit: { id: number; code: string; name: string }) => ({ id: unit.id, code: unit.code, name: unit.name });

/** The period's dates in order; the end may equal the start (a one-day campaign). */
export function checkPeriod(start: string, end: string, field = 'body.periodEnd'): void {
  if (end < start) {
    throw badRequest(
      'targets.period_invalid',
      `Ngày kết thúc (${formatDateVi(end)}) trước ngày bắt đầu (${formatDateVi(start)}).`,
      'The period ends before it starts.',
      [{ field, message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.', messageEn: 'Must be on or after the start.' }],
    );
  }
}

/** The setting unit, authorized: 404 out of scope, 403 without an officer's role on it. */
async function settingUnit(ctx: ActorCtx, db: ActorCtx['db'] | Tx, id: number): Promise<UnitView> {
  const unit = await selectUnitById(db, id);
  if (!unit) throw notFound('units');
  authorizeSetTargets(ctx.actor, unit);
  return unit;
}

/** An indicator targets can be set for at `setter`: known, not archived, defined at or above it. */
function usableIndicator(indicator: IndicatorRow, setter: UnitView): void {
  const field = 'body.indicatorId';
  if (indicator.indicator.archivedAt) {
    throw badRequest('targets.indicator_archived', 'Chỉ tiêu này đã ngừng sử dụng.', 'The indicator is archived.', [
      { field, message: 'Đã ngừng sử dụng.', messageEn: 'Archived.' },
    ]);
  }
  if (!usableAt(indicator, setter)) {
    const owner = indicator.owner?.name ?? '';
    throw badRequest(
      'targets.indicator_not_usable',
      `Chỉ tiêu “${indicator.indicator.name}” do ${owner} định nghĩa, chỉ dùng được trong ${owner} và các đơn vị trực thuộc.`,
      'The indicator can only be used within the subtree of the unit that defined it.',
      [{ field, message: 'Không dùng được tại đơn vị này.', messageEn: 'Not usable at this unit.' }],
    );
  }
}

function rowError(index: number, field: string, vi: string, en: string): ErrorDetail {
  return {
    row: index + 1,
    field: `body.rows.${index}.${field}`,
    message: `Dòng ${index + 1}: ${vi}`,
    messageEn: `Row ${index + 1}: ${en}`,
  };
}

/** Every problem of every row, so the form can mark them all at once. */
async function checkRows(tx: Tx, setter: UnitView, input: BulkTargetsBody) {
  const ids = [...new Set(input.rows.map((row) => row.unitId))];
  const found = await tx
    .select({ ...placedUnitColumns, validTo: units.validTo })
    .from(units)
    .where(inArray(units.id, ids));
  const byId = new Map(found.map((unit) => [unit.id, unit]));
  const errors: ErrorDetail[] = [];
  const seen = new Map<number, number>();
  input.rows.forEach((row, index) => {
    const unit = byId.get(row.unitId);
    if (!unit || !isInSubtree(unit, setter)) {
      // Units outside the setter's subtree are not named: the setter may not be allowed to see them.
      errors.push(
        rowError(index, 'unitId', `đơn vị không trực thuộc ${setter.name}.`, `the unit is not under ${setter.code}.`),
      );
    } else if (unit.validTo !== null) {
      errors.push(rowError(index, 'unitId', `${unit.name} không còn hoạt động.`, `${unit.code} is no longer active.`));
    } else if (seen.has(row.unitId)) {
      errors.push(
        rowError(
          index,
          'unitId',
          `${unit.name} đã có ở dòng ${seen.get(row.unitId)! + 1}.`,
          `${unit.code} is already on row ${seen.get(row.unitId)! + 1}.`,
        ),
      );
    }
    if (!seen.has(row.unitId)) seen.set(row.unitId, index);
    const problem = figureProblem(row.targetValue);
    if (problem) {
      const name = unit && isInSubtree(unit, setter) ? ` (${unit.name})` : '';
      errors.push(rowError(index, 'targetValue', `chỉ tiêu${name} ${problem.vi}.`, `the target ${problem.en}.`));
    }
  });
  if (errors.length > 0) {
    throw badRequest(
      'targets.invalid_rows',
      `Có ${errors.length} lỗi trong bảng giao chỉ tiêu; chưa lưu dòng nào.`,
      `${errors.length} problems in the rows; nothing was saved.`,
      errors,
    );
  }
  return byId;
}

/** Targets already set for these units, indicator and period: a duplicate is refused, naming who set it. */
async function refuseDuplicates(tx: Tx, input: BulkTargetsBody) {
  const existing = await selectTargetRows(
    tx,
    and(
      eq(targets.indicatorId, input.indicatorId),
      eq(targets.periodStart, input.periodStart),
      eq(targets.periodEnd, input.periodEnd),
      inArray(
        targets.unitId,
        input.rows.map((row) => row.unitId),
      ),
    ),
  );
  if (existing.length === 0) return;
  const details = input.rows.flatMap((row, index) => {
    const found = existing.find((target) => target.target.unitId === row.unitId);
    if (!found) return [];
    const value = formatViNumber(found.target.targetValue);
    return [
      rowError(
        index,
        'unitId',
        `${found.unit.name} đã có chỉ tiêu ${value} cho kỳ này (do ${found.setByUnit.name} giao); hãy sửa chỉ tiêu đó thay vì giao lại.`,
        `${found.unit.code} already has a target of ${value} for this period.`,
      ),
    ];
  });
  throw conflict(
    'targets.duplicate',
    `${details.length} đơn vị đã có chỉ tiêu này trong kỳ; chưa lưu dòng nào.`,
    `${details.length} units already have this target for the period; nothing was saved.`,
    details,
  );
}

/** Giao chỉ tiêu: one indicator, one period, a target value for each row's unit. Audited row by row. */
export async function setTargets(ctx: ActorCtx, input: BulkTargetsBody): Promise<Target[]> {
  requireCapability(ctx.actor, 'viewTargets');
  const ids = await withWrite(ctx, async (tx, audit) => {
    const setter = await settingUnit(ctx, tx, input.setByUnitId);
    checkPeriod(input.periodStart, input.periodEnd);
    const indicator = await loadIndicator(tx, input.indicatorId).catch(() => {
      throw badRequest('targets.indicator_unknown', 'Không tìm thấy chỉ tiêu.', 'No such indicator.', [
        { field: 'body.indicatorId', message: 'Không tìm thấy chỉ tiêu.', messageEn: 'No such indicator.' },
      ]);
    });
    usableIndicator(indicator, setter);
    await checkRows(tx, setter, input);
    await refuseDuplicates(tx, input);
    const note = input.note?.trim() || null;
    const inserted = await tx
      .insert(targets)
      .values(
        input.rows.map((row) => ({
          indicatorId: indicator.indicator.id,
          unitId: row.unitId,
          setByUnitId: setter.id,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          targetValue: row.targetValue,
          note,
        })),
      )
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw conflict(
            'targets.duplicate',
            'Chỉ tiêu vừa được giao bởi người khác; hãy tải lại.',
            'Set meanwhile by someone else; reload.',
          );
        }
        throw error;
      });
    for (const row of inserted) {
      audit({ action: 'target.set', entity: 'target', entityId: row.id, unitId: row.unitId, after: row });
    }
    return inserted.map((row) => row.id);
  });
  const rows = await selectTargetRows(ctx.db, inArray(targets.id, ids));
  return rows.map((row) => toTargetDto(ctx, row));
}

/** The bulk form's rows: the setting unit, then the units directly below it, each with what is already set. */
export async function getPlan(
  ctx: ActorCtx,
  query: { setBy: number; indicatorId: number; from: string; to: string },
): Promise<Plan> {
  requireCapability(ctx.actor, 'viewTargets');
  const setter = await settingUnit(ctx, ctx.db, query.setBy);
  checkPeriod(query.from, query.to, 'query.to');
  const children = await selectChildUnits(ctx.db, setter.id);
  const unitsInPlan = [setter, ...children];
  const existing = await selectTargetRows(
    ctx.db,
    and(
      eq(targets.indicatorId, query.indicatorId),
      eq(targets.periodStart, query.from),
      eq(targets.periodEnd, query.to),
      inArray(
        targets.unitId,
        unitsInPlan.map((unit) => unit.id),
      ),
    ),
  );
  return {
    setByUnit: ref(setter),
    rows: unitsInPlan.map((unit) => {
      const found = existing.find((row) => row.target.unitId === unit.id);
      return {
        unit: ref(unit),
        self: unit.id === setter.id,
        existing: found
          ? { id: found.target.id, targetValue: found.target.targetValue, setByUnit: ref(found.setByUnit) }
          : null,
      };
    }),
  };
}
