import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../shared/dates.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let admin: Agent;
let emulation: Agent;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, admin, emulation] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.admin),
    t.login(accounts.emulationOfficer),
  ]);
  for (const code of ['CDCS-HN-BVTP', 'CDCS-HN-BVXP', 'CDCS-HN-CDC', 'CDCS-BVBM', 'CDCS-BVCR', 'CDCS-HN-BVTP-KNOI'])
    ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

const id = (code: string) => ids[code]!;

async function createIn(agent: Agent, unitCode: string, fields: Record<string, unknown>) {
  const response = await agent.post('/api/v1/members', {
    ...fields,
    membership: { unitId: id(unitCode), joinedOn: '2020-05-01', ...((fields.membership as object) ?? {}) },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('GET /api/v1/members', () => {
  it('finds "Nguyễn Đức Đạt" typed with or without diacritics, in any case', async () => {
    const created = await createIn(hanoi, 'CDCS-HN-CDC', {
      fullName: 'ThS. BSCKII Nguyễn Đức Đạt',
      gender: 'male',
      birthDate: '1980-04-12',
    });
    expect(created).toMatchObject({
      fullName: 'Nguyễn Đức Đạt',
      displayName: 'ThS.BSCKII. Nguyễn Đức Đạt',
      titles: ['ThS', 'BSCKII'],
    });
    expect(created.givenName).toBe('Đạt');
    for (const q of ['nguyen duc dat', 'Nguyễn Đức Đạt', 'NGUYEN DAT', 'đạt nguyễn']) {
      const found = (await hanoi.get(`/api/v1/members?q=${encodeURIComponent(q)}&unit=CDCS-HN-CDC`)).json().items;
      expect([q, found.map((m: { id: number }) => m.id)]).toEqual([q, [created.id]]);
    }
  });

  it('sorts by given name, then middle, then family name, the Vietnamese way', async () => {
    for (const fullName of ['Trần Văn Bình', 'Lê Thị Ánh', 'Đỗ An', 'Nguyễn Thị Ánh', 'Phạm Đức Dũng', 'Vũ Văn Đạt']) {
      await createIn(hanoi, 'CDCS-HN-BVXP', { fullName });
    }
    const all = (await hanoi.get('/api/v1/members?unit=CDCS-HN-BVXP&pageSize=200'))
      .json()
      .items.map((m: { fullName: string }) => m.fullName);
    const ours = all.filter((name: string) =>
      ['Trần Văn Bình', 'Lê Thị Ánh', 'Đỗ An', 'Nguyễn Thị Ánh', 'Phạm Đức Dũng', 'Vũ Văn Đạt'].includes(name),
    );
    expect(ours).toEqual(['Đỗ An', 'Lê Thị Ánh', 'Nguyễn Thị Ánh', 'Trần Văn Bình', 'Phạm Đức Dũng', 'Vũ Văn Đạt']);
  });

  it('finds by card number, by exact citizen ID and by birth year, and pages with the total', async () => {
    const person = await createIn(hanoi, 'CDCS-HN-BVTP', {
      fullName: 'Hoàng Thị Thu Trang',
      birthDate: '1991-02-03',
      citizenId: '001191012345',
      membership: { cardNumber: 'HN-2020-777' },
    });
    expect((await hanoi.get('/api/v1/members?q=HN-2020-777')).json().items.map((m: { id: number }) => m.id)).toEqual([
      person.id,
    ]);
    expect((await hanoi.get('/api/v1/members?q=001191012345')).json().items.map((m: { id: number }) => m.id)).toEqual([
      person.id,
    ]);
    expect(
      (await hanoi.get('/api/v1/members?q=00119101234')).json().items.map((m: { id: number }) => m.id),
    ).not.toContain(person.id);
    const byYear = (await hanoi.get('/api/v1/members?q=1991&unit=CDCS-HN-BVTP')).json().items;
    expect(
      byYear.every(
        (m: { birthYear: number; cardNumber: string }) => m.birthYear === 1991 || m.cardNumber.startsWith('1991'),
      ),
    ).toBe(true);
    const page = (await hanoi.get('/api/v1/members?pageSize=5&page=2')).json();
    expect(page.items.length).toBe(5);
    expect(page.total).toBeGreaterThan(10);
  });

  it('keeps lists inside the scope: another grassroots union’s members are not listed and answer 404', async () => {
    const other = await createIn(admin, 'CDCS-BVCR', { fullName: 'Lý Thị Hồng Nhung' });
    const listed = (await bachMai.get('/api/v1/members?q=nhung&pageSize=200'))
      .json()
      .items.map((m: { id: number }) => m.id);
    expect(listed).not.toContain(other.id);
    expect((await bachMai.get(`/api/v1/members/${other.id}`)).statusCode).toBe(404);
    expect((await bachMai.patch(`/api/v1/members/${other.id}`, { position: 'x' })).statusCode).toBe(404);
    expect((await bachMai.post(`/api/v1/members/${other.id}/transfer`, { unitId: id('CDCS-BVBM') })).statusCode).toBe(
      404,
    );
    expect((await bachMai.post(`/api/v1/members/${other.id}/leave`, { reason: 'Thử phạm vi' })).statusCode).toBe(404);
    expect((await bachMai.post(`/api/v1/members/${other.id}/join`, { unitId: id('CDCS-BVBM') })).statusCode).toBe(404);
    expect((await bachMai.get('/api/v1/members?unit=CDCS-BVCR')).statusCode).toBe(404);
    const hanoiList = (await hanoi.get('/api/v1/members?pageSize=200')).json().items;
    expect(hanoiList.every((m: { unit: { code: string } }) => m.unit.code.startsWith('CDCS-HN-'))).toBe(true);
  });
});

describe('personal data', () => {
  it('masks the citizen ID in lists, shows it in full on the record to officers and audits that view', async () => {
    const person = await createIn(hanoi, 'CDCS-HN-BVTP', { fullName: 'Bùi Văn Khánh', citizenId: '001085000321' });
    const listed = (await hanoi.get('/api/v1/members?q=001085000321')).json().items[0];
    expect(listed.citizenId).toBe('********0321');
    expect((await hanoi.get(`/api/v1/members/${person.id}`)).json().citizenId).toBe('001085000321');
    const masked = (await emulation.get(`/api/v1/members/${person.id}`)).json();
    expect(masked.citizenId).toBe('********0321');
    expect(masked.abilities).toMatchObject({ update: false, viewCitizenId: false });
    const views = (await admin.get(`/api/v1/audit?action=member.view_personal_data&entityId=${person.id}`)).json()
      .items;
    expect(views.map((entry: { username: string }) => entry.username)).toEqual(['canbo.hanoi']);
  });
});

describe('workers who are not members', () => {
  it('are listed with status=non_member, and members are not', async () => {
    const unitId = id('CDCS-HN-BVTP');
    const created = await hanoi.post('/api/v1/members', {
      fullName: 'Cao Thị Xuân',
      employment: { unitId, validFrom: '2021-01-04' },
    });
    expect(created.statusCode).toBe(201);
    const workers = (await hanoi.get('/api/v1/members?status=non_member&unit=CDCS-HN-BVTP&pageSize=200')).json();
    expect(workers.items.map((m: { id: number }) => m.id)).toContain(created.json().id);
    expect(workers.items.every((m: { status: string | null }) => m.status === null)).toBe(true);
    const members = (await hanoi.get('/api/v1/members?q=cao thi xuan')).json();
    expect(members.total).toBe(0);
    const csv = (await hanoi.get('/api/v1/members/export?format=csv&status=non_member&q=cao thi xuan')).body;
    expect(csv).toContain('Cao Thị Xuân');
    expect(csv).toContain('Chưa là đoàn viên');
  });
});

describe('PATCH /api/v1/members/:id', () => {
  it('switches a record to a year of birth only', async () => {
    const person = await createIn(hanoi, 'CDCS-HN-BVTP', { fullName: 'Quách Văn Năm', birthDate: '1983-05-05' });
    const changed = (await hanoi.patch(`/api/v1/members/${person.id}`, { birthDate: null, birthYear: 1984 })).json();
    expect([changed.birthDate, changed.birthYear]).toEqual([null, 1984]);
  });
});

describe('bad input', () => {
  it('names the field: a citizen ID of the wrong length, a birth date in the future, a taken ID or card', async () => {
    const wrongId = await hanoi.post('/api/v1/members', {
      fullName: 'Mai Văn Tú',
      citizenId: '12345',
      membership: { unitId: id('CDCS-HN-BVTP'), joinedOn: '2020-01-01' },
    });
    expect(wrongId.statusCode).toBe(400);
    expect(wrongId.json().error.details[0].field).toBe('body.citizenId');
    const future = await hanoi.post('/api/v1/members', {
      fullName: 'Mai Văn Tú',
      birthDate: '2999-01-01',
      membership: { unitId: id('CDCS-HN-BVTP'), joinedOn: '2020-01-01' },
    });
    expect(future.json().error).toMatchObject({
      code: 'members.birth_date_in_future',
      details: [{ field: 'body.birthDate' }],
    });
    await createIn(hanoi, 'CDCS-HN-BVTP', {
      fullName: 'Mai Văn Tú',
      citizenId: '001099000999',
      membership: { cardNumber: 'HN-TU-1' },
    });
    const takenId = await hanoi.post('/api/v1/members', {
      fullName: 'Mai Văn Tư',
      citizenId: '001099000999',
      membership: { unitId: id('CDCS-HN-BVTP'), joinedOn: '2020-01-01' },
    });
    expect([takenId.statusCode, takenId.json().error.code]).toEqual([409, 'members.citizen_id_taken']);
    const takenCard = await hanoi.post('/api/v1/members', {
      fullName: 'Mai Văn Tư',
      membership: { unitId: id('CDCS-HN-BVTP'), joinedOn: '2020-01-01', cardNumber: 'HN-TU-1' },
    });
    expect([takenCard.statusCode, takenCard.json().error.details[0].field]).toEqual([
      409,
      'body.membership.cardNumber',
    ]);
    const nowhere = await hanoi.post('/api/v1/members', { fullName: 'Mai Văn Tư' });
    expect(nowhere.json().error.code).toBe('members.placement_required');
    const intoProvince = await hanoi.post('/api/v1/members', {
      fullName: 'Mai Văn Tư',
      membership: { unitId: await t.unitId('CDYT-HN'), joinedOn: '2020-01-01' },
    });
    expect(intoProvince.json().error.code).toBe('members.unit_kind_not_allowed');
  });
});

describe('membership over time', () => {
  it('transfers a member: two periods, and the list as of an earlier date shows the old union', async () => {
    const person = await createIn(hanoi, 'CDCS-HN-BVTP', {
      fullName: 'Đinh Thị Quỳnh',
      membership: { cardNumber: 'HN-Q-1', joinedOn: '2019-01-10' },
    });
    const moved = await hanoi.post(`/api/v1/members/${person.id}/transfer`, {
      unitId: id('CDCS-HN-CDC'),
      date: '2024-06-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = moved.json();
    expect(
      detail.memberships.map((m: { unit: { code: string }; status: string; validTo: string | null }) => [
        m.unit.code,
        m.status,
        m.validTo,
      ]),
    ).toEqual([
      ['CDCS-HN-BVTP', 'transferred', '2024-06-01'],
      ['CDCS-HN-CDC', 'active', null],
    ]);
    expect(detail).toMatchObject({ cardNumber: 'HN-Q-1', joinedOn: '2019-01-10' });
    const then = (await hanoi.get('/api/v1/members?q=dinh thi quynh&asOf=2023-01-01')).json().items;
    expect(then.map((m: { unit: { code: string } }) => m.unit.code)).toEqual(['CDCS-HN-BVTP']);
    const now = (await hanoi.get('/api/v1/members?q=dinh thi quynh')).json().items;
    expect(now.map((m: { unit: { code: string } }) => m.unit.code)).toEqual(['CDCS-HN-CDC']);
  });

  it('records leaving and re-joining, keeping the history', async () => {
    const person = await createIn(hanoi, 'CDCS-HN-BVTP', { fullName: 'Tạ Văn Lực' });
    const left = await hanoi.post(`/api/v1/members/${person.id}/leave`, {
      reason: 'Chuyển công tác ra ngoài ngành',
      date: '2023-03-01',
    });
    expect(left.json()).toMatchObject({ status: 'left', abilities: { join: true, transfer: false } });
    expect((await hanoi.get('/api/v1/members?q=ta van luc')).json().items).toEqual([]);
    expect((await hanoi.get('/api/v1/members?q=ta van luc&status=left')).json().items.length).toBe(1);
    const back = await hanoi.post(`/api/v1/members/${person.id}/join`, {
      unitId: id('CDCS-HN-BVTP'),
      joinedOn: '2025-01-02',
      cardNumber: 'HN-L-2',
    });
    expect(back.json().memberships.map((m: { status: string }) => m.status)).toEqual(['left', 'active']);
    expect((await hanoi.get('/api/v1/members?q=ta van luc&status=all')).json().total).toBe(1);
  });

  it('moves members with their union when it merges; a union with members cannot be dissolved', async () => {
    const person = await createIn(admin, 'CDCS-BVBM', { fullName: 'Kiều Thị Mến' });
    const sectionPerson = await createIn(admin, 'CDCS-HN-BVTP-KNOI', { fullName: 'Lâm Văn Tâm' });
    const withPeople = await admin.post(`/api/v1/units/${id('CDCS-HN-BVTP-KNOI')}/dissolve`, { reason: 'Thử' });
    expect(withPeople.json().error.code).toBe('units.has_members');
    const merged = await admin.post(`/api/v1/units/${id('CDCS-BVBM')}/merge`, { targetId: id('CDCS-BVCR') });
    expect(merged.statusCode, merged.body).toBe(200);
    const after = (await admin.get(`/api/v1/members/${person.id}`)).json();
    expect(after.unit.code).toBe('CDCS-BVCR');
    expect(after.memberships.at(-1).validFrom).toBe(vietnamToday());
    expect(sectionPerson.unit.code).toBe('CDCS-HN-BVTP-KNOI');
  });
});
