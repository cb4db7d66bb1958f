// Reorganisations that end a unit: merge into another, split into several, dissolve.
import { and, eq, isNull } from 'drizzle-orm';
import type { SplitUnitBody, Unit } from '../../../shared/contracts/units.ts';
import type { ActorCtx } from '../../context.ts';
import { units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import { authorizeUnit } from '../../policies/units.policy.ts';
import { lockUnit, selectUnitById, toUnitDto, type UnitRow } from './unit-rows.ts';
import { assertCanTake, insertUnit, snapshot } from './units.commands.ts';
import { closeUnit, effectiveDateFor, reparent } from './tree-changes.ts';
import { countOpenPeople, followUnit } from '../members/membership-changes.ts';

async function activeChildren(tx: Tx, unitId: number): Promise<UnitRow[]> {
  return tx
    .select()
    .from(units)
    .where(and(eq(units.parentId, unitId), isNull(units.validTo)))
    .orderBy(units.id)
    .for('update');
}

/** Merges `id` into `targetId`: the children move to the target, the unit closes as merged. */
export async function mergeUnit(
  ctx: ActorCtx,
  id: number,
  input: { targetId: number; effectiveDate?: string | undefined },
): Promise<Unit> {
  await withWrite(ctx, async (tx, audit) => {
    const unit = await lockUnit(tx, id);
    authorizeUnit(ctx.actor, 'merge', unit);
    const target = await lockUnit(tx, input.targetId);
    authorizeUnit(ctx.actor, 'update', target);
    if (target.id === unit.id) {
      throw badRequest(
        'units.merge_into_self',
        'Không thể sáp nhập một đơn vị vào chính nó.',
        'A unit cannot merge into itself.',
        [{ field: 'body.targetId', message: 'Trùng với đơn vị bị sáp nhập.', messageEn: 'Same unit.' }],
      );
    }
    if (target.kind !== unit.kind) {
      throw badRequest(
        'units.merge_kind_mismatch',
        `Chỉ sáp nhập được vào đơn vị cùng loại với ${unit.name}.`,
        'Units merge only into a unit of the same kind.',
        [{ field: 'body.targetId', message: 'Khác loại đơn vị.', messageEn: 'Different kind.' }],
      );
    }
    const children = await activeChildren(tx, unit.id);
    for (const child of children) assertCanTake(target, child);
    if (target.path.startsWith(unit.path)) {
      throw badRequest(
        'units.cycle',
        'Không thể sáp nhập vào đơn vị cấp dưới của chính nó.',
        'Cannot merge into its own subtree.',
      );
    }
    const date = await effectiveDateFor(
      tx,
      [unit.id, target.id, ...children.map((child) => child.id)],
      input.effectiveDate,
    );
    for (const child of children) {
      await reparent(tx, child, target, date);
      audit({
        action: 'unit.move',
        entity: 'unit',
        entityId: child.id,
        unitId: child.id,
        before: snapshot(child),
        after: { parentId: target.id, effectiveDate: date, reason: 'merge' },
      });
    }
    await followUnit(tx, audit, unit.id, target.id, date);
    await closeUnit(tx, unit, date, 'merged', target.id);
    audit({
      action: 'unit.merge',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit),
      after: {
        status: 'merged',
        mergedIntoId: target.id,
        validTo: date,
        movedChildIds: children.map((child) => child.id),
      },
    });
  });
  return toUnitDto(ctx, (await selectUnitById(ctx.db, input.targetId))!);
}

/** Splits a unit into new units of the same kind under the same parent; each child goes to one part. */
export async function splitUnit(ctx: ActorCtx, id: number, input: SplitUnitBody): Promise<Unit[]> {
  const created = await withWrite(ctx, async (tx, audit) => {
    const unit = await lockUnit(tx, id);
    authorizeUnit(ctx.actor, 'split', unit);
    const parent = await lockUnit(tx, unit.parentId!);
    const reporting = unit.reportingParentId ? await lockUnit(tx, unit.reportingParentId) : null;
    const children = await activeChildren(tx, unit.id);
    const childIds = new Set(children.map((child) => child.id));
    const assigned = new Map<number, number>();
    input.parts.forEach((part, partIndex) => {
      (part.childIds ?? []).forEach((childId, childIndex) => {
        const field = `body.parts.${partIndex}.childIds.${childIndex}`;
        if (!childIds.has(childId)) {
          throw badRequest(
            'units.split_unknown_child',
            `Đơn vị ${childId} không trực thuộc ${unit.name}.`,
            `Unit ${childId} is not a child of the split unit.`,
            [{ field, message: 'Không phải đơn vị trực thuộc.', messageEn: 'Not a child.' }],
          );
        }
        if (assigned.has(childId)) {
          throw badRequest(
            'units.split_child_twice',
            'Một đơn vị trực thuộc được giao cho hai phần.',
            'A child is assigned to two parts.',
            [{ field, message: 'Đã giao cho phần khác.', messageEn: 'Assigned twice.' }],
          );
        }
        assigned.set(childId, partIndex);
      });
    });
    const unassigned = children.filter((child) => !assigned.has(child.id));
    if (unassigned.length > 0) {
      throw badRequest(
        'units.split_child_unassigned',
        `Chưa giao các đơn vị trực thuộc: ${unassigned.map((child) => child.name).join(', ')}.`,
        `Children not assigned to a part: ${unassigned.map((child) => child.code).join(', ')}.`,
        unassigned.map((child) => ({
          field: 'body.parts',
          message: `Chưa giao ${child.name}.`,
          messageEn: `${child.code} unassigned.`,
        })),
      );
    }
    const codes = input.parts.map((part) => part.code);
    if (new Set(codes).size !== codes.length) {
      throw badRequest('units.split_code_twice', 'Hai phần có cùng mã đơn vị.', 'Two parts have the same code.');
    }
    const date = await effectiveDateFor(tx, [unit.id, ...childIds], input.effectiveDate);
    const parts: UnitRow[] = [];
    for (const part of input.parts) {
      const row = await insertUnit(
        tx,
        {
          code: part.code,
          name: part.name,
          shortName: part.shortName ?? null,
          kind: unit.kind,
          parentId: parent.id,
          reportingParentId: reporting?.id ?? null,
          sector: unit.sector,
          province: unit.province,
          validFrom: date,
        },
        parent,
        reporting,
      );
      parts.push(row);
      audit({
        action: 'unit.create',
        entity: 'unit',
        entityId: row.id,
        unitId: row.id,
        after: { ...snapshot(row), splitFromId: unit.id },
      });
    }
    for (const child of children) {
      const target = parts[assigned.get(child.id)!]!;
      await reparent(tx, child, target, date);
      audit({
        action: 'unit.move',
        entity: 'unit',
        entityId: child.id,
        unitId: child.id,
        before: snapshot(child),
        after: { parentId: target.id, effectiveDate: date, reason: 'split' },
      });
    }
    const peopleCount = await countOpenPeople(tx, unit.id);
    if (peopleCount > 0) {
      const part = input.membersToPart === undefined ? undefined : parts[input.membersToPart];
      if (!part) {
        throw badRequest(
          'units.split_members_unassigned',
          `Cần chọn đơn vị mới nhận đoàn viên và người lao động của ${unit.name}.`,
          'Choose the part that takes the unit’s members and workers.',
          [{ field: 'body.membersToPart', message: 'Chọn đơn vị nhận đoàn viên.', messageEn: 'Required.' }],
        );
      }
      await followUnit(tx, audit, unit.id, part.id, date);
    }
    await closeUnit(tx, unit, date, 'split');
    audit({
      action: 'unit.split',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit),
      after: { status: 'split', validTo: date, partIds: parts.map((part) => part.id) },
    });
    return parts;
  });
  const rows = await Promise.all(created.map((part) => selectUnitById(ctx.db, part.id)));
  return rows.map((row) => toUnitDto(ctx, row!));
}

/** Dissolves a unit that has no active children left. */
export async function dissolveUnit(
  ctx: ActorCtx,
  id: number,
  input: { reason: string; effectiveDate?: string | undefined },
): Promise<Unit> {
  await withWrite(ctx, async (tx, audit) => {
    const unit = await lockUnit(tx, id);
    authorizeUnit(ctx.actor, 'dissolve', unit);
    const children = await activeChildren(tx, unit.id);
    if (children.length > 0) {
      throw conflict(
        'units.has_active_children',
        `${unit.name} còn ${children.length} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước.`,
        `The unit still has ${children.length} active child unit(s).`,
      );
    }
    if ((await countOpenPeople(tx, unit.id)) > 0) {
      throw conflict(
        'units.has_members',
        `${unit.name} còn đoàn viên hoặc người lao động; hãy chuyển sinh hoạt cho họ trước khi giải thể.`,
        'The unit still has members or workers.',
      );
    }
    const date = await effectiveDateFor(tx, [unit.id], input.effectiveDate);
    await closeUnit(tx, unit, date, 'dissolved');
    audit({
      action: 'unit.dissolve',
      entity: 'unit',
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit),
      after: { status: 'dissolved', validTo: date, reason: input.reason },
    });
  });
  return toUnitDto(ctx, (await selectUnitById(ctx.db, id))!);
}
