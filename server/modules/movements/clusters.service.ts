// Emulation clusters and blocs (cụm, khối thi đua): peer units under an organising unit that compare, rank and
// vote up a leader; kept by the organiser's officers.
import { and, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Cluster, ClusterBody } from '../../../shared/contracts/movements.ts';
import type { ActorCtx } from '../../context.ts';
import {
  emulationAgreements,
  emulationClusters,
  emulationClusterUnits,
  movementRankings,
  movements,
  units,
} from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import {
  authorizeCluster,
  authorizeKeeperUnit,
  canKeepUnit,
  MOVEMENT_READERS,
} from '../../policies/movements.policy.ts';
import { scopeWhere } from '../../policies/scope.ts';
import { loadUnit, loadUnits, requireUnitsUnder, unitRef, type PlacedUnit } from './movement-units.ts';

type Reader = ActorCtx['db'] | Tx;
type ClusterRow = typeof emulationClusters.$inferSelect;
const memberUnit = alias(units, 'member_unit');

async function membersOf(db: Reader, ids: number[]): Promise<Map<number, PlacedUnit[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ clusterId: emulationClusterUnits.clusterId, unitId: emulationClusterUnits.unitId })
    .from(emulationClusterUnits)
    .where(inArray(emulationClusterUnits.clusterId, ids));
  const found = await loadUnits(
    db,
    rows.map((row) => row.unitId),
  );
  const byCluster = new Map<number, PlacedUnit[]>();
  for (const row of rows) {
    const list = byCluster.get(row.clusterId) ?? [];
    list.push(found.get(row.unitId)!);
    byCluster.set(row.clusterId, list);
  }
  for (const list of byCluster.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return byCluster;
}

async function toDtos(ctx: ActorCtx, db: Reader, rows: ClusterRow[]): Promise<Cluster[]> {
  const members = await membersOf(
    db,
    rows.map((row) => row.id),
  );
  const placed = await loadUnits(
    db,
    rows.flatMap((row) => [row.organisingUnitId, ...(row.leaderUnitId ? [row.leaderUnitId] : [])]),
  );
  return rows.map((row) => {
    const organising = placed.get(row.organisingUnitId)!;
    const leader = row.leaderUnitId ? placed.get(row.leaderUnitId) : undefined;
    const keeps = canKeepUnit(ctx.actor, organising);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      organisingUnit: unitRef(organising),
      leaderUnit: leader ? unitRef(leader) : null,
      validFrom: row.validFrom,
      validTo: row.validTo,
      units: (members.get(row.id) ?? []).map(unitRef),
      abilities: { update: keeps, delete: keeps },
    };
  });
}

/** How many clusters one answer carries at most; `total` and `truncated` say when there were more. */
export const CLUSTER_LIST_LIMIT = 500;

/** Clusters whose organiser or one member is in the actor's reading scope, optionally those valid in a year. */
export async function findClusters(
  ctx: ActorCtx,
  year: number | undefined,
): Promise<{ items: Cluster[]; total: number; truncated: boolean }> {
  requireCapability(ctx.actor, 'viewMovements');
  const filters: (SQL | undefined)[] = [
    sql`(${scopeWhere(ctx.actor, MOVEMENT_READERS)} OR EXISTS (
      SELECT 1 FROM ${emulationClusterUnits} JOIN ${units} AS ${memberUnit} ON ${memberUnit.id} = ${emulationClusterUnits.unitId}
      WHERE ${emulationClusterUnits.clusterId} = ${emulationClusters.id}
        AND ${scopeWhere(ctx.actor, MOVEMENT_READERS, memberUnit)}))`,
  ];
  if (year) {
    filters.push(
      sql`${emulationClusters.validFrom} <= ${year}`,
      or(isNull(emulationClusters.validTo), sql`${emulationClusters.validTo} >= ${year}`),
    );
  }
  const [counted] = await ctx.db
    .select({ total: count() })
    .from(emulationClusters)
    .innerJoin(units, eq(units.id, emulationClusters.organisingUnitId))
    .where(and(...filters));
  const rows = await ctx.db
    .select({ cluster: emulationClusters })
    .from(emulationClusters)
    .innerJoin(units, eq(units.id, emulationClusters.organisingUnitId))
    .where(and(...filters))
    .orderBy(sql`${emulationClusters.name} COLLATE "vi-x-icu"`)
    .limit(CLUSTER_LIST_LIMIT);
  const total = counted?.total ?? 0;
  return {
    items: await toDtos(
      ctx,
      ctx.db,
      rows.map((row) => row.cluster),
    ),
    total,
    truncated: total > rows.length,
  };
}

async function loadCluster(db: Reader, id: number) {
  const [row] = await db.select().from(emulationClusters).where(eq(emulationClusters.id, id));
  if (!row) throw notFound('emulation_clusters');
  const organising = (await loadUnit(db, row.organisingUnitId))!;
  const members = (await membersOf(db, [id])).get(id) ?? [];
  return { row, organising, members };
}

export async function getCluster(ctx: ActorCtx, id: number): Promise<Cluster> {
  requireCapability(ctx.actor, 'viewMovements');
  const loaded = await loadCluster(ctx.db, id);
  authorizeCluster(ctx.actor, 'read', loaded);
  const [dto] = await toDtos(ctx, ctx.db, [loaded.row]);
  return dto!;
}

/** The organiser in the actor's keeping; members below it; the leader one of the members; years in order. */
async function checkBody(ctx: ActorCtx, tx: Tx, body: ClusterBody): Promise<void> {
  const organising = await loadUnit(tx, body.organisingUnitId);
  if (!organising) throw notFound('units');
  authorizeKeeperUnit(ctx.actor, organising, 'units');
  const unitIds = [...new Set(body.unitIds)];
  await requireUnitsUnder(tx, unitIds, organising, 'body.unitIds');
  if (body.leaderUnitId && !unitIds.includes(body.leaderUnitId)) {
    throw badRequest(
      'emulation_clusters.leader_not_member',
      'Đơn vị cụm trưởng phải là một thành viên của cụm, khối.',
      'The leader must be one of the members.',
      [{ field: 'body.leaderUnitId', message: 'Phải là thành viên.', messageEn: 'Must be a member.' }],
    );
  }
  if (body.validTo !== null && body.validTo !== undefined && Number(body.validTo) < Number(body.validFrom)) {
    throw badRequest(
      'emulation_clusters.invalid_years',
      'Năm kết thúc phải từ năm bắt đầu trở đi.',
      'The last year comes before the first.',
      [
        {
          field: 'body.validTo',
          message: 'Phải từ năm bắt đầu trở đi.',
          messageEn: 'Must not precede the first year.',
        },
      ],
    );
  }
}

const columnsOf = (body: ClusterBody) => ({
  name: body.name,
  kind: body.kind,
  organisingUnitId: body.organisingUnitId,
  leaderUnitId: body.leaderUnitId ?? null,
  validFrom: Number(body.validFrom),
  validTo: body.validTo === null || body.validTo === undefined ? null : Number(body.validTo),
});

async function writeMembers(tx: Tx, id: number, unitIds: number[]) {
  await tx.delete(emulationClusterUnits).where(eq(emulationClusterUnits.clusterId, id));
  await tx.insert(emulationClusterUnits).values([...new Set(unitIds)].map((unitId) => ({ clusterId: id, unitId })));
}

export async function createCluster(ctx: ActorCtx, body: ClusterBody): Promise<Cluster> {
  requireCapability(ctx.actor, 'manageMovements');
  const id = await withWrite(ctx, async (tx, audit) => {
    await checkBody(ctx, tx, body);
    const [row] = await tx.insert(emulationClusters).values(columnsOf(body)).returning({ id: emulationClusters.id });
    await writeMembers(tx, row!.id, body.unitIds);
    audit({
      action: 'emulation_cluster.create',
      entity: 'emulation_cluster',
      entityId: row!.id,
      unitId: body.organisingUnitId,
      after: body,
    });
    return row!.id;
  });
  return getCluster(ctx, id);
}

async function lockCluster(ctx: ActorCtx, tx: Tx, id: number) {
  await tx
    .select({ id: emulationClusters.id })
    .from(emulationClusters)
    .where(eq(emulationClusters.id, id))
    .for('update');
  const loaded = await loadCluster(tx, id);
  authorizeCluster(ctx.actor, 'write', loaded);
  return loaded;
}

/**
 * A published ranking compares these members, organised by this unit, in its movement's year: changing them
 * (or ending the cluster before that year) would leave the ranking, and the ranks the eligibility check reads,
 * describing a cluster that no longer exists. Its name and leader may still change.
 */
async function keepPublishedRankings(
  tx: Tx,
  row: typeof emulationClusters.$inferSelect,
  members: { id: number }[],
  body: ClusterBody,
) {
  const [published] = await tx
    .select({ lastYear: sql<number>`max(${movements.year})::int` })
    .from(movementRankings)
    .innerJoin(movements, eq(movements.id, movementRankings.movementId))
    .where(and(eq(movementRankings.clusterId, row.id), isNotNull(movementRankings.publishedAt)));
  if (published?.lastYear === null || published?.lastYear === undefined) return;
  const next = columnsOf(body);
  const sameMembers =
    new Set(body.unitIds).size === members.length && members.every((unit) => body.unitIds.includes(unit.id));
  const changes =
    !sameMembers ||
    next.organisingUnitId !== row.organisingUnitId ||
    next.kind !== row.kind ||
    next.validFrom > published.lastYear ||
    (next.validTo !== null && next.validTo < published.lastYear);
  if (changes) {
    throw conflict(
      'emulation_clusters.ranking_published',
      `Cụm, khối đã có kết quả xếp hạng được công bố năm ${published.lastYear}: không đổi được đơn vị thành viên, đơn vị tổ chức, loại hay các năm bao trùm năm đó; chỉ sửa được tên và đơn vị dẫn đầu.`,
      `The cluster has a ranking published for ${published.lastYear}: its members, organiser, kind and years cannot change; only its name and leader.`,
    );
  }
}

export async function updateCluster(ctx: ActorCtx, id: number, body: ClusterBody): Promise<Cluster> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const { row, members } = await lockCluster(ctx, tx, id);
    await checkBody(ctx, tx, body);
    await keepPublishedRankings(tx, row, members, body);
    await tx.update(emulationClusters).set(columnsOf(body)).where(eq(emulationClusters.id, id));
    await writeMembers(tx, id, body.unitIds);
    audit({
      action: 'emulation_cluster.update',
      entity: 'emulation_cluster',
      entityId: id,
      unitId: body.organisingUnitId,
      before: { ...row, unitIds: members.map((unit) => unit.id) },
      after: body,
    });
  });
  return getCluster(ctx, id);
}

/** A cluster that has been ranked or has agreements is history: it is closed (last year set), not deleted. */
export async function deleteCluster(ctx: ActorCtx, id: number): Promise<void> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const { row, members } = await lockCluster(ctx, tx, id);
    const [ranked] = await tx
      .select({ n: sql<number>`1` })
      .from(movementRankings)
      .where(eq(movementRankings.clusterId, id))
      .limit(1);
    const [signed] = await tx
      .select({ n: sql<number>`1` })
      .from(emulationAgreements)
      .where(eq(emulationAgreements.clusterId, id))
      .limit(1);
    if (ranked || signed) {
      throw conflict(
        'emulation_clusters.in_use',
        'Cụm, khối đã có kết quả xếp hạng hoặc giao ước thi đua: không xóa được; hãy đặt năm kết thúc.',
        'The cluster has rankings or agreements: set its last year instead of deleting it.',
      );
    }
    await tx.delete(emulationClusterUnits).where(eq(emulationClusterUnits.clusterId, id));
    await tx.delete(emulationClusters).where(eq(emulationClusters.id, id));
    audit({
      action: 'emulation_cluster.delete',
      entity: 'emulation_cluster',
      entityId: id,
      unitId: row.organisingUnitId,
      before: { ...row, unitIds: members.map((unit) => unit.id) },
    });
  });
}
