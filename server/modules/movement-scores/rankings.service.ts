// Ranking within each cluster: computed from the reviewed sheets (recomputed freely until published),
// then published, which locks the ranking and the sheets of its units in the movement.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { MovementRankings } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import { movementRankings, scoreSheets } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeRanking, reviewerAccess, SCORE_READERS } from '../../policies/movement-scores.policy.ts';
import { inScope } from '../../policies/scope.ts';
import { loadRankedClusters, type RankedCluster } from './cluster-rankings.ts';
import { rankUnits } from './rank-order.ts';
import { loadCoveredUnits, loadScoringMovement, movementSummary, requireMovementOpen } from './scoring-movement.ts';
import type { ScoringMovementRow } from './scoring-movement.ts';
import { samePoints, toStored } from './sheet-points.ts';

/** The reviewer sees every cluster; the covered units' keepers see the published rankings only. */
export async function getMovementRankings(ctx: ActorCtx, movementId: number): Promise<MovementRankings> {
  requireCapability(ctx.actor, 'viewMovements');
  const movement = await loadScoringMovement(ctx.db, movementId);
  const access = reviewerAccess(ctx.actor, movement);
  if (!access.read && !(await coversUnitInScope(ctx, ctx.db, movement))) throw notFound('movements');
  const open = movement.movement.status === 'launched';
  const clusters = (await loadRankedClusters(ctx.db, movement)).filter(
    (cluster) => access.read || cluster.publishedAt !== null,
  );
  return {
    movement: movementSummary(movement),
    reviewer: access.read,
    clusters: clusters.map(({ totals: _totals, organiserKind: _kind, ...cluster }) => ({
      ...cluster,
      abilities: {
        compute: access.write && open && cluster.publishedAt === null && cluster.notReviewed.length === 0,
        publish: access.write && open && cluster.publishedAt === null && cluster.computed,
      },
    })),
  };
}

async function coversUnitInScope(ctx: ActorCtx, db: ActorCtx['db'] | Tx, movement: ScoringMovementRow) {
  const covered = await loadCoveredUnits(db, movement.movement.id);
  return covered.some((unit) => inScope(ctx.actor, unit, SCORE_READERS));
}

/** The cluster to change, with its members' sheets locked so no review or reopening slips in meanwhile. */
async function openCluster(ctx: ActorCtx, tx: Tx, movementId: number, clusterId: number) {
  const movement = await loadScoringMovement(tx, movementId);
  const reader = reviewerAccess(ctx.actor, movement).read;
  authorizeRanking(ctx.actor, movement, reader || (await coversUnitInScope(ctx, tx, movement)));
  requireMovementOpen(movement.movement);
  const cluster = (await loadRankedClusters(tx, movement)).find((candidate) => candidate.cluster.id === clusterId);
  if (!cluster) throw notFound('emulation_clusters');
  const memberIds = cluster.members.map((member) => member.id);
  await tx
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.movementId, movementId), inArray(scoreSheets.unitId, memberIds)))
    .for('update');
  // Read again after the lock: a review that committed while we waited is in the totals now.
  const fresh = (await loadRankedClusters(tx, movement)).find((candidate) => candidate.cluster.id === clusterId)!;
  if (fresh.publishedAt !== null) {
    throw conflict(
      'scoring.ranking_published',
      `Kết quả xếp hạng của ${fresh.cluster.name} đã công bố; không thể tính lại hay công bố lại.`,
      `The ranking of ${fresh.cluster.name} is published; it cannot be computed or published again.`,
    );
  }
  if (fresh.notReviewed.length > 0) {
    const names = fresh.notReviewed.map((unit) => unit.name).join(', ');
    throw conflict(
      'scoring.ranking_incomplete',
      `Chưa thể xếp hạng ${fresh.cluster.name}: bảng điểm của ${names} chưa được thẩm định.`,
      `${fresh.cluster.name} cannot be ranked yet: sheets not reviewed: ${names}.`,
      fresh.notReviewed.map((unit) => ({
        field: `units.${unit.id}`,
        message: `${unit.name}: chưa thẩm định.`,
        messageEn: `${unit.name}: not reviewed.`,
      })),
    );
  }
  return fresh;
}

function rankCluster(cluster: RankedCluster) {
  return rankUnits(cluster.members.map((member) => ({ ...member, total: cluster.totals.get(member.id)!.finalTotal })));
}

/** Ranks the cluster's members by final total and proposes the cluster's flag for the leader(s). */
export async function computeRanking(ctx: ActorCtx, movementId: number, clusterId: number): Promise<MovementRankings> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const cluster = await openCluster(ctx, tx, movementId, clusterId);
    const ranked = rankCluster(cluster);
    const before = cluster.rows.map((row) => ({ unitId: row.unit.id, rank: row.rank, total: row.totalPoints }));
    await tx
      .delete(movementRankings)
      .where(and(eq(movementRankings.movementId, movementId), eq(movementRankings.clusterId, clusterId)));
    await tx.insert(movementRankings).values(
      ranked.map((entry) => ({
        movementId,
        clusterId,
        unitId: entry.id,
        totalPoints: toStored(entry.total)!,
        rank: entry.rank,
        proposedAwardCode: entry.rank === 1 ? (cluster.flag?.code ?? null) : null,
      })),
    );
    audit({
      action: 'ranking.compute',
      entity: 'movement_ranking',
      entityId: `${movementId}:${clusterId}`,
      unitId: cluster.cluster.organisingUnit.id,
      before: { rows: before },
      after: {
        flag: cluster.flag?.code ?? null,
        rows: ranked.map((entry) => ({ unitId: entry.id, rank: entry.rank, total: entry.total })),
      },
    });
  });
  return getMovementRankings(ctx, movementId);
}

/** Publishes the computed ranking as it stands; refused when a score changed since it was computed. */
export async function publishRanking(ctx: ActorCtx, movementId: number, clusterId: number): Promise<MovementRankings> {
  requireCapability(ctx.actor, 'manageMovements');
  await withWrite(ctx, async (tx, audit) => {
    const cluster = await openCluster(ctx, tx, movementId, clusterId);
    if (!cluster.computed) {
      throw conflict(
        'scoring.ranking_not_computed',
        `Chưa xếp hạng ${cluster.cluster.name}; hãy tính xếp hạng trước khi công bố.`,
        `${cluster.cluster.name} has not been ranked yet.`,
      );
    }
    const stored = new Map(cluster.rows.map((row) => [row.unit.id, row]));
    const stale = rankCluster(cluster).some(
      (entry) => !stored.has(entry.id) || !samePoints(stored.get(entry.id)!.totalPoints, entry.total),
    );
    if (stale || stored.size !== cluster.members.length) {
      throw conflict(
        'scoring.ranking_stale',
        'Điểm đã thay đổi sau lần xếp hạng gần nhất; hãy tính lại xếp hạng trước khi công bố.',
        'Scores changed since the ranking was computed; compute it again before publishing.',
      );
    }
    await tx
      .update(movementRankings)
      .set({ publishedAt: sql`now()`, publishedBy: ctx.actor.userId })
      .where(
        and(
          eq(movementRankings.movementId, movementId),
          eq(movementRankings.clusterId, clusterId),
          isNull(movementRankings.publishedAt),
        ),
      );
    audit({
      action: 'ranking.publish',
      entity: 'movement_ranking',
      entityId: `${movementId}:${clusterId}`,
      unitId: cluster.cluster.organisingUnit.id,
      after: {
        rows: cluster.rows.map((row) => ({ unitId: row.unit.id, rank: row.rank, total: row.totalPoints })),
        proposedAwardCode: cluster.flag?.code ?? null,
      },
    });
  });
  return getMovementRankings(ctx, movementId);
}
