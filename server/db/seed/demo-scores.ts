// Demo score sheets and rankings: for each launched movement whose period is over, with criteria and covered units, most units
// submitted and reviewed with realistic points (a few reviewed points lowered, with their reasons), one unit
// outside the clusters still in draft (Bạch Mai's when it is covered), and each cluster's ranking computed and
// published, so the boards, the ranking screen and the engine's cluster_rank clause have data on first start.
import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { vietnamToday } from '../../../shared/dates.ts';
import {
  criterionScoreChanges,
  criterionScores,
  movementRankings,
  movements,
  roleGrants,
  scoreSheets,
} from '../schema/index.ts';
import type { Tx } from '../write.ts';
import { SCORE_KEEPERS } from '../../policies/movement-scores.policy.ts';
import { loadRankedClusters } from '../../modules/movement-scores/cluster-rankings.ts';
import { rankUnits } from '../../modules/movement-scores/rank-order.ts';
import {
  leafCriteria,
  loadCoveredUnits,
  loadCriteria,
  loadScoringMovement,
  type CriterionRow,
} from '../../modules/movement-scores/scoring-movement.ts';
import { toStored } from '../../modules/movement-scores/sheet-points.ts';
import { byUnitName } from '../../modules/movement-scores/sheet-totals.ts';

const SELF_NOTES = [
  'Đạt và vượt chỉ tiêu được giao; có báo cáo kèm theo',
  'Hoàn thành đúng tiến độ theo kế hoạch của Công đoàn ngành',
  'Có biên bản, danh sách và hình ảnh hoạt động',
  'Đạt 100% kế hoạch năm',
];
const REVIEW_REASONS = [
  'Minh chứng chưa đầy đủ theo yêu cầu của tiêu chí',
  'Số liệu trong báo cáo chưa khớp với biên bản kiểm tra',
  'Chưa đạt chỉ tiêu theo báo cáo tổng kết của đơn vị',
];

/** The first keeper whose grant sits on the unit itself: who fills (or reviews) its sheet in the demo. */
async function keeperAt(tx: Tx, unitId: number): Promise<number | null> {
  const [row] = await tx
    .select({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(and(eq(roleGrants.unitId, unitId), inArray(roleGrants.role, [...SCORE_KEEPERS])))
    .orderBy(asc(roleGrants.id))
    .limit(1);
  return row?.userId ?? null;
}

/** Between 74% and 100% of the maximum, in quarter points, varying by unit and criterion: a strong, uneven year. */
function selfPointsOf(criterion: CriterionRow, unitId: number, leafIndex: number): number {
  const share = 0.74 + ((unitId * 37 + leafIndex * 53 + unitId * leafIndex * 11) % 27) / 100;
  return Math.round(Number(criterion.maxPoints) * share * 4) / 4;
}

/** Timestamps in the movement's year, never in the future. */
const at = (iso: string) => new Date(Math.min(Date.parse(iso), Date.now()));

export async function seedDemoScores(tx: Tx): Promise<void> {
  const launched = await tx
    .select({ id: movements.id })
    .from(movements)
    // Units score themselves once the period is over; a movement still running has no sheets yet.
    .where(and(eq(movements.status, 'launched'), lt(movements.endsOn, vietnamToday())))
    .orderBy(asc(movements.id));
  for (const { id } of launched) await seedMovementScores(tx, id);
}

async function seedMovementScores(tx: Tx, movementId: number): Promise<void> {
  const movement = await loadScoringMovement(tx, movementId);
  const leaves = leafCriteria(await loadCriteria(tx, movementId));
  const covered = (await loadCoveredUnits(tx, movementId)).sort(byUnitName);
  const [started] = await tx
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .where(eq(scoreSheets.movementId, movementId));
  if (leaves.length === 0 || covered.length === 0 || started) return;
  const year = movement.movement.year;
  const clustered = new Set((await loadRankedClusters(tx, movement)).flatMap((c) => c.members.map((m) => m.id)));
  const outside = covered.filter((unit) => !clustered.has(unit.id));
  const draftUnit = outside.find((unit) => unit.code === 'CDCS-BVBM') ?? outside[0];
  const waitingUnit = outside.find((unit) => unit !== draftUnit);
  const reviewer = await keeperAt(tx, movement.launchingUnit.id);

  for (const [unitIndex, unit] of covered.entries()) {
    const status = unit === draftUnit ? 'draft' : unit === waitingUnit ? 'submitted' : 'reviewed';
    const submitter = (await keeperAt(tx, unit.id)) ?? reviewer;
    const [sheet] = await tx
      .insert(scoreSheets)
      .values({
        movementId,
        unitId: unit.id,
        status,
        submittedAt: status === 'draft' ? null : at(`${year}-12-10T09:30:00+07:00`),
        submittedBy: status === 'draft' ? null : submitter,
        reviewedAt: status === 'reviewed' ? at(`${year}-12-20T15:00:00+07:00`) : null,
        reviewedBy: status === 'reviewed' ? reviewer : null,
      })
      .returning({ id: scoreSheets.id });
    // A draft is half done: the first criteria scored, the rest still open.
    const scored = status === 'draft' ? leaves.slice(0, Math.ceil(leaves.length / 2)) : leaves;
    for (const [leafIndex, criterion] of scored.entries()) {
      const self = selfPointsOf(criterion, unit.id, leafIndex);
      // Every fourth criterion of a reviewed sheet is lowered by the reviewer, with the reason kept.
      const lowered = status === 'reviewed' && (unitIndex + leafIndex) % 4 === 0 && self >= 1;
      const reviewed = lowered ? self - Math.min(2, Math.round(self * 0.1 * 2) / 2 || 0.5) : null;
      const [score] = await tx
        .insert(criterionScores)
        .values({
          sheetId: sheet!.id,
          criterionId: criterion.id,
          selfPoints: toStored(self),
          selfNote: SELF_NOTES[(unitIndex + leafIndex) % SELF_NOTES.length]!,
          reviewedPoints: toStored(reviewed),
          reviewNote: lowered ? 'Trừ điểm theo kết quả kiểm tra minh chứng' : null,
        })
        .returning({ id: criterionScores.id });
      if (lowered) {
        await tx.insert(criterionScoreChanges).values({
          scoreId: score!.id,
          stage: 'review',
          pointsBefore: toStored(self),
          pointsAfter: toStored(reviewed),
          reason: REVIEW_REASONS[(unitIndex + leafIndex) % REVIEW_REASONS.length]!,
          changedBy: reviewer,
          changedAt: at(`${year}-12-18T10:00:00+07:00`),
        });
      }
    }
  }

  for (const cluster of await loadRankedClusters(tx, movement)) {
    if (cluster.notReviewed.length > 0) continue;
    const ranked = rankUnits(
      cluster.members.map((member) => ({ ...member, total: cluster.totals.get(member.id)!.finalTotal })),
    );
    await tx.insert(movementRankings).values(
      ranked.map((entry) => ({
        movementId,
        clusterId: cluster.cluster.id,
        unitId: entry.id,
        totalPoints: toStored(entry.total)!,
        rank: entry.rank,
        proposedAwardCode: entry.rank === 1 ? (cluster.flag?.code ?? null) : null,
        publishedAt: at(`${year}-12-28T08:00:00+07:00`),
        publishedBy: reviewer,
      })),
    );
  }
}
