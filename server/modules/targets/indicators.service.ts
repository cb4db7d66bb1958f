// Indicators (loại chỉ tiêu): the built-in ones and those a unit defines for its subtree, with a manual figure.
import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { CreateIndicatorBody, Indicator, UpdateIndicatorBody } from '../../../shared/contracts/targets.ts';
import { cleanText, compareKey } from '../../../shared/text/index.ts';
import type { ActorCtx } from '../../context.ts';
import { targetIndicators, units } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { inScope, type Placed } from '../../policies/scope.ts';
import { selectUnitByCode, selectUnitById } from '../units/unit-rows.ts';
import {
  authorizeSetTargets,
  authorizeTargetView,
  indicatorAbilities,
  TARGET_VIEWERS,
} from '../../policies/targets.policy.ts';

type Reader = ActorCtx['db'] | Tx;

const columns = {
  indicator: targetIndicators,
  owner: { id: units.id, code: units.code, name: units.name, path: units.path, reportPath: units.reportPath },
};

export type IndicatorRow = {
  indicator: typeof targetIndicators.$inferSelect;
  owner: (Placed & { id: number; code: string; name: string }) | null;
};

export function selectIndicators(db: Reader, where: SQL | undefined) {
  return db
    .select(columns)
    .from(targetIndicators)
    .leftJoin(units, eq(units.id, targetIndicators.ownerUnitId))
    .where(where)
    .orderBy(sql`${targetIndicators.code} IS NULL`, targetIndicators.id);
}

export function toIndicatorDto(ctx: ActorCtx, row: IndicatorRow): Indicator {
  const { indicator, owner } = row;
  return {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unitOfMeasure: indicator.unitOfMeasure,
    source: indicator.source,
    ownerUnit: owner ? { id: owner.id, code: owner.code, name: owner.name } : null,
    archived: indicator.archivedAt !== null,
    abilities: indicatorAbilities(ctx.actor, owner),
  };
}

/** Whether targets of this indicator may be set at `unit`: built-in everywhere, a defined one in its owner's subtree. */
export function usableAt(row: IndicatorRow, unit: Placed): boolean {
  const { owner } = row;
  return owner === null || unit.path.startsWith(owner.path) || unit.reportPath.startsWith(owner.reportPath);
}

export async function loadIndicator(db: Reader, id: number): Promise<IndicatorRow> {
  const [row] = await selectIndicators(db, eq(targetIndicators.id, id));
  if (!row) throw notFound('target_indicators');
  return row;
}

/** The indicators usable at a unit (the first granted unit by default): built-in, then its own and its ancestors'. */
export async function findIndicators(
  ctx: ActorCtx,
  query: { unit?: string | undefined; includeArchived: 'true' | 'false' },
): Promise<Indicator[]> {
  requireCapability(ctx.actor, 'viewTargets');
  const unit = query.unit ? await selectUnitByCode(ctx.db, query.unit) : undefined;
  if (query.unit && !unit) throw notFound('units');
  const at = unit ?? ctx.actor.grants.find((grant) => TARGET_VIEWERS.includes(grant.role));
  if (!at) return [];
  authorizeTargetView(ctx.actor, at);
  // Owners are the unit and the units above it: those whose path the unit's path starts with, on either line.
  const ownedAbove = sql`(starts_with(${at.path}, ${units.path}) OR starts_with(${at.reportPath}, ${units.reportPath}))`;
  const rows = await selectIndicators(
    ctx.db,
    and(
      or(isNull(targetIndicators.ownerUnitId), ownedAbove),
      query.includeArchived === 'true' ? undefined : isNull(targetIndicators.archivedAt),
    ),
  );
  return rows.map((row) => toIndicatorDto(ctx, row));
}

async function assertNameFree(tx: Tx, ownerUnitId: number, name: string, exceptId?: number) {
  const key = compareKey(name);
  const same = await tx
    .select({ id: targetIndicators.id, name: targetIndicators.name })
    .from(targetIndicators)
    .where(and(eq(targetIndicators.ownerUnitId, ownerUnitId), isNull(targetIndicators.archivedAt)));
  if (same.some((row) => row.id !== exceptId && compareKey(row.name) === key)) {
    throw conflict(
      'targets.indicator_name_taken',
      `Đơn vị đã có chỉ tiêu “${name}”.`,
      `The unit already has "${name}".`,
      [
        {
          field: 'body.name',
          message: 'Đơn vị đã có chỉ tiêu cùng tên.',
          messageEn: 'Name already used by this unit.',
        },
      ],
    );
  }
}

/** A unit defines its own indicator: a name, a unit of measure, a figure reported by hand with evidence. */
export async function createIndicator(ctx: ActorCtx, input: CreateIndicatorBody): Promise<Indicator> {
  requireCapability(ctx.actor, 'viewTargets');
  const id = await withWrite(ctx, async (tx, audit) => {
    const owner = await selectUnitById(tx, input.ownerUnitId);
    if (!owner) throw notFound('units');
    authorizeSetTargets(ctx.actor, owner);
    await assertNameFree(tx, owner.id, input.name);
    const [created] = await tx
      .insert(targetIndicators)
      .values({
        name: cleanText(input.name),
        unitOfMeasure: cleanText(input.unitOfMeasure),
        source: 'manual',
        ownerUnitId: owner.id,
        createdBy: ctx.actor.userId,
      })
      .returning();
    audit({
      action: 'target_indicator.create',
      entity: 'target_indicator',
      entityId: created!.id,
      unitId: owner.id,
      after: created,
    });
    return created!.id;
  });
  return toIndicatorDto(ctx, await loadIndicator(ctx.db, id));
}

/** A defined indicator the actor may change: 404 out of scope, 403 without an officer's role on its owner. */
async function loadOwnedIndicator(ctx: ActorCtx, tx: Tx, id: number) {
  const row = await loadIndicator(tx, id);
  if (!row.owner) {
    // Built-in indicators are visible to everyone and changed by nobody.
    throw conflict(
      'targets.indicator_built_in',
      'Không sửa được chỉ tiêu có sẵn của hệ thống.',
      'Built-in indicators cannot be changed.',
    );
  }
  if (!inScope(ctx.actor, row.owner, TARGET_VIEWERS)) throw notFound('target_indicators');
  authorizeSetTargets(ctx.actor, row.owner);
  return row;
}

export async function updateIndicator(ctx: ActorCtx, id: number, input: UpdateIndicatorBody): Promise<Indicator> {
  await withWrite(ctx, async (tx, audit) => {
    const row = await loadOwnedIndicator(ctx, tx, id);
    if (input.name !== undefined) await assertNameFree(tx, row.owner!.id, input.name, id);
    const changes = {
      ...(input.name !== undefined ? { name: cleanText(input.name) } : {}),
      ...(input.unitOfMeasure !== undefined ? { unitOfMeasure: cleanText(input.unitOfMeasure) } : {}),
    };
    if (Object.keys(changes).length > 0)
      await tx.update(targetIndicators).set(changes).where(eq(targetIndicators.id, id));
    audit({
      action: 'target_indicator.update',
      entity: 'target_indicator',
      entityId: id,
      unitId: row.owner!.id,
      before: { name: row.indicator.name, unitOfMeasure: row.indicator.unitOfMeasure },
      after: changes,
    });
  });
  return toIndicatorDto(ctx, await loadIndicator(ctx.db, id));
}

/** Archived indicators take no new targets; the targets already set keep showing with their figures. */
export async function archiveIndicator(ctx: ActorCtx, id: number): Promise<Indicator> {
  await withWrite(ctx, async (tx, audit) => {
    const row = await loadOwnedIndicator(ctx, tx, id);
    await tx
      .update(targetIndicators)
      .set({ archivedAt: sql`now()` })
      .where(eq(targetIndicators.id, id));
    audit({
      action: 'target_indicator.archive',
      entity: 'target_indicator',
      entityId: id,
      unitId: row.owner!.id,
      before: { archived: row.indicator.archivedAt !== null },
      after: { archived: true },
    });
  });
  return toIndicatorDto(ctx, await loadIndicator(ctx.db, id));
}
