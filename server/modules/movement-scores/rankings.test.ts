import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, emulationClusters, emulationClusterUnits } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { insertTestMovement, selfBody, type TestMovement } from './scoring-test-data.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let outsider: Agent;
let m: TestMovement;

const sheetUrl = (unit: string) => `/api/v1/scoring/movements/${m.id}/units/${m.units[unit]}`;
const rankingsUrl = () => `/api/v1/scoring/movements/${m.id}/rankings`;
const clusterUrl = (step: 'compute' | 'publish') => `${rankingsUrl()}/${m.clusterId}/${step}`;
const put = (agent: Agent, url: string, payload: unknown) =>
  agent.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });

async function submit(unit: string, points: number[]) {
  expect((await put(hanoi, `${sheetUrl(unit)}/self`, selfBody(m, points))).statusCode).toBe(200);
  expect((await hanoi.post(`${sheetUrl(unit)}/submit`)).statusCode).toBe(200);
}

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai] = await Promise.all([t.login(accounts.hanoiOfficer), t.login(accounts.bachMaiOfficer)]);
  const sectorAdmin = await t.login(accounts.sectorAdmin);
  const created = await sectorAdmin.post('/api/v1/users', {
    username: 'canbo.danang',
    displayName: 'Phan Văn Tâm',
    password: 'mat-khau-tam-thoi',
    grants: [{ role: 'union_officer', unitId: await t.unitId('CDYT-DN') }],
  });
  expect(created.statusCode, created.body).toBe(201);
  outsider = await t.login({ username: 'canbo.danang', password: 'mat-khau-tam-thoi' });
  m = await insertTestMovement(t);
  // A cluster with a member the movement does not cover is not ranked in it.
  const [partial] = await t.db
    .insert(emulationClusters)
    .values({ name: 'Khối bệnh viện đa khoa', kind: 'bloc', organisingUnitId: m.units['CDYT-HN']!, validFrom: 2024 })
    .returning({ id: emulationClusters.id });
  await t.db.insert(emulationClusterUnits).values([
    { clusterId: partial!.id, unitId: m.units['CDCS-HN-BVTP']! },
    { clusterId: partial!.id, unitId: await t.unitId('CDCS-HN-BVDKDD') },
  ]);
  // A cluster of the level above, over the same units, is not Hà Nội's to rank (nor to propose its flag).
  const [above] = await t.db
    .insert(emulationClusters)
    .values({
      name: 'Cụm của Công đoàn Y tế Việt Nam',
      kind: 'cluster',
      organisingUnitId: await t.unitId('CDYTVN'),
      validFrom: 2024,
    })
    .returning({ id: emulationClusters.id });
  await t.db
    .insert(emulationClusterUnits)
    .values(
      ['CDCS-HN-BVTP', 'CDCS-HN-BVXP', 'CDCS-HN-CDC'].map((code) => ({ clusterId: above!.id, unitId: m.units[code]! })),
    );
  // Thanh Nhàn and Xanh Pôn tie at 90 by different roads; CDC has 80.
  await submit('CDCS-HN-BVTP', [10, 20, 20, 20, 20]);
  await submit('CDCS-HN-BVXP', [8, 18, 25, 24, 15]);
  await submit('CDCS-HN-CDC', [8, 16, 20, 20, 16]);
});
afterAll(() => t.close());

describe('ranking within a cluster', () => {
  it('lists only its own level’s clusters whose members are all covered, and refuses to rank before every sheet is reviewed', async () => {
    const before = (await hanoi.get(rankingsUrl())).json();
    expect(before.clusters.map((c: { cluster: { id: number } }) => c.cluster.id)).toEqual([m.clusterId]);
    expect(before.clusters[0]).toMatchObject({
      flag: { code: 'CO_LDLD_TINH', name: expect.stringContaining('Cờ thi đua của Liên đoàn Lao động tỉnh') },
      computed: false,
      abilities: { compute: false, publish: false },
    });
    expect(before.clusters[0].notReviewed).toHaveLength(3);
    expect((await hanoi.post(`${sheetUrl('CDCS-HN-BVTP')}/mark-reviewed`)).statusCode).toBe(200);
    const refused = await hanoi.post(clusterUrl('compute'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'scoring.ranking_incomplete',
      message: expect.stringContaining(
        'bảng điểm của Công đoàn Bệnh viện Xanh Pôn, Công đoàn Trung tâm Kiểm soát bệnh tật Hà Nội chưa được thẩm định',
      ),
    });
  });

  it('ranks by final total, equal totals sharing a rank (1, 1, 3) in name order, the leaders proposed for the flag', async () => {
    await hanoi.post(`${sheetUrl('CDCS-HN-BVXP')}/mark-reviewed`);
    await hanoi.post(`${sheetUrl('CDCS-HN-CDC')}/mark-reviewed`);
    expect((await bachMai.post(clusterUrl('compute'))).statusCode, 'a covered unit does not rank').toBe(403);
    const computed = await hanoi.post(clusterUrl('compute'));
    expect(computed.statusCode, computed.body).toBe(200);
    const cluster = computed.json().clusters[0];
    expect(
      cluster.rows.map(
        (row: { unit: { code: string }; rank: number; totalPoints: number; proposedAwardCode: string }) => [
          row.unit.code,
          row.totalPoints,
          row.rank,
          row.proposedAwardCode,
        ],
      ),
    ).toEqual([
      ['CDCS-HN-BVTP', 90, 1, 'CO_LDLD_TINH'],
      ['CDCS-HN-BVXP', 90, 1, 'CO_LDLD_TINH'],
      ['CDCS-HN-CDC', 80, 3, null],
    ]);
    expect(cluster.abilities).toEqual({ compute: true, publish: true });
    expect((await bachMai.get(rankingsUrl())).json().clusters, 'units see published rankings only').toEqual([]);
  });

  it('refuses to publish a ranking the scores have moved away from; recomputing follows the reviewed points', async () => {
    const raised = await put(hanoi, `${sheetUrl('CDCS-HN-CDC')}/review`, {
      scores: [{ criterionId: m.criteria['2.1'], points: 25, reason: 'Bổ sung biên bản Hội nghị người lao động' }],
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const stale = await hanoi.post(clusterUrl('publish'));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('scoring.ranking_stale');
    const again = (await hanoi.post(clusterUrl('compute'))).json().clusters[0];
    expect(again.rows.map((row: { unit: { code: string }; rank: number }) => [row.unit.code, row.rank])).toEqual([
      ['CDCS-HN-BVTP', 1],
      ['CDCS-HN-BVXP', 1],
      ['CDCS-HN-CDC', 3],
    ]);
    expect(again.rows[2].totalPoints).toBe(85);
  });

  it('publishes: the ranking and its units’ sheets are locked, with a Vietnamese 409', async () => {
    expect((await outsider.post(clusterUrl('publish'))).statusCode, 'outside the launching unit’s scope').toBe(404);
    const published = await hanoi.post(clusterUrl('publish'));
    expect(published.statusCode, published.body).toBe(200);
    const cluster = published.json().clusters[0];
    expect(cluster).toMatchObject({ publishedBy: 'Trần Thị Thu Hằng', abilities: { compute: false, publish: false } });
    expect(cluster.publishedAt).not.toBeNull();

    const change = await put(hanoi, `${sheetUrl('CDCS-HN-BVTP')}/review`, {
      scores: [{ criterionId: m.criteria['3'], points: 15, reason: 'Điều chỉnh' }],
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error).toMatchObject({
      code: 'scoring.ranking_published',
      message: 'Kết quả xếp hạng của đơn vị trong phong trào này đã công bố; không thể thay đổi bảng điểm.',
    });
    expect((await hanoi.post(`${sheetUrl('CDCS-HN-BVTP')}/reopen`, { reason: 'Sửa' })).statusCode).toBe(409);
    const recompute = await hanoi.post(clusterUrl('compute'));
    expect(recompute.statusCode).toBe(409);
    expect(recompute.json().error.message).toContain('đã công bố; không thể tính lại');
    expect((await hanoi.post(clusterUrl('publish'))).statusCode).toBe(409);
    const sheet = (await hanoi.get(sheetUrl('CDCS-HN-BVTP'))).json();
    expect(sheet).toMatchObject({
      locked: true,
      abilities: { selfAssess: false, submit: false, review: false, markReviewed: false, reopen: false },
    });
    // A unit outside the published cluster still scores itself.
    const bvbm = await put(bachMai, `${sheetUrl('CDCS-BVBM')}/self`, selfBody(m, [9, 19, 24, 23, 18]));
    expect(bvbm.statusCode, bvbm.body).toBe(200);
    expect((await bachMai.get(rankingsUrl())).json().clusters).toHaveLength(1);
  });

  it('audits every computation and the publication', async () => {
    const rows = await t.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'movement_ranking'), like(auditLog.entityId, `${m.id}:%`)))
      .orderBy(auditLog.id);
    expect(rows.map((row) => row.action)).toEqual(['ranking.compute', 'ranking.compute', 'ranking.publish']);
    expect(rows[2]!.after).toMatchObject({ proposedAwardCode: 'CO_LDLD_TINH' });
  });
});
