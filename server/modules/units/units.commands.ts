// Changing the tree one unit at a time: create, edit, move under another parent.
import { eq, sql } from 'drizzle-orm';
import { allowedChildKinds, unitKindLabels, type UnitKind } from '../../../shared/enums.ts';
import type { Unit } from '../../../shared/contracts/units.ts';
import type { ActorCtx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import { authorizeUnit } from '../../policies/units.policy.ts';
import { lockUnit, selectUnitById, toUnitDto, type UnitRow } from './unit-rows.ts';
import {
  effectiveDateFor,
  isInsideSubtree,
  recordVersion,
  reparent,
  rewritePaths,
  searchKeyOf,
  versionFieldsOf,
} from './tree-changes.ts';

export type CreateUnitInput = {
  code: string;
  kind: UnitKind;
  parentId: number;
  reportingParentId?: number | null | undefined;
  validFrom?: string | undefined;
  name: string;
  shortName?: string | null | undefined;
  sector: 'public' | 'non_public';
  province?: string | null | undefined;
};

export function assertChildKind(parent: Pick<UnitRow, 'kind' | 'name'>, kind: UnitKind): void {
  if (!allowedChildKinds[parent.kind].includes(kind)) {
    const vi = `${unitKindLabels[kind].vi} không thể trực thuộc ${unitKindLabels[parent.kind].vi.toLowerCase()} (${parent.name}).`;
    throw badRequest(
      'units.kind_not_allowed_under_parent',
      vi,
      `A ${unitKindLabels[kind].en} cannot sit under a ${unitKindLabels[parent.kind].en}.`,
      [{ field: 'body.kind', message: vi, messageEn: 'Kind not allowed under this parent.' }],
    );
  }
}

export function assertAcceptsChildren(parent: UnitRow): void {
  if (parent.status !== 'active') {
    throw conflict(
      'units.parent_not_active',
      `${parent.name} đã ${parent.status === 'merged' ? 'sáp nhập' : parent.status === 'split' ? 'chia tách' : 'giải thể'}, không nhận thêm đơn vị trực thuộc.`,
      `${parent.name} is no longer active and takes no new children.`,
    );
  }
}

async function assertCodeFree(tx: Tx, code: string, field = 'body.code'): Promise<void> {
  const [taken] = await tx.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (taken) {
    throw conflict('units.code_taken', `Mã đơn vị ${code} đã được dùng.`, `Unit code ${code} is already used.`, [
      { field, message: `Mã ${code} đã được dùng.`, messageEn: 'Code already used.' },
    ]);
  }
}

/** The reporting parent must exist in the actor's reach and must not sit below the unit itself. */
async function loadReportingParent(ctx: ActorCtx, tx: Tx, id: number, unit: UnitRow | null): Promise<UnitRow> {
  const reporting = await lockUnit(tx, id);
  authorizeUnit(ctx.actor, 'read', reporting);
  assertAcceptsChildren(reporting);
  if (unit && (reporting.id === unit.id || isInsideSubtree(reporting, unit))) {
    throw badRequest(
      'units.cycle',
      'Không thể báo cáo về một đơn vị cấp dưới của chính nó.',
      'That would make a cycle.',
      [{ field: 'body.reportingParentId', message: 'Tạo vòng lặp trong cơ cấu.', messageEn: 'Cycle.' }],
    );
  }
  return reporting;
}

/** Insert a unit row and its first version; paths need the new id, so they are set right after. */
export async function insertUnit(
  tx: Tx,
  input: Omit<CreateUnitInput, 'validFrom'> & { validFrom: string },
  parent: UnitRow,
  reporting: UnitRow | null,
): Promise<UnitRow> {
  await assertCodeFree(tx, input.code);
  const fields = {
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    parentId: parent.id,
    reportingParentId: reporting?.id ?? null,
    sector: input.sector,
    province: input.province ?? parent.province,
  };
  const [inserted] = await tx
    .insert(units)
    .values({
      ...fields,
      code: input.code,
      path: '',
      reportPath: '',
      validFrom: input.validFrom,
      searchKey: searchKeyOf({ ...fields, code: input.code }),
    })
    .returning();
  const [row] = await tx
    .update(units)
    .set({ path: `${parent.path}${inserted!.id}/`, reportPath: `${(reporting ?? parent).reportPath}${inserted!.id}/` })
    .where(eq(units.id, inserted!.id))
    .returning();
  await recordVersion(tx, row!, input.validFrom, fields);
  return row!;
}

export async function createUnit(ctx: ActorCtx, input: CreateUnitInput): Promise<Unit> {
  const created = await withWrite(ctx, async (tx, audit) => {
    const parent = await lockUnit(tx, input.parentId);
    authorizeUnit(ctx.actor, 'createChild', parent);
    assertAcceptsChildren(parent);
    assertChildKind(parent, input.kind);
    const reporting = input.reportingParentId
      ? await loadReportingParent(ctx, tx, input.reportingParentId, null)
      : null;
    const validFrom = await effectiveDateFor(tx, [], input.validFrom);
    const row = await insertUnit(tx, { ...input, validFrom }, parent, reporting);
    audit({ action: 'unit.create', entity: 'unit', entityId: row.id, unitId: row.id, after: snapshot(row) });
    return row;
  });
  return toUnitDto(ctx, (await selectUnitById(ctx.db, created.id))!);
}

export type UpdateUnitInput = {
  name?: string | undefined;
  shortName?: string | null | undefined;
  sector?: 'public' | 'non_public' | undefined;
  province?: string | null | undefined;
  reportingParentId?: number | null | undefined;
  effectiveDate?: string | undefined;
};

export async function updateUnit(ctx: ActorCtx, id: number, input: UpdateUnitInput): Promise<Unit> {
  await withWrite(ctx, async (tx, audit) => {
    const unit = await lockUnit(tx, id);
    authorizeUnit(ctx.actor, 'update', unit);
    const date = await effectiveDateFor(tx, [unit.id], input.effectiveDate);
    const next = { ...versionFieldsOf(unit) };
    if (input.name !== undefined) next.name = input.name;
    if (input.shortName !== undefined) next.shortName = input.shortName;
    if (input.sector !== undefined) next.sector = input.sector;
    if (input.province !== undefined) next.province = input.province;
    if (input.reportingParentId !== undefined && input.reportingParentId !== unit.reportingParentId) {
      const reporting = input.reportingParentId
        ? await loadReportingParent(ctx, tx, input.reportingParentId, unit)
        : null;
      const base = reporting ?? (await lockUnit(tx, unit.parentId!));
      await rewritePaths(tx, 'report_path', unit.reportPath, `${base.reportPath}${unit.id}/`);
      next.reportingParentId = reporting?.id ?? null;
    }
    const [after] = await tx
      .update(units)
      .set({ ...next, searchKey: searchKeyOf({ ...next, code: unit.code }), updatedAt: sql`now()` })
      .where(eq(units.id, unit.id))
      .returning();
    await recordVersion(tx, unit, date, next);
    audit({
      action: 'unit.update',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit),
      after: { ...snapshot(after!), effectiveDate: date },
    });
  });
  return toUnitDto(ctx, (await selectUnitById(ctx.db, id))!);
}

/** Checks that `parent` may take `unit` as a child, for a move or a merge's children. */
export function assertCanTake(parent: UnitRow, unit: UnitRow): void {
  assertAcceptsChildren(parent);
  assertChildKind(parent, unit.kind);
  if (parent.id === unit.id || isInsideSubtree(parent, unit)) {
    throw badRequest(
      'units.cycle',
      `Không thể chuyển ${unit.name} vào đơn vị cấp dưới của chính nó.`,
      'A unit cannot move under its own subtree.',
      [{ field: 'body.parentId', message: 'Tạo vòng lặp trong cơ cấu.', messageEn: 'Cycle.' }],
    );
  }
}

export async function moveUnit(
  ctx: ActorCtx,
  id: number,
  input: { parentId: number; effectiveDate?: string | undefined },
): Promise<Unit> {
  await withWrite(ctx, async (tx, audit) => {
    const unit = await lockUnit(tx, id);
    authorizeUnit(ctx.actor, 'move', unit);
    const parent = await lockUnit(tx, input.parentId);
    authorizeUnit(ctx.actor, 'createChild', parent);
    if (parent.id === unit.parentId) {
      throw badRequest(
        'units.same_parent',
        `${unit.name} đã trực thuộc ${parent.name}.`,
        'The unit is already under this parent.',
        [{ field: 'body.parentId', message: 'Đã là đơn vị cấp trên hiện tại.', messageEn: 'Already the parent.' }],
      );
    }
    assertCanTake(parent, unit);
    const date = await effectiveDateFor(tx, [unit.id], input.effectiveDate);
    await reparent(tx, unit, parent, date);
    const after = await lockUnit(tx, unit.id);
    audit({
      action: 'unit.move',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit),
      after: { ...snapshot(after), effectiveDate: date },
    });
  });
  return toUnitDto(ctx, (await selectUnitById(ctx.db, id))!);
}

/** What the audit log keeps of a unit: its fields, without the derived paths, search key and timestamps. */
export function snapshot(unit: UnitRow) {
  const {
    path: _path,
    reportPath: _reportPath,
    searchKey: _searchKey,
    createdAt: _created,
    updatedAt: _updated,
    ...kept
  } = unit;
  return kept;
}
