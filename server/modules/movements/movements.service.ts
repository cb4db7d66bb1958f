// Movements: the scoped list, one movement, and drafting, correcting and deleting one; launching and closing
// are in movement-status.ts, the score sheet and covered units in movement-sheet.ts.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Movement, MovementBody, MovementListQuery } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import { movementCriteria, movements, movementUnits, units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeKeeperUnit, authorizeMovement, MOVEMENT_READERS } from '../../policies/movements.policy.ts';
import { scopeWhere } from '../../policies/scope.ts';
import { claimAttachment } from '../attachments/attachments.service.ts';
import { loadMovement, placesOf, toMovementDto, type MovementRow } from './movement-rows.ts';
import { loadUnit, unitRef } from './movement-units.ts';

const coveredUnit = alias(units, 'covered_unit');

/** Visible: the launching unit or one covered unit is in the actor's reading scope. */
function visibleWhere(ctx: ActorCtx): SQL {
  return sql`(${scopeWhere(ctx.actor, MOVEMENT_READERS)} OR EXISTS (
    SELECT 1 FROM ${movementUnits} JOIN ${units} AS ${coveredUnit} ON ${coveredUnit.id} = ${movementUnits.unitId}
    WHERE ${movementUnits.movementId} = ${movements.id}
      AND ${scopeWhere(ctx.actor, MOVEMENT_READERS, coveredUnit)}))`;
}

export async function findMovements(ctx: ActorCtx, query: MovementListQuery) {
  requireCapability(ctx.actor, 'viewMovements');
  const filters: (SQL | undefined)[] = [visibleWhere(ctx)];
  if (query.year) filters.push(eq(movements.year, query.year));
  if (query.kind) filters.push(eq(movements.kind, query.kind));
  if (query.status) filters.push(eq(movements.status, query.status));
  const where = and(...filters);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({
        movement: movements,
        unit: { id: units.id, code: units.code, name: units.name },
        coveredCount: sql<number>`(SELECT count(*)::int FROM movement_units mu WHERE mu.movement_id = ${movements.id})`,
      })
      .from(movements)
      .innerJoin(units, eq(units.id, movements.launchingUnitId))
      .where(where)
      .orderBy(desc(movements.year), desc(movements.startsOn), desc(movements.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(movements)
      .innerJoin(units, eq(units.id, movements.launchingUnitId))
      .where(where),
  ]);
  return {
    items: rows.map(({ movement, unit, coveredCount }) => ({
      id: movement.id,
      name: movement.name,
      kind: movement.kind,
      status: movement.status,
      year: movement.year,
      startsOn: movement.startsOn,
      endsOn: movement.endsOn,
      pledgeDeadline: movement.pledgeDeadline,
      launchingUnit: unitRef(unit),
      coveredCount,
    })),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getMovement(ctx: ActorCtx, id: number): Promise<Movement> {
  requireCapability(ctx.actor, 'viewMovements');
  const loaded = await loadMovement(ctx.db, id);
  authorizeMovement(ctx.actor, 'read', placesOf(loaded));
  return toMovementDto(ctx, loaded);
}

const field = (name: string, vi: string, en: string) => [{ field: `body.${name}`, message: vi, messageEn: en }];

/** The dates must follow each other: a period, a pledge deadline inside it, later deadlines after its start. */
function checkDates(body: MovementBody): void {
  if (body.startsOn > body.endsOn) {
    throw badRequest(
      'movements.invalid_period',
      'Ngày kết thúc phải sau ngày bắt đầu.',
      'The period ends before it starts.',
      field('endsOn', 'Phải từ ngày bắt đầu trở đi.', 'Must be on or after the start.'),
    );
  }
  const year = Number(body.year);
  if (year < Number(body.startsOn.slice(0, 4)) || year > Number(body.endsOn.slice(0, 4))) {
    throw badRequest(
      'movements.year_outside_period',
      `Năm thi đua ${year} không nằm trong thời gian của phong trào.`,
      `The year ${year} is outside the period.`,
      field('year', 'Năm phải nằm trong thời gian phong trào.', 'Must fall within the period.'),
    );
  }
  if (body.pledgeDeadline && (body.pledgeDeadline < body.startsOn || body.pledgeDeadline > body.endsOn)) {
    throw badRequest(
      'movements.invalid_deadline',
      'Hạn đăng ký thi đua phải nằm trong thời gian của phong trào.',
      'The pledge deadline must fall within the period.',
      field('pledgeDeadline', 'Phải nằm trong thời gian phong trào.', 'Must fall within the period.'),
    );
  }
  for (const name of ['selfAssessmentDeadline', 'proposalDeadline'] as const) {
    const value = body[name];
    if (value && value < body.startsOn) {
      throw badRequest(
        'movements.invalid_deadline',
        'Các hạn tự chấm điểm và gửi hồ sơ đề nghị không được trước ngày bắt đầu.',
        'Deadlines cannot come before the start.',
        field(name, 'Không được trước ngày bắt đầu.', 'Cannot come before the start.'),
      );
    }
  }
}

function columnsOf(body: MovementBody) {
  return {
    name: body.name,
    launchingUnitId: body.launchingUnitId,
    kind: body.kind,
    year: Number(body.year),
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    goals: body.goals || null,
    pledgeDeadline: body.pledgeDeadline ?? null,
    selfAssessmentDeadline: body.selfAssessmentDeadline ?? null,
    proposalDeadline: body.proposalDeadline ?? null,
    launchDocumentNo: body.launchDocumentNo || null,
    launchDocumentId: body.launchDocumentId ?? null,
  };
}

/** The launching unit must be in the actor's keeping and still operating. */
async function requireLaunchingUnit(ctx: ActorCtx, tx: Tx, unitId: number) {
  const unit = await loadUnit(tx, unitId);
  if (!unit) throw badRequest('movements.unknown_unit', 'Không tìm thấy đơn vị.', 'No such unit.');
  authorizeKeeperUnit(ctx.actor, unit, 'units');
  if (unit.validTo !== null) {
    throw badRequest(
      'movements.unit_not_active',
      `${unit.name} không còn hoạt động.`,
      'The unit is no longer active.',
      field('launchingUnitId', 'Đơn vị không còn hoạt động.', 'Not active.'),
    );
  }
  return unit;
}

export async function createMovement(ctx: ActorCtx, body: MovementBody): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  checkDates(body);
  const id = await withWrite(ctx, async (tx, audit) => {
    await requireLaunchingUnit(ctx, tx, body.launchingUnitId);
    if (body.launchDocumentId) await claimAttachment(ctx, tx, body.launchDocumentId, 'body.launchDocumentId');
    const [row] = await tx
      .insert(movements)
      .values({ ...columnsOf(body), createdBy: ctx.actor.userId })
      .returning({ id: movements.id });
    audit({
      action: 'movement.create',
      entity: 'movement',
      entityId: row!.id,
      unitId: body.launchingUnitId,
      after: body,
    });
    return row!.id;
  });
  return getMovement(ctx, id);
}

/** Locks the movement for a change and checks the actor keeps it. */
export async function lockMovement(ctx: ActorCtx, tx: Tx, id: number) {
  await tx.select({ id: movements.id }).from(movements).where(eq(movements.id, id)).for('update');
  const loaded = await loadMovement(tx, id);
  authorizeMovement(ctx.actor, 'write', placesOf(loaded));
  return loaded;
}

export function requireStatus(movement: MovementRow, allowed: MovementRow['status'][], what: string): void {
  if (allowed.includes(movement.status)) return;
  const labels = { draft: 'dự thảo', launched: 'đã phát động', closed: 'đã kết thúc' };
  throw conflict(
    'movements.wrong_status',
    `Phong trào đang ở trạng thái “${labels[movement.status]}”: không thể ${what}.`,
    `The movement is ${movement.status}: this step is not allowed.`,
  );
}

/** Once launched, what the covered units registered against stays put: the launching unit, kind and year. */
function checkFixedAfterLaunch(movement: MovementRow, body: MovementBody): void {
  if (movement.status === 'draft') return;
  const changed = (['launchingUnitId', 'kind', 'year'] as const).find(
    (name) => String(body[name]) !== String(movement[name]),
  );
  if (changed) {
    throw conflict(
      'movements.fixed_after_launch',
      'Đã phát động: không đổi được đơn vị phát động, loại hình và năm thi đua.',
      'Launched: the launching unit, kind and year are fixed.',
      field(changed, 'Không đổi được sau khi phát động.', 'Fixed after launch.'),
    );
  }
}

export async function updateMovement(ctx: ActorCtx, id: number, body: MovementBody): Promise<Movement> {
  requireCapability(ctx.actor, 'manageMovements');
  checkDates(body);
  await withWrite(ctx, async (tx, audit) => {
    const { movement } = await lockMovement(ctx, tx, id);
    requireStatus(movement, ['draft', 'launched'], 'sửa');
    checkFixedAfterLaunch(movement, body);
    if (body.launchingUnitId !== movement.launchingUnitId) {
      await requireLaunchingUnit(ctx, tx, body.launchingUnitId);
      // The covered units were chosen under the old launcher; they must be chosen again.
      await tx.delete(movementUnits).where(eq(movementUnits.movementId, id));
    }
    if (body.launchDocumentId && body.launchDocumentId !== movement.launchDocumentId) {
      await claimAttachment(ctx, tx, body.launchDocumentId, 'body.launchDocumentId');
    }
    await tx
      .update(movements)
      .set({ ...columnsOf(body), updatedAt: sql`now()` })
      .where(eq(movements.id, id));
    audit({
      action: 'movement.update',
      entity: 'movement',
      entityId: id,
      unitId: body.launchingUnitId,
      before: movement,
      after: body,
    });
  });
  return getMovement(ctx, id);
}

/** Only a draft is deleted: nothing has been registered, scored or signed against it yet. */
export async function deleteMovement(ctx: ActorCtx, id: number): Promise<void> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const { movement, covered } = await lockMovement(ctx, tx, id);
    requireStatus(movement, ['draft'], 'xóa');
    const criteria = await tx.select().from(movementCriteria).where(eq(movementCriteria.movementId, id));
    // Criteria point at their groups: the criteria go before the groups.
    await tx
      .delete(movementCriteria)
      .where(and(eq(movementCriteria.movementId, id), sql`${movementCriteria.parentId} IS NOT NULL`));
    await tx.delete(movementCriteria).where(eq(movementCriteria.movementId, id));
    await tx.delete(movementUnits).where(eq(movementUnits.movementId, id));
    await tx.delete(movements).where(eq(movements.id, id));
    audit({
      action: 'movement.delete',
      entity: 'movement',
      entityId: id,
      unitId: movement.launchingUnitId,
      before: { ...movement, coveredUnitIds: covered.map((unit) => unit.id), criteria },
    });
  });
}
