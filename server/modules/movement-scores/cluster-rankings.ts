// The clusters a movement ranks and their current standing: which clusters apply, their members, which
// sheets are not reviewed yet, the stored ranking rows and the flag the leader is proposed for.
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { ClusterRanking, UnitRef } from '../../../shared/contracts/movement-scores.ts';
import type { ActorCtx } from '../../context.ts';
import {
  catalogueEntries,
  emulationClusterUnits,
  emulationClusters,
  movementRankings,
  units,
  users,
} from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { subtreeWhere } from '../../policies/scope.ts';
import { FLAG_BY_ORGANISER_KIND } from './cluster-flag.ts';
import type { ScoringMovementRow } from './scoring-movement.ts';
import { loadCoveredUnits } from './scoring-movement.ts';
import { toNumber } from './sheet-points.ts';
import { byUnitName, loadSheetTotals, type SheetTotals } from './sheet-totals.ts';

type Reader = ActorCtx['db'] | Tx;

export type RankedCluster = Omit<ClusterRanking, 'abilities'> & {
  totals: Map<number, SheetTotals>;
  organiserKind: string;
};

async function flagName(db: Reader, code: string): Promise<string> {
  const [row] = await db
    .select({ definition: catalogueEntries.definition })
    .from(catalogueEntries)
    .where(
      and(
        eq(catalogueEntries.kind, 'award_type'),
        eq(catalogueEntries.key, code),
        eq(catalogueEntries.isCurrent, true),
      ),
    );
  const name = (row?.definition as { nameVi?: unknown } | undefined)?.nameVi;
  return typeof name === 'string' ? name : code;
}

/**
 * Clusters valid in the movement's year, organised at or below the launching unit, all of whose members the
 * movement covers: a cluster compares its peers in one movement, a member outside the movement would have no
 * score to compare, and a level may not rank (and propose the flag of) a cluster a level above it organises.
 */
export async function loadRankedClusters(db: Reader, movement: ScoringMovementRow): Promise<RankedCluster[]> {
  const year = movement.movement.year;
  const covered = new Map((await loadCoveredUnits(db, movement.movement.id)).map((unit) => [unit.id, unit]));
  if (covered.size === 0) return [];
  const clusters = await db
    .select({
      cluster: emulationClusters,
      organiser: { id: units.id, code: units.code, name: units.name, kind: units.kind },
    })
    .from(emulationClusters)
    .innerJoin(units, eq(units.id, emulationClusters.organisingUnitId))
    .where(
      and(
        lte(emulationClusters.validFrom, year),
        or(isNull(emulationClusters.validTo), gte(emulationClusters.validTo, year)),
        subtreeWhere(movement.launchingUnit),
      ),
    )
    .orderBy(asc(emulationClusters.name), asc(emulationClusters.id));
  if (clusters.length === 0) return [];
  const clusterIds = clusters.map((row) => row.cluster.id);
  const [memberRows, rankingRows, totals] = await Promise.all([
    db
      .select({ clusterId: emulationClusterUnits.clusterId, unitId: emulationClusterUnits.unitId })
      .from(emulationClusterUnits)
      .where(inArray(emulationClusterUnits.clusterId, clusterIds)),
    db
      .select({ ranking: movementRankings, publishedBy: users.displayName })
      .from(movementRankings)
      .leftJoin(users, eq(users.id, movementRankings.publishedBy))
      .where(eq(movementRankings.movementId, movement.movement.id)),
    loadSheetTotals(db, [movement.movement.id]),
  ]);
  const result: RankedCluster[] = [];
  for (const { cluster, organiser } of clusters) {
    const memberIds = memberRows.filter((row) => row.clusterId === cluster.id).map((row) => row.unitId);
    if (memberIds.length === 0 || !memberIds.every((id) => covered.has(id))) continue;
    const members = memberIds.map((id) => covered.get(id)!).sort(byUnitName);
    const memberTotals = new Map<number, SheetTotals>();
    for (const member of members) {
      const sheet = totals.get(`${movement.movement.id}:${member.id}`);
      if (sheet) memberTotals.set(member.id, sheet);
    }
    const rows = rankingRows
      .filter((row) => row.ranking.clusterId === cluster.id && covered.has(row.ranking.unitId))
      .sort(
        (a, b) =>
          a.ranking.rank - b.ranking.rank || byUnitName(covered.get(a.ranking.unitId)!, covered.get(b.ranking.unitId)!),
      );
    const published = rows.find((row) => row.ranking.publishedAt !== null);
    const code = FLAG_BY_ORGANISER_KIND[organiser.kind];
    const ref = (unit: UnitRef): UnitRef => ({ id: unit.id, code: unit.code, name: unit.name });
    result.push({
      cluster: { id: cluster.id, name: cluster.name, kind: cluster.kind, organisingUnit: ref(organiser) },
      organiserKind: organiser.kind,
      flag: code ? { code, name: await flagName(db, code) } : null,
      members: members.map(ref),
      notReviewed: members.filter((member) => memberTotals.get(member.id)?.status !== 'reviewed').map(ref),
      rows: rows.map(({ ranking }) => ({
        unit: ref(covered.get(ranking.unitId)!),
        totalPoints: toNumber(ranking.totalPoints)!,
        rank: ranking.rank,
        proposedAwardCode: ranking.proposedAwardCode,
      })),
      computed: rows.length > 0,
      publishedAt: published?.ranking.publishedAt?.toISOString() ?? null,
      publishedBy: published?.publishedBy ?? null,
      totals: memberTotals,
    });
  }
  return result;
}
