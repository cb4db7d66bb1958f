import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let admin: Agent;
let sectorAdmin: Agent;
beforeAll(async () => {
  t = await createTestContext();
  admin = await t.login(accounts.admin);
  sectorAdmin = await t.login(accounts.sectorAdmin);
});
afterAll(() => t.close());

describe('GET /api/v1/audit', () => {
  it('records who, when, what and the values before and after, in the transaction of the change', async () => {
    const unit = await t.unitId('CDCS-BVK');
    await sectorAdmin.patch(`/api/v1/units/${unit}`, { name: 'Công đoàn Bệnh viện K Trung ương' });
    const entry = (await admin.get(`/api/v1/audit?entity=unit&entityId=${unit}`)).json().items[0];
    expect(entry).toMatchObject({
      action: 'unit.update',
      username: 'quantri',
      unitId: unit,
      unitName: 'Công đoàn Bệnh viện K Trung ương',
    });
    expect(entry.before.name).toBe('Công đoàn Bệnh viện K');
    expect(entry.after.name).toBe('Công đoàn Bệnh viện K Trung ương');
    expect(new Date(entry.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('writes nothing when the change fails', async () => {
    const before = (await admin.get('/api/v1/audit?pageSize=1')).json().total;
    const section = await t.unitId('CDCS-BVBM-KNOI');
    const failed = await admin.post('/api/v1/units', {
      code: 'X-FAIL',
      kind: 'grassroots_union',
      parentId: section,
      name: 'Sai loại',
    });
    expect(failed.statusCode).toBe(400);
    expect((await admin.get('/api/v1/audit?pageSize=1')).json().total).toBe(before);
  });

  it('filters by user, unit subtree and date, and pages', async () => {
    const users = (await admin.get('/api/v1/users')).json().items as { id: number; username: string }[];
    const quantri = users.find((user) => user.username === 'quantri')!;
    const byUser = (await admin.get(`/api/v1/audit?userId=${quantri.id}`)).json();
    expect(byUser.items.every((entry: { username: string }) => entry.username === 'quantri')).toBe(true);
    const hanoi = await t.unitId('CDYT-HN');
    const hospital = await t.unitId('CDCS-HN-BVTP');
    await admin.patch(`/api/v1/units/${hospital}`, { shortName: 'CĐ BV Thanh Nhàn HN' });
    const bySubtree = (await admin.get(`/api/v1/audit?unitId=${hanoi}&action=unit.update`)).json();
    expect(bySubtree.items.map((entry: { entityId: string }) => entry.entityId)).toEqual([String(hospital)]);
    const none = (await admin.get('/api/v1/audit?to=2000-01-01')).json();
    expect(none.total).toBe(0);
    const page = (await admin.get('/api/v1/audit?pageSize=2&page=1')).json();
    expect(page.items.length).toBe(2);
    expect(page.total).toBeGreaterThan(2);
  });

  it('shows a sector administrator only the entries about units in their scope', async () => {
    const federation = await t.unitId('LDLD-HN');
    await admin.patch(`/api/v1/units/${federation}`, { shortName: 'LĐLĐ TP Hà Nội' });
    const seen = (await sectorAdmin.get(`/api/v1/audit?entity=unit&entityId=${federation}`)).json();
    expect(seen.items).toEqual([]);
    expect((await sectorAdmin.get(`/api/v1/audit?unitId=${federation}`)).statusCode).toBe(404);
  });
});
