import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, units, users } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

type ListedUser = {
  id: number;
  username: string;
  person: { id: number; fullName: string; unitName: string | null } | null;
};

let t: TestContext;
let sectorAdmin: Agent;
let bachMaiId: number;
let bachMaiName: string;

beforeAll(async () => {
  t = await createTestContext();
  sectorAdmin = await t.login(accounts.sectorAdmin);
  bachMaiId = await t.unitId('CDCS-BVBM');
  const [unit] = await t.db.select({ name: units.name }).from(units).where(eq(units.id, bachMaiId));
  bachMaiName = unit!.name;
});
afterAll(() => t.close());

async function listed(username: string): Promise<ListedUser> {
  const response = await sectorAdmin.get('/api/v1/users');
  expect(response.statusCode, response.body).toBe(200);
  const user = (response.json().items as ListedUser[]).find((item) => item.username === username);
  expect(user, username).toBeDefined();
  return user!;
}

/** A new member of Bạch Mai, created by the sector administrator. */
async function newMember(fullName: string): Promise<number> {
  const response = await sectorAdmin.post('/api/v1/members', {
    fullName,
    birthYear: 1980,
    membership: { unitId: bachMaiId, joinedOn: '2015-03-01' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** A new login with the member role at Bạch Mai. */
async function newLogin(username: string, extra: { personId?: number } = {}) {
  return sectorAdmin.post('/api/v1/users', {
    username,
    displayName: 'Tài khoản thử',
    password: 'mat-khau-tam-thoi',
    grants: [{ role: 'member', unitId: bachMaiId }],
    ...extra,
  });
}

const putPerson = (agent: Agent, userId: number, personId: number | null) =>
  agent.request({ method: 'PUT', url: `/api/v1/users/${userId}/person`, payload: { personId } });

async function lastAudit(userId: number) {
  const [row] = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, String(userId))))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

describe('GET /api/v1/users: the linked person', () => {
  it('names the person of a linked login with their union, and null for a login without one', async () => {
    const member = await listed('doanvien');
    expect(member.person).toEqual({ id: expect.any(Number), fullName: 'Đặng Thị Hòa', unitName: bachMaiName });
    expect((await listed('thidua')).person).toBeNull();
  });

  it('writes the titles before the name the Vietnamese way', async () => {
    const personId = await newMember('PGS.TS. Trần Văn Minh');
    const user = await newLogin('tran.van.minh');
    expect(user.statusCode, user.body).toBe(201);
    const linked = await putPerson(sectorAdmin, user.json().id, personId);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().person).toEqual({ id: personId, fullName: 'PGS.TS. Trần Văn Minh', unitName: bachMaiName });
    expect((await listed('tran.van.minh')).person?.fullName).toBe('PGS.TS. Trần Văn Minh');
  });

  it('gives no union to a linked person whose membership has ended', async () => {
    const personId = await newMember('Lý Thị Hạnh');
    const user = await newLogin('ly.thi.hanh', { personId });
    expect(user.statusCode, user.body).toBe(201);
    const left = await sectorAdmin.post(`/api/v1/members/${personId}/leave`, { reason: 'Nghỉ hưu theo chế độ' });
    expect(left.statusCode, left.body).toBe(200);
    expect((await listed('ly.thi.hanh')).person).toEqual({ id: personId, fullName: 'Lý Thị Hạnh', unitName: null });
  });
});

describe('PUT /api/v1/users/:id/person', () => {
  it('links a person, audits it under their union, and the member then sees their own record', async () => {
    const personId = await newMember('Vương Đình Khoa');
    const user = await newLogin('vuong.dinh.khoa');
    const userId = user.json().id;
    expect((await putPerson(sectorAdmin, userId, personId)).statusCode).toBe(200);
    expect(await lastAudit(userId)).toMatchObject({
      action: 'user.link_person',
      unitId: bachMaiId,
      before: { personId: null },
      after: { personId },
    });
    const own = await t.login({ username: 'vuong.dinh.khoa', password: 'mat-khau-tam-thoi' });
    expect((await own.get('/api/v1/me/member')).json().member.id).toBe(personId);
  });

  it('refuses with 409 a person linked to another login, naming it, and changes nothing', async () => {
    const hoa = (await listed('doanvien')).person!;
    const thidua = await listed('thidua');
    const before = await lastAudit(thidua.id);
    const taken = await putPerson(sectorAdmin, thidua.id, hoa.id);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: 'users.person_taken',
      message: 'Hồ sơ này đã được liên kết với tài khoản doanvien.',
      details: [{ field: 'body.personId' }],
    });
    expect((await listed('thidua')).person).toBeNull();
    expect((await listed('doanvien')).person?.id).toBe(hoa.id);
    expect((await lastAudit(thidua.id))?.id).toBe(before?.id);
  });

  it('moves a login from one person to another, keeping both in the audit', async () => {
    const first = await newMember('Đoàn Văn Tiến');
    const second = await newMember('Đoàn Văn Tiến Anh');
    const user = await newLogin('doan.van.tien', { personId: first });
    const userId = user.json().id;
    const moved = await putPerson(sectorAdmin, userId, second);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().person.id).toBe(second);
    // Saving the same link again is not a conflict with itself.
    expect((await putPerson(sectorAdmin, userId, second)).statusCode).toBe(200);
    expect(await lastAudit(userId)).toMatchObject({
      action: 'user.link_person',
      before: { personId: second },
      after: { personId: second },
    });
    const [movedEntry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, String(userId))))
      .orderBy(desc(auditLog.id))
      .offset(1)
      .limit(1);
    expect(movedEntry).toMatchObject({
      action: 'user.link_person',
      before: { personId: first },
      after: { personId: second },
    });
    // The first person is free again for another login.
    const other = await newLogin('doan.van.tien.2', { personId: first });
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().person.id).toBe(first);
  });

  it('unlinks with null, audited with the person it had; the login loses "Hồ sơ của tôi" and the person is free', async () => {
    const personId = await newMember('Cao Thị Mến');
    const user = await newLogin('cao.thi.men', { personId });
    const userId = user.json().id;
    const unlinked = await putPerson(sectorAdmin, userId, null);
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().person).toBeNull();
    const [row] = await t.db.select({ personId: users.personId }).from(users).where(eq(users.id, userId));
    expect(row?.personId).toBeNull();
    expect(await lastAudit(userId)).toMatchObject({
      action: 'user.unlink_person',
      unitId: bachMaiId,
      before: { personId },
      after: { personId: null },
    });
    const own = await t.login({ username: 'cao.thi.men', password: 'mat-khau-tam-thoi' });
    expect((await own.get('/api/v1/me/member')).json().error.code).toBe('self_service.not_linked');
    expect((await own.get('/api/v1/auth/me')).json().capabilities.ownRecord).toBe(false);
    const thidua = await listed('thidua');
    expect((await putPerson(sectorAdmin, thidua.id, personId)).statusCode).toBe(200);
    expect((await putPerson(sectorAdmin, thidua.id, null)).statusCode).toBe(200);
  });

  it('answers 404 for a person or a user the administrator does not reach, and 403 to a non-administrator', async () => {
    const personId = await newMember('Tạ Quang Huy');
    const hanoiAdmin = await sectorAdmin.post('/api/v1/users', {
      username: 'quantri.hanoi',
      displayName: 'Quản trị Hà Nội',
      password: 'mat-khau-tam-thoi',
      grants: [{ role: 'admin', unitId: await t.unitId('CDYT-HN') }],
    });
    expect(hanoiAdmin.statusCode, hanoiAdmin.body).toBe(201);
    const hanoi = await t.login({ username: 'quantri.hanoi', password: 'mat-khau-tam-thoi' });
    const hanoiLogin = await hanoi.post('/api/v1/users', {
      username: 'doanvien.hanoi',
      displayName: 'Đoàn viên Hà Nội',
      password: 'mat-khau-tam-thoi',
      grants: [{ role: 'member', unitId: await t.unitId('CDYT-HN') }],
    });
    expect(hanoiLogin.statusCode, hanoiLogin.body).toBe(201);
    // A Bạch Mai member is outside Hà Nội's sector union.
    const outside = await putPerson(hanoi, hanoiLogin.json().id, personId);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('members.not_found');
    // Bạch Mai's logins are not Hà Nội's to manage.
    expect((await putPerson(hanoi, (await listed('thidua')).id, null)).statusCode).toBe(404);
    const missing = await putPerson(sectorAdmin, (await listed('thidua')).id, 99_999_999);
    expect(missing.statusCode).toBe(404);
    const officer = await t.login(accounts.bachMaiOfficer);
    expect((await putPerson(officer, (await listed('thidua')).id, null)).statusCode).toBe(403);
  });
});

describe('POST /api/v1/users with a person', () => {
  it('creates a member login linked to its person in one transaction', async () => {
    const personId = await newMember('Hà Thị Thu Trang');
    const created = await newLogin('ha.thi.thu.trang', { personId });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().person).toEqual({ id: personId, fullName: 'Hà Thị Thu Trang', unitName: bachMaiName });
    const actions = await t.db
      .select({ action: auditLog.action, requestId: auditLog.requestId })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, String(created.json().id))))
      .orderBy(auditLog.id);
    expect(actions.map((row) => row.action)).toEqual(['user.create', 'user.grant', 'user.link_person']);
    expect(new Set(actions.map((row) => row.requestId)).size).toBe(1);
  });

  it('creates nothing when the person belongs to another login', async () => {
    const hoa = (await listed('doanvien')).person!;
    const refused = await newLogin('trung.ho.so', { personId: hoa.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('users.person_taken');
    expect(await t.db.select().from(users).where(eq(users.username, 'trung.ho.so'))).toEqual([]);
  });
});
