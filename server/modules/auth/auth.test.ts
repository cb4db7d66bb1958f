import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('POST /api/v1/auth/login', () => {
  it('sets an httpOnly SameSite=Lax session cookie and returns the user with capabilities', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: accounts.hanoiOfficer });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'congdoan_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = response.json();
    expect(me.user.username).toBe('canbo.hanoi');
    expect(me.grants[0]).toMatchObject({ role: 'union_officer', unitCode: 'CDYT-HN' });
    expect(me.capabilities).toEqual({
      viewUnits: true,
      manageUnits: true,
      viewMembers: true,
      manageMembers: true,
      exportMembers: true,
      viewAudit: false,
      manageUsers: false,
      ownRecord: false,
      reviewCorrections: true,
      viewTargets: true,
      manageTargets: true,
      viewInitiatives: true,
      manageInitiatives: true,
      viewPerformanceRatings: true,
      managePerformanceRatings: true,
      viewAwards: true,
      manageAwards: true,
      manageCatalogue: false,
      viewMovements: true,
      manageMovements: true,
      viewProposals: true,
      manageProposals: true,
    });
  });

  it('answers 401 with a Vietnamese message for a wrong password', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'thidua', password: 'wrong-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({
      code: 'auth.invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  });

  it('locks an account after repeated failures, even for the right password, with the wait', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'hoidong', password: `bad-${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: accounts.councilMember });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('auth.locked');
    expect(locked.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.headers['retry-after']).toBeDefined();
  }, 20_000);
});

describe('GET /api/v1/auth/me and sessions', () => {
  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('auth.required');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const agent = await t.login(accounts.bachMaiOfficer);
    const response = await agent.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: {},
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('auth.csrf_failed');
  });

  it('logs out: the cookie no longer works', async () => {
    const agent = await t.login(accounts.bachMaiOfficer);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await agent.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lists own sessions and revokes one', async () => {
    const first = await t.login(accounts.emulationOfficer);
    const second = await t.login(accounts.emulationOfficer);
    const list = (await second.get('/api/v1/auth/sessions')).json().items as { id: string; current: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const other = list.find((s) => !s.current)!;
    expect((await second.delete(`/api/v1/auth/sessions/${other.id}`)).statusCode).toBe(200);
    const statuses = [
      (await first.get('/api/v1/auth/me')).statusCode,
      (await second.get('/api/v1/auth/me')).statusCode,
    ];
    expect(statuses.sort()).toEqual([200, 401]);
  });
});

describe('POST /api/v1/auth/password', () => {
  it('changes the password, ends other sessions and is audited', async () => {
    const other = await t.login(accounts.member);
    const agent = await t.login(accounts.member);
    const weak = await agent.post('/api/v1/auth/password', {
      currentPassword: accounts.member.password,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].field).toBe('body.newPassword');
    const wrong = await agent.post('/api/v1/auth/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'a-new-password-1',
    });
    expect(wrong.json().error.code).toBe('auth.wrong_password');
    const ok = await agent.post('/api/v1/auth/password', {
      currentPassword: accounts.member.password,
      newPassword: 'a-new-password-1',
    });
    expect(ok.statusCode).toBe(200);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.login({ username: 'doanvien', password: 'a-new-password-1' });
    const admin = await t.login(accounts.admin);
    const audit = (await admin.get('/api/v1/audit?action=auth.password_change')).json();
    expect(audit.items.length).toBe(1);
  });
});
