// What a draft movement is made of besides its header: the criteria score sheet (groups and criteria) and the
// units it covers. Both are fixed at launch, because pledges and scores are made against them.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { CriteriaBody, Movement } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import { movementCriteria, movementUnits } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { badRequest } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { loadCriteria, totalOf } from './movement-rows.ts';
import { grassrootsUnder, isBelow, loadUnit, requireUnitsUnder } from './movement-units.ts';
import { getMovement, lockMovement, requireStatus } from './movements.service.ts';

type Item = CriteriaBody['items'][number];

/** Two decimals at most, as the column keeps them. */
function checkPoints(items: readonly Item[]): void {
  items.forEach((item, index) => {
    const all = [{ value: item.maxPoints, path: `body.items.${index}.maxPoints` }].concat(
      (item.children ?? []).map((child, inner) => ({
        value: child.maxPoints,
        path: `body.items.${index}.children.${inner}.maxPoints`,
      })),
    );
    for (const { value, path } of all) {
      // 0.29 * 100 is 28.999999999999996 in binary floating point: compare with a tolerance, not exactly.
      if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) {
        throw badRequest(
          'movements.invalid_points',
          'Điểm tối đa có nhiều nhất hai chữ số thập phân.',
          'Points have at most two decimals.',
          [{ field: path, message: 'Tối đa hai chữ số thập phân.', messageEn: 'At most two decimals.' }],
        );
      }
    }
  });
}

/** Replaces the whole score sheet of a draft: the form sends the tree again. */
export async function replaceCriteria(ctx: ActorCtx, id: number, body: CriteriaBody): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  checkPoints(body.items);
  await withWrite(ctx, async (tx, audit) => {
    const { movement } = await lockMovement(ctx, tx, id);
    requireStatus(movement, ['draft'], 'sửa bảng tiêu chí');
    const before = await loadCriteria(tx, id);
    await tx
      .delete(movementCriteria)
      .where(and(eq(movementCriteria.movementId, id), isNotNull(movementCriteria.parentId)));
    await tx.delete(movementCriteria).where(eq(movementCriteria.movementId, id));
    let position = 0;
    for (const item of body.items) {
      const children = item.children ?? [];
      // A group is worth what its criteria are worth, whatever the form typed for it.
      const groupPoints = children.length
        ? children.reduce((sum, child) => sum + Math.round(child.maxPoints * 100), 0) / 100
        : item.maxPoints;
      const [group] = await tx
        .insert(movementCriteria)
        .values({
          movementId: id,
          position: ++position,
          title: item.title,
          maxPoints: String(groupPoints),
          scale: item.scale || null,
          evidenceRequired: item.evidenceRequired || null,
        })
        .returning({ id: movementCriteria.id });
      if (children.length) {
        await tx.insert(movementCriteria).values(
          children.map((child) => ({
            movementId: id,
            parentId: group!.id,
            position: ++position,
            title: child.title,
            maxPoints: String(child.maxPoints),
            scale: child.scale || null,
            evidenceRequired: child.evidenceRequired || null,
          })),
        );
      }
    }
    audit({
      action: 'movement.update',
      entity: 'movement',
      entityId: id,
      unitId: movement.launchingUnitId,
      before: { criteria: before, totalPoints: totalOf(before) },
      after: { criteria: body.items },
    });
  });
  return getMovement(ctx, id);
}

/** Sets the covered units of a draft; each must be an operating unit below the launching unit. */
export async function setCoveredUnits(ctx: ActorCtx, id: number, unitIds: number[]): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const { movement, launching, covered } = await lockMovement(ctx, tx, id);
    requireStatus(movement, ['draft'], 'sửa danh sách đơn vị tham gia');
    const wanted = [...new Set(unitIds)];
    await requireUnitsUnder(tx, wanted, launching, 'body.unitIds');
    const had = new Set(covered.map((unit) => unit.id));
    const removed = [...had].filter((unitId) => !wanted.includes(unitId));
    const added = wanted.filter((unitId) => !had.has(unitId));
    if (removed.length) {
      await tx
        .delete(movementUnits)
        .where(and(eq(movementUnits.movementId, id), inArray(movementUnits.unitId, removed)));
    }
    if (added.length) await tx.insert(movementUnits).values(added.map((unitId) => ({ movementId: id, unitId })));
    audit({
      action: 'movement.update',
      entity: 'movement',
      entityId: id,
      unitId: movement.launchingUnitId,
      before: { coveredUnitIds: [...had] },
      after: { coveredUnitIds: wanted, added, removed },
    });
  });
  return getMovement(ctx, id);
}

/** The shortcut "every grassroots union under this unit": adds them to what the draft already covers. */
export async function addGrassrootsUnits(ctx: ActorCtx, id: number, underUnitId: number): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const { movement, launching, covered } = await lockMovement(ctx, tx, id);
    requireStatus(movement, ['draft'], 'sửa danh sách đơn vị tham gia');
    const top = await loadUnit(tx, underUnitId);
    if (!top || !isBelow(top, launching, true)) {
      throw badRequest(
        'movements.unit_outside',
        `Đơn vị được chọn không thuộc phạm vi của ${launching.name}.`,
        `The unit is not under ${launching.name}.`,
        [
          {
            field: 'body.underUnitId',
            message: `Phải thuộc ${launching.name}.`,
            messageEn: `Must be under ${launching.name}.`,
          },
        ],
      );
    }
    const had = new Set(covered.map((unit) => unit.id));
    const added = (await grassrootsUnder(tx, top)).filter((unit) => !had.has(unit.id) && unit.id !== launching.id);
    if (added.length) await tx.insert(movementUnits).values(added.map((unit) => ({ movementId: id, unitId: unit.id })));
    audit({
      action: 'movement.update',
      entity: 'movement',
      entityId: id,
      unitId: movement.launchingUnitId,
      before: { coveredUnitIds: [...had] },
      after: { added: added.map((unit) => unit.id), grassrootsUnder: underUnitId },
    });
  });
  return getMovement(ctx, id);
}
