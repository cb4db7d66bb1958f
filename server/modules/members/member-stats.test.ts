import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../shared/dates.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
beforeAll(async () => {
  t = await createTestContext();
  hanoi = await t.login(accounts.hanoiOfficer);
});
afterAll(() => t.close());

const sum = (counts: { count: number }[]) => counts.reduce((total, item) => total + item.count, 0);

describe('GET /api/v1/members/stats', () => {
  it('counts the members of a subtree by gender, age band, ethnicity, qualification and sector', async () => {
    const stats = (await hanoi.get('/api/v1/members/stats?unit=CDYT-HN')).json();
    const listed = (await hanoi.get('/api/v1/members?unit=CDYT-HN&pageSize=1')).json().total;
    expect(stats.members).toBe(listed);
    for (const key of ['byGender', 'byAgeBand', 'byEthnicity', 'byQualification', 'bySector']) {
      expect([key, sum(stats[key])]).toEqual([key, stats.members]);
    }
    expect(stats.bySector.map((item: { key: string }) => item.key).sort()).toEqual(['non_public', 'public']);
    expect(stats.workforce).toBeGreaterThan(stats.members * 0.8);
    expect(stats.unionisationRate).toBeGreaterThan(50);
    expect(stats.unionisationRate).toBeLessThanOrEqual(100);
  });

  it('counts new members and leavers in the period', async () => {
    const before = (await hanoi.get('/api/v1/members/stats?unit=CDCS-HN-CDC')).json();
    const unitId = await t.unitId('CDCS-HN-CDC');
    const joined = await hanoi.post('/api/v1/members', {
      fullName: 'Phí Thị Lan',
      membership: { unitId, joinedOn: vietnamToday() },
      employment: { unitId, validFrom: vietnamToday() },
    });
    const someone = (await hanoi.get('/api/v1/members?unit=CDCS-HN-CDC&pageSize=1')).json().items[0];
    await hanoi.post(`/api/v1/members/${someone.id}/leave`, { reason: 'Nghỉ hưu' });
    const after = (await hanoi.get('/api/v1/members/stats?unit=CDCS-HN-CDC')).json();
    expect(joined.statusCode).toBe(201);
    expect(after.newMembers).toBe(before.newMembers + 1);
    expect(after.leavers).toBe(before.leavers + 1);
    expect(after.members).toBe(before.members);
    expect(after.workforce).toBe(before.workforce + 1);
    const lastYear = (await hanoi.get('/api/v1/members/stats?unit=CDCS-HN-CDC&from=1980-01-01&to=1980-12-31')).json();
    expect(lastYear.newMembers).toBe(0);
  });

  it('answers 404 for a unit outside the scope', async () => {
    expect((await hanoi.get('/api/v1/members/stats?unit=CDYT-HCM')).statusCode).toBe(404);
  });
});
