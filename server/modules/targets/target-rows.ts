// Reading targets with everything a screen shows about them: both units, the indicator's source, the
// evidence file's name and who reported.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Target } from '../../../shared/contracts/targets.ts';
import type { ActorCtx } from '../../context.ts';
import { attachments, targetIndicators, targets, units, users } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import { targetAbilities } from '../../policies/targets.policy.ts';

type Reader = ActorCtx['db'] | Tx;

const targetUnit = alias(units, 'target_unit');
const setByUnit = alias(units, 'set_by_unit');

const placed = (table: typeof targetUnit | typeof setByUnit) => ({
  id: table.id,
  code: table.code,
  name: table.name,
  path: table.path,
  reportPath: table.reportPath,
});

/** Target rows matching `where` (written on `targets`, `target_unit`, `set_by_unit`, `target_indicators`). */
export function selectTargetRows(db: Reader, where: SQL | undefined) {
  return db
    .select({
      target: targets,
      source: targetIndicators.source,
      unit: placed(targetUnit),
      setByUnit: placed(setByUnit),
      file: {
        id: attachments.id,
        fileName: attachments.fileName,
        mimeType: attachments.mimeType,
        byteSize: attachments.byteSize,
      },
      reportedBy: users.displayName,
    })
    .from(targets)
    .innerJoin(targetIndicators, eq(targetIndicators.id, targets.indicatorId))
    .innerJoin(targetUnit, eq(targetUnit.id, targets.unitId))
    .innerJoin(setByUnit, eq(setByUnit.id, targets.setByUnitId))
    .leftJoin(attachments, eq(attachments.id, targets.evidenceAttachmentId))
    .leftJoin(users, eq(users.id, targets.reportedBy))
    .where(where)
    .orderBy(sql`${targetUnit.name} COLLATE "vi-x-icu"`, targets.id);
}

export type TargetRow = Awaited<ReturnType<typeof selectTargetRows>>[number];

/** One target by id, 404 when there is none; the caller authorizes. */
export async function loadTarget(db: Reader, id: number): Promise<TargetRow> {
  const [row] = await selectTargetRows(db, eq(targets.id, id));
  if (!row) throw notFound('targets');
  return row;
}

/** Targets of the given units for one period, any indicator. */
export function targetsOfUnitsWhere(unitIds: number[], from: string, to: string): SQL | undefined {
  return and(inArray(targets.unitId, unitIds), eq(targets.periodStart, from), eq(targets.periodEnd, to));
}

const ref = (unit: { id: number; code: string; name: string }) => ({ id: unit.id, code: unit.code, name: unit.name });

export function toTargetDto(ctx: ActorCtx, row: TargetRow): Target {
  const { target } = row;
  return {
    id: target.id,
    indicatorId: target.indicatorId,
    unit: ref(row.unit),
    setByUnit: ref(row.setByUnit),
    periodStart: target.periodStart,
    periodEnd: target.periodEnd,
    targetValue: target.targetValue,
    note: target.note,
    reportedValue: target.reportedValue,
    evidence: target.evidence,
    evidenceFile: row.file,
    reportedBy: row.reportedBy,
    reportedAt: target.reportedAt ? target.reportedAt.toISOString() : null,
    abilities: targetAbilities(ctx.actor, { unit: row.unit, setByUnit: row.setByUnit, source: row.source }),
  };
}
