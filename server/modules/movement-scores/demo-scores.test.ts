import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criterionScoreChanges, movementRankings, scoreSheets } from '../../db/schema/index.ts';
import { seedDemoScores } from '../../db/seed/demo-scores.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { insertTestMovement, type TestMovement } from './scoring-test-data.ts';

let t: TestContext;
let m: TestMovement;

beforeAll(async () => {
  t = await createTestContext();
  m = await insertTestMovement(t, { name: 'Phong trào của dữ liệu mẫu' });
  await t.db.transaction((tx) => seedDemoScores(tx));
});
afterAll(() => t.close());

describe('seedDemoScores', () => {
  it('leaves Bạch Mai (outside the cluster) half done in draft and reviews the cluster’s units', async () => {
    const sheets = await t.db.select().from(scoreSheets).where(eq(scoreSheets.movementId, m.id));
    const statusOf = (code: string) => sheets.find((sheet) => sheet.unitId === m.units[code])?.status;
    expect(statusOf('CDCS-BVBM')).toBe('draft');
    for (const code of ['CDCS-HN-BVTP', 'CDCS-HN-BVXP', 'CDCS-HN-CDC']) expect(statusOf(code)).toBe('reviewed');
    const hanoi = await t.login(accounts.hanoiOfficer);
    const sheet = (await hanoi.get(`/api/v1/scoring/movements/${m.id}/units/${m.units['CDCS-BVBM']}`)).json();
    expect(
      sheet.rows.filter(
        (row: { isGroup: boolean; selfPoints: number | null }) => !row.isGroup && row.selfPoints !== null,
      ),
    ).toHaveLength(3);
    const reviewed = (await hanoi.get(`/api/v1/scoring/movements/${m.id}/units/${m.units['CDCS-HN-CDC']}`)).json();
    expect(reviewed.finalTotal).toBeGreaterThan(70);
    expect(reviewed.finalTotal).toBeLessThanOrEqual(reviewed.selfTotal);
    const changes = await t.db.select().from(criterionScoreChanges);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((change) => change.reason.length > 0 && change.changedBy !== null)).toBe(true);
  });

  it('publishes the cluster’s ranking with the flag proposed for the leader, and seeds nothing twice', async () => {
    const rows = await t.db
      .select()
      .from(movementRankings)
      .where(and(eq(movementRankings.movementId, m.id), eq(movementRankings.clusterId, m.clusterId)));
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.publishedAt !== null)).toBe(true);
    const leaders = rows.filter((row) => row.rank === 1);
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((row) => row.proposedAwardCode === 'CO_LDLD_TINH')).toBe(true);
    expect(rows.filter((row) => row.rank > 1).every((row) => row.proposedAwardCode === null)).toBe(true);
    await t.db.transaction((tx) => seedDemoScores(tx));
    expect(await t.db.select().from(scoreSheets).where(eq(scoreSheets.movementId, m.id))).toHaveLength(4);
  });
});
