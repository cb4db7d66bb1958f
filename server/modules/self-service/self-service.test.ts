import { desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, correctionRequests } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let member: Agent;
let bachMai: Agent;
let admin: Agent;
let emulation: Agent;
let hoaId: number;

beforeAll(async () => {
  t = await createTestContext();
  [member, bachMai, admin, emulation] = await Promise.all([
    t.login(accounts.member),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.admin),
    t.login(accounts.emulationOfficer),
  ]);
  hoaId = (await member.get('/api/v1/me/member')).json().member.id;
});
afterAll(() => t.close());

/** A new login with the member role at Bạch Mai, linked to a new member of that union. */
async function newMemberLogin(username: string, fullName: string): Promise<{ agent: Agent; personId: number }> {
  const bvbm = await t.unitId('CDCS-BVBM');
  const person = await bachMai.post('/api/v1/members', {
    fullName,
    phone: '0987 000 111',
    membership: { unitId: bvbm, joinedOn: '2019-06-01', cardNumber: `YT0${Math.floor(Math.random() * 1e7)}` },
  });
  expect(person.statusCode, person.body).toBe(201);
  const password = 'mat-khau-tam-thoi-2026';
  const user = await admin.post('/api/v1/users', {
    username,
    displayName: fullName,
    password,
    grants: [{ role: 'member', unitId: bvbm }],
  });
  expect(user.statusCode, user.body).toBe(201);
  const linked = await admin.request({
    method: 'PUT',
    url: `/api/v1/users/${user.json().id}/person`,
    payload: { personId: person.json().id },
  });
  expect(linked.statusCode, linked.body).toBe(200);
  return { agent: await t.login({ username, password }), personId: person.json().id };
}

describe('GET /api/v1/me/member', () => {
  it('shows the member their own record, with their citizen ID in full and the card available', async () => {
    const response = await member.get('/api/v1/me/member');
    expect(response.statusCode, response.body).toBe(200);
    const { member: own, card } = response.json();
    expect(own).toMatchObject({ displayName: 'Đặng Thị Hòa', status: 'active', unit: { code: 'CDCS-BVBM' } });
    expect(own.citizenId).toMatch(/^\d{12}$/);
    expect(own.memberships.length).toBeGreaterThan(0);
    expect(own.employments.length).toBeGreaterThan(0);
    expect(card).toEqual({ available: true });
    expect((await member.get('/api/v1/auth/me')).json().capabilities).toMatchObject({
      ownRecord: true,
      reviewCorrections: false,
      viewMembers: false,
    });
  });

  it('answers 404 with a clear message to a login without a member record, whose menu has no "Hồ sơ của tôi"', async () => {
    const response = await emulation.get('/api/v1/me/member');
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'self_service.not_linked' });
    expect(response.json().error.message).toContain('chưa được liên kết');
    expect((await emulation.get('/api/v1/auth/me')).json().capabilities.ownRecord).toBe(false);
  });

  it('never shows a member anyone else’s record', async () => {
    expect((await member.get('/api/v1/members')).statusCode).toBe(403);
    const other = await newMemberLogin('doanvien.khac', 'Ngô Văn Hậu');
    const response = await other.agent.get('/api/v1/me/member');
    expect(response.json().member.id).toBe(other.personId);
    expect((await other.agent.get(`/api/v1/members/${hoaId}`)).statusCode).toBe(404);
  });
});

describe('linking a login to a person (PUT /api/v1/users/:id/person)', () => {
  it('refuses a person already linked to another login, and officers who do not administer users', async () => {
    const users = (await admin.get('/api/v1/users')).json().items as { id: number; username: string }[];
    const thidua = users.find((user) => user.username === 'thidua')!;
    const taken = await admin.request({
      method: 'PUT',
      url: `/api/v1/users/${thidua.id}/person`,
      payload: { personId: hoaId },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('users.person_taken');
    const officer = await bachMai.request({
      method: 'PUT',
      url: `/api/v1/users/${thidua.id}/person`,
      payload: { personId: hoaId },
    });
    expect(officer.statusCode).toBe(403);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.link_person'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.after).toMatchObject({ personId: expect.any(Number) });
  });
});

describe('POST /api/v1/me/corrections', () => {
  it('records the fields that differ, with the value the member saw, and audits the request', async () => {
    const before = (await member.get('/api/v1/me/member')).json().member;
    const response = await member.post('/api/v1/me/corrections', {
      changes: { religion: 'Phật giáo', gender: before.gender },
      reason: 'Hồ sơ chưa ghi tôn giáo của tôi.',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'pending',
      person: { id: hoaId, displayName: 'Đặng Thị Hòa', unit: { code: 'CDCS-BVBM' } },
      changes: [{ field: 'religion', from: before.religion, to: 'Phật giáo' }],
      abilities: { approve: false, reject: false, withdraw: true },
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'correction.request'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ entityId: String(response.json().id), after: { personId: hoaId } });
  });

  it('checks the values like the edit form, naming the field under changes', async () => {
    const cases = [
      [{ phone: 'abc' }, 'body.changes.phone'],
      [{ citizenId: '12345' }, 'body.changes.citizenId'],
      [{ birthDate: '2999-01-01' }, 'body.changes.birthDate'],
      [{ birthDate: '1988-04-12', birthYear: 1990 }, 'body.changes.birthYear'],
      [{ fullName: 'Hòa' }, 'body.changes.fullName'],
      [{ cardNumber: 'YT1' }, 'body.changes.cardNumber'],
    ] as const;
    for (const [changes, field] of cases) {
      const response = await member.post('/api/v1/me/corrections', { changes, reason: 'Sai thông tin' });
      expect([JSON.stringify(changes), response.statusCode]).toEqual([JSON.stringify(changes), 400]);
      const fields = (response.json().error.details as { field: string }[]).map((detail) => detail.field);
      expect(fields).toContain(field);
    }
    const empty = await member.post('/api/v1/me/corrections', { changes: {}, reason: 'Sai thông tin' });
    expect(empty.statusCode).toBe(400);
    const same = await member.post('/api/v1/me/corrections', {
      changes: { fullName: 'Đặng Thị Hòa' },
      reason: 'Sai thông tin',
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('corrections.nothing_changed');
  });

  it('allows one pending request per field', async () => {
    const again = await member.post('/api/v1/me/corrections', {
      changes: { religion: 'Công giáo' },
      reason: 'Ghi nhầm',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'corrections.pending_exists' });
    expect(again.json().error.message).toContain('Tôn giáo');
  });
});

describe('the member’s own requests', () => {
  it('lists only their own; another member neither sees nor withdraws them', async () => {
    const other = await newMemberLogin('doanvien.thu.ba', 'Lý Thị Thu');
    const mine = (await member.get('/api/v1/me/corrections')).json().items as { id: number; person: { id: number } }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((item) => item.person.id === hoaId)).toBe(true);
    expect((await other.agent.get('/api/v1/me/corrections')).json().items).toEqual([]);
    expect((await other.agent.post(`/api/v1/me/corrections/${mine[0]!.id}/withdraw`)).statusCode).toBe(404);
  });

  it('withdraws a pending request; a withdrawn one cannot be decided', async () => {
    const created = await member.post('/api/v1/me/corrections', {
      changes: { position: 'Điều dưỡng trưởng khoa' },
      reason: 'Được bổ nhiệm từ tháng 6/2026',
    });
    const id = created.json().id;
    const withdrawn = await member.post(`/api/v1/me/corrections/${id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', abilities: { withdraw: false } });
    const approve = await bachMai.post(`/api/v1/corrections/${id}/approve`);
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.code).toBe('corrections.not_pending');
    expect((await member.post(`/api/v1/me/corrections/${id}/withdraw`)).statusCode).toBe(409);
  });
});

describe('reviewing corrections', () => {
  it('shows the union’s officer the pending requests and their count, and nobody outside', async () => {
    const list = await bachMai.get('/api/v1/corrections');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { person: { id: number }; status: string; abilities: { approve: boolean } }[];
    expect(items.some((item) => item.person.id === hoaId)).toBe(true);
    expect(items.every((item) => item.status === 'pending' && item.abilities.approve)).toBe(true);
    const summary = (await bachMai.get('/api/v1/corrections/summary')).json();
    expect(summary.pending).toBe(list.json().total);
    const hanoi = await t.login(accounts.hanoiOfficer);
    expect((await hanoi.get('/api/v1/corrections')).json().items).toEqual([]);
    expect((await hanoi.get('/api/v1/corrections/summary')).json().pending).toBe(0);
    expect((await emulation.get('/api/v1/corrections')).statusCode).toBe(403);
    expect((await member.get('/api/v1/corrections')).statusCode).toBe(403);
    const byPerson = (await bachMai.get(`/api/v1/corrections?personId=${hoaId}&status=all`)).json().items;
    expect(byPerson.every((item: { person: { id: number } }) => item.person.id === hoaId)).toBe(true);
  });

  it('approves: the record changes through the member update, both audited in one transaction', async () => {
    const created = await member.post('/api/v1/me/corrections', {
      changes: { phone: '0903 222 333' },
      reason: 'Tôi đã đổi số điện thoại.',
    });
    const id = created.json().id;
    const approved = await bachMai.post(`/api/v1/corrections/${id}/approve`, { note: 'Đã xác nhận qua điện thoại.' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      decidedBy: { displayName: 'Lê Đức Đạt' },
      decisionNote: 'Đã xác nhận qua điện thoại.',
    });
    expect((await bachMai.get(`/api/v1/members/${hoaId}`)).json().phone).toBe('0903 222 333');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['member.update', 'correction.approve']))
      .orderBy(desc(auditLog.id))
      .limit(2);
    expect(audits.map((row) => row.action).sort()).toEqual(['correction.approve', 'member.update']);
    expect(audits[0]!.requestId).toBe(audits[1]!.requestId);
    expect(audits.find((row) => row.action === 'member.update')).toMatchObject({
      entityId: String(hoaId),
      after: { phone: '0903 222 333' },
    });
    const mine = (await member.get('/api/v1/me/corrections')).json().items;
    expect(mine.find((item: { id: number }) => item.id === id)).toMatchObject({ status: 'approved' });
  });

  it('answers 409 for a request whose field changed since it was made, and leaves it pending', async () => {
    const created = await member.post('/api/v1/me/corrections', {
      changes: { email: 'hoa.dang@example.vn' },
      reason: 'Email mới',
    });
    const id = created.json().id;
    const edited = await bachMai.patch(`/api/v1/members/${hoaId}`, { email: 'dang.thi.hoa@bachmai.example.vn' });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await bachMai.post(`/api/v1/corrections/${id}/approve`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('corrections.stale');
    expect(stale.json().error.message).toContain('Hồ sơ đã được sửa sau khi đoàn viên gửi yêu cầu');
    expect(stale.json().error.details[0]).toMatchObject({ field: 'email' });
    expect((await bachMai.get(`/api/v1/members/${hoaId}`)).json().email).toBe('dang.thi.hoa@bachmai.example.vn');
    const [row] = await t.db.select().from(correctionRequests).where(eq(correctionRequests.id, id));
    expect(row?.status).toBe('pending');
  });

  it('rejects with a note the member reads', async () => {
    const pending = (await member.get('/api/v1/me/corrections'))
      .json()
      .items.find(
        (item: { status: string; changes: { field: string }[] }) =>
          item.status === 'pending' && item.changes[0]!.field === 'email',
      );
    const noNote = await bachMai.post(`/api/v1/corrections/${pending.id}/reject`, {});
    expect(noNote.statusCode).toBe(400);
    const rejected = await bachMai.post(`/api/v1/corrections/${pending.id}/reject`, {
      note: 'Email đã được cập nhật theo hồ sơ nhân sự.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const mine = (await member.get('/api/v1/me/corrections')).json().items;
    expect(mine.find((item: { id: number }) => item.id === pending.id)).toMatchObject({
      status: 'rejected',
      decisionNote: 'Email đã được cập nhật theo hồ sơ nhân sự.',
      abilities: { withdraw: false },
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'correction.reject'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ entityId: String(pending.id), after: { status: 'rejected' } });
  });

  it('keeps the request pending when applying it fails (a citizen ID taken meanwhile)', async () => {
    const created = await member.post('/api/v1/me/corrections', {
      changes: { citizenId: '001188099999' },
      reason: 'Số CCCD mới cấp',
    });
    expect(created.statusCode, created.body).toBe(201);
    const other = await bachMai.post('/api/v1/members', {
      fullName: 'Hoàng Văn Nam',
      citizenId: '001188099999',
      membership: { unitId: await t.unitId('CDCS-BVBM'), joinedOn: '2020-01-01' },
    });
    expect(other.statusCode).toBe(201);
    const approve = await bachMai.post(`/api/v1/corrections/${created.json().id}/approve`);
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.code).toBe('members.citizen_id_taken');
    const [row] = await t.db.select().from(correctionRequests).where(eq(correctionRequests.id, created.json().id));
    expect(row?.status).toBe('pending');
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'correction.approve'));
    expect(audits.some((audit) => audit.entityId === String(created.json().id))).toBe(false);
    await bachMai.post(`/api/v1/corrections/${created.json().id}/reject`, { note: 'Số CCCD trùng, cần kiểm tra.' });
  });

  it('answers 404 outside the scope, 403 to readers and to an officer deciding their own request', async () => {
    const created = await member.post('/api/v1/me/corrections', {
      changes: { qualification: 'midwife' },
      reason: 'Tôi là hộ sinh',
    });
    const id = created.json().id;
    const hanoi = await t.login(accounts.hanoiOfficer);
    expect((await hanoi.post(`/api/v1/corrections/${id}/approve`)).statusCode).toBe(404);
    expect((await member.post(`/api/v1/corrections/${id}/approve`)).statusCode).toBe(404);
    expect((await emulation.post(`/api/v1/corrections/${id}/reject`, { note: 'Không đúng' })).statusCode).toBe(403);

    // The union's officer is also a member of it: their own request is not theirs to decide.
    const users = (await admin.get('/api/v1/users')).json().items as { id: number; username: string }[];
    const officer = users.find((user) => user.username === 'canbo.bachmai')!;
    const person = await bachMai.post('/api/v1/members', {
      fullName: 'Lê Đức Đạt',
      membership: { unitId: await t.unitId('CDCS-BVBM'), joinedOn: '2010-01-01' },
    });
    await admin.request({
      method: 'PUT',
      url: `/api/v1/users/${officer.id}/person`,
      payload: { personId: person.json().id },
    });
    const self = await t.login(accounts.bachMaiOfficer);
    const own = await self.post('/api/v1/me/corrections', { changes: { phone: '0911 000 999' }, reason: 'Số mới' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().abilities).toEqual({ approve: false, reject: false, withdraw: true });
    expect((await self.get('/api/v1/corrections')).json().items.map((item: { id: number }) => item.id)).not.toContain(
      own.json().id,
    );
    expect((await self.post(`/api/v1/corrections/${own.json().id}/approve`)).statusCode).toBe(403);
    expect((await admin.post(`/api/v1/corrections/${own.json().id}/approve`)).statusCode).toBe(200);
  });
});
