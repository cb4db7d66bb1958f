// The low-level steps every tree change is made of: versions over time, materialised paths, date rules.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { vietnamToday } from '../../../shared/dates.ts';
import { foldForSearch } from '../../../shared/text/fold.ts';
import { units, unitVersions } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import type { UnitRow } from './unit-rows.ts';

export type VersionFields = Pick<
  UnitRow,
  'name' | 'shortName' | 'kind' | 'parentId' | 'reportingParentId' | 'sector' | 'province'
>;

export function searchKeyOf(unit: { name: string; shortName: string | null; code: string }): string {
  return foldForSearch([unit.name, unit.shortName ?? '', unit.code].join(' '));
}

/** The effective date of a change: today by default, never in the future, never before the unit's last change. */
export async function effectiveDateFor(tx: Tx, unitIds: number[], requested: string | undefined): Promise<string> {
  const today = vietnamToday();
  const date = requested ?? today;
  if (date > today) {
    throw badRequest(
      'units.effective_date_in_future',
      'Ngày hiệu lực không được sau hôm nay.',
      'The effective date cannot be in the future.',
      [
        {
          field: 'body.effectiveDate',
          message: 'Ngày hiệu lực không được sau hôm nay.',
          messageEn: 'Cannot be in the future.',
        },
      ],
    );
  }
  if (unitIds.length > 0) {
    const [row] = await tx
      .select({ last: sql<string>`max(${unitVersions.validFrom})::text` })
      .from(unitVersions)
      .where(sql`${unitVersions.unitId} IN (${sql.join(unitIds, sql`, `)})`);
    if (row?.last && date < row.last) {
      throw badRequest(
        'units.effective_date_before_last_change',
        `Ngày hiệu lực phải từ ngày ${row.last.split('-').reverse().join('/')} trở đi (ngày thay đổi gần nhất).`,
        `The effective date must be on or after ${row.last}, the last change.`,
        [
          {
            field: 'body.effectiveDate',
            message: 'Trước ngày thay đổi gần nhất.',
            messageEn: 'Before the last change.',
          },
        ],
      );
    }
  }
  return date;
}

/** Closes the open version on `date` and opens one with `fields`; a second change on the same day rewrites that day's version. */
export async function recordVersion(tx: Tx, unit: UnitRow, date: string, fields: VersionFields): Promise<void> {
  const searchKey = searchKeyOf({ name: fields.name, shortName: fields.shortName, code: unit.code });
  const [open] = await tx
    .select()
    .from(unitVersions)
    .where(and(eq(unitVersions.unitId, unit.id), isNull(unitVersions.validTo)));
  if (open && open.validFrom === date) {
    await tx
      .update(unitVersions)
      .set({ ...fields, searchKey })
      .where(eq(unitVersions.id, open.id));
    return;
  }
  if (open) await tx.update(unitVersions).set({ validTo: date }).where(eq(unitVersions.id, open.id));
  await tx.insert(unitVersions).values({ unitId: unit.id, validFrom: date, ...fields, searchKey });
}

/** Ends the unit's existence on `date`: its open version closes and it drops out of today's tree. */
export async function closeUnit(
  tx: Tx,
  unit: UnitRow,
  date: string,
  status: 'merged' | 'split' | 'dissolved',
  mergedIntoId: number | null = null,
): Promise<void> {
  await tx
    .update(unitVersions)
    .set({ validTo: date })
    .where(and(eq(unitVersions.unitId, unit.id), isNull(unitVersions.validTo)));
  await tx
    .update(units)
    .set({ status, validTo: date, mergedIntoId, updatedAt: sql`now()` })
    .where(eq(units.id, unit.id));
}

/** Rewrites the materialised paths of a unit's subtree after its parent or reporting parent changed. */
export async function rewritePaths(
  tx: Tx,
  column: 'path' | 'report_path',
  oldPrefix: string,
  newPrefix: string,
): Promise<void> {
  if (oldPrefix === newPrefix) return;
  await tx.execute(
    sql`UPDATE units SET ${sql.identifier(column)} = ${newPrefix} || substr(${sql.identifier(column)}, ${oldPrefix.length + 1})
        WHERE ${sql.identifier(column)} LIKE ${oldPrefix + '%'}`,
  );
}

/** Moves one unit under a new parent on `date`: paths of its subtree, the reporting line where it follows the parent, a new version. */
export async function reparent(tx: Tx, unit: UnitRow, parent: UnitRow, date: string): Promise<void> {
  const newPath = `${parent.path}${unit.id}/`;
  await rewritePaths(tx, 'path', unit.path, newPath);
  if (unit.reportingParentId === null) {
    await rewritePaths(tx, 'report_path', unit.reportPath, `${parent.reportPath}${unit.id}/`);
  }
  await tx
    .update(units)
    .set({ parentId: parent.id, updatedAt: sql`now()` })
    .where(eq(units.id, unit.id));
  await recordVersion(tx, unit, date, { ...versionFieldsOf(unit), parentId: parent.id });
}

export function versionFieldsOf(unit: UnitRow): VersionFields {
  const { name, shortName, kind, parentId, reportingParentId, sector, province } = unit;
  return { name, shortName, kind, parentId, reportingParentId, sector, province };
}

/** Whether `candidate` sits inside `unit`'s subtree along either line: the guard against cycles. */
export function isInsideSubtree(
  candidate: Pick<UnitRow, 'path' | 'reportPath'>,
  unit: Pick<UnitRow, 'path' | 'reportPath'>,
): boolean {
  return candidate.path.startsWith(unit.path) || candidate.reportPath.startsWith(unit.reportPath);
}
