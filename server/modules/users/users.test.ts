import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let sectorAdmin: Agent;
beforeAll(async () => {
  t = await createTestContext();
  sectorAdmin = await t.login(accounts.sectorAdmin);
});
afterAll(() => t.close());

describe('users administration', () => {
  it('is for administrators only', async () => {
    const officer = await t.login(accounts.hanoiOfficer);
    expect((await officer.get('/api/v1/users')).statusCode).toBe(403);
    expect((await officer.post('/api/v1/users', {})).statusCode).toBe(400);
  });

  it('lists the users whose grants sit in the administrator’s scope', async () => {
    const names = (await sectorAdmin.get('/api/v1/users'))
      .json()
      .items.map((user: { username: string }) => user.username);
    expect(names).toEqual(expect.arrayContaining(['canbo.hanoi', 'canbo.bachmai', 'thidua', 'doanvien']));
    // The root administrator's grant is above the sector: not theirs to manage.
    expect(names).not.toContain('admin');
  });

  it('creates a user with a grant in scope, who must change the password; refuses a grant outside it', async () => {
    const bachMai = await t.unitId('CDCS-BVBM');
    const created = await sectorAdmin.post('/api/v1/users', {
      username: 'canbo.moi',
      displayName: 'Vũ Thị Ngọc Ánh',
      password: 'mat-khau-tam-thoi',
      grants: [{ role: 'union_officer', unitId: bachMai }],
    });
    expect(created.statusCode).toBe(201);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'canbo.moi', password: 'mat-khau-tam-thoi' },
    });
    expect(login.json().user.mustChangePassword).toBe(true);
    const federation = await t.unitId('LDLD-HN');
    const outside = await sectorAdmin.post(`/api/v1/users/${created.json().id}/grants`, {
      role: 'admin',
      unitId: federation,
    });
    expect(outside.statusCode).toBe(404);
    const taken = await sectorAdmin.post('/api/v1/users', {
      username: 'canbo.moi',
      displayName: 'Trùng',
      password: 'mat-khau-tam-thoi',
      grants: [{ role: 'member', unitId: bachMai }],
    });
    expect(taken.statusCode).toBe(409);
  });

  it('revokes a grant and all sessions of a user', async () => {
    const member = await t.login(accounts.member);
    const users = (await sectorAdmin.get('/api/v1/users')).json().items as {
      id: number;
      username: string;
      grants: { id: number }[];
    }[];
    const target = users.find((user) => user.username === 'doanvien')!;
    expect((await sectorAdmin.post(`/api/v1/users/${target.id}/revoke-sessions`)).statusCode).toBe(200);
    expect((await member.get('/api/v1/auth/me')).statusCode).toBe(401);
    const after = await sectorAdmin.delete(`/api/v1/users/${target.id}/grants/${target.grants[0]!.id}`);
    expect(after.json().grants).toEqual([]);
  });
});
