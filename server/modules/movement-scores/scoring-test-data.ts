// Test data for the scoring tests: a launched movement of Công đoàn ngành Y tế Hà Nội with a two-level criteria
// tree, inserted directly (the movements API is another module's), and a cluster of three covered units.
import {
  movementCriteria,
  movements,
  movementUnits,
  emulationClusters,
  emulationClusterUnits,
} from '../../db/schema/index.ts';
import type { TestContext } from '../../test/harness.ts';

export type TestMovement = {
  id: number;
  /** Leaf criteria by printed number ("1.1", "3"); groups by number too. */
  criteria: Record<string, number>;
  units: Record<string, number>;
  clusterId: number;
};

/** Points for every leaf criterion (100 in all): 1.1 max 10, 1.2 max 20, 2.1 max 25, 2.2 max 25, 3 max 20. */
export const LEAVES = ['1.1', '1.2', '2.1', '2.2', '3'] as const;

export async function insertTestMovement(
  t: TestContext,
  options: { name?: string; deadline?: string; covered?: string[]; cluster?: string[] } = {},
): Promise<TestMovement> {
  const covered = options.covered ?? ['CDCS-BVBM', 'CDCS-HN-BVTP', 'CDCS-HN-BVXP', 'CDCS-HN-CDC'];
  const clusterCodes = options.cluster ?? ['CDCS-HN-BVTP', 'CDCS-HN-BVXP', 'CDCS-HN-CDC'];
  const units: Record<string, number> = {};
  for (const code of [...covered, 'CDYT-HN']) units[code] = await t.unitId(code);
  const [movement] = await t.db
    .insert(movements)
    .values({
      name: options.name ?? 'Phong trào thi đua thường xuyên năm 2025',
      launchingUnitId: units['CDYT-HN']!,
      kind: 'regular',
      year: 2025,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      status: 'launched',
      selfAssessmentDeadline: options.deadline ?? '2099-12-15',
      launchedAt: new Date(),
    })
    .returning({ id: movements.id });
  const id = movement!.id;
  await t.db.insert(movementUnits).values(covered.map((code) => ({ movementId: id, unitId: units[code]! })));
  const criteria: Record<string, number> = {};
  const add = async (number: string, position: number, title: string, max: string, parent?: string) => {
    const [row] = await t.db
      .insert(movementCriteria)
      .values({
        movementId: id,
        parentId: parent ? criteria[parent]! : null,
        position,
        title,
        maxPoints: max,
        scale: 'Đạt đủ: điểm tối đa; mỗi nội dung chưa đạt trừ 2 điểm',
        evidenceRequired: number === '1.1' ? 'Biên bản, danh sách kèm theo' : null,
      })
      .returning({ id: movementCriteria.id });
    criteria[number] = row!.id;
  };
  await add('1', 1, 'Công tác tổ chức, phát triển đoàn viên', '30');
  await add('1.1', 2, 'Phát triển đoàn viên mới đạt chỉ tiêu', '10', '1');
  await add('1.2', 3, 'Cập nhật hồ sơ đoàn viên', '20', '1');
  await add('2', 4, 'Chăm lo đời sống, bảo vệ quyền lợi', '50');
  await add('2.1', 5, 'Tổ chức Hội nghị người lao động', '25', '2');
  await add('2.2', 6, 'Thăm hỏi, hỗ trợ đoàn viên khó khăn', '25', '2');
  await add('3', 7, 'Tuyên truyền, phong trào thi đua', '20');
  const [cluster] = await t.db
    .insert(emulationClusters)
    .values({
      name: `Cụm thi đua số 1 (${id})`,
      kind: 'cluster',
      organisingUnitId: units['CDYT-HN']!,
      validFrom: 2024,
    })
    .returning({ id: emulationClusters.id });
  if (clusterCodes.length > 0) {
    await t.db
      .insert(emulationClusterUnits)
      .values(clusterCodes.map((code) => ({ clusterId: cluster!.id, unitId: units[code]! })));
  }
  return { id, criteria, units, clusterId: cluster!.id };
}

/** A full self-assessment body giving `points` in the order of LEAVES. */
export function selfBody(m: TestMovement, points: readonly number[]) {
  return { scores: LEAVES.map((number, index) => ({ criterionId: m.criteria[number]!, points: points[index]! })) };
}
