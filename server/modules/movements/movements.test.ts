import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let emulation: Agent;
let hanoi: Agent;
let bachMai: Agent;
let council: Agent;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestContext();
  [emulation, hanoi, bachMai, council] = await Promise.all([
    t.login(accounts.emulationOfficer),
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.councilMember),
  ]);
  for (const code of ['CDYTVN', 'CDYT-HN', 'CDYT-HCM', 'CDCS-HN-CDC', 'CDCS-HN-BVTP', 'CDCS-BVBM', 'CDCS-HCM-BVCR']) {
    ids[code] = await t.unitId(code).catch(() => 0);
  }
});
afterAll(() => t.close());

const header = (overrides: Record<string, unknown> = {}) => ({
  name: 'Phong trào thi đua chào mừng Đại hội Công đoàn ngành Y tế Hà Nội',
  launchingUnitId: ids['CDYT-HN'],
  kind: 'peak',
  year: 2026,
  startsOn: '2026-05-01',
  endsOn: '2026-12-31',
  goals: 'Lập thành tích chào mừng Đại hội',
  pledgeDeadline: '2026-12-31',
  launchDocumentNo: '21/KH-CĐN',
  ...overrides,
});

const sheet = {
  items: [
    {
      title: 'I. Chuyên môn',
      maxPoints: 0,
      children: [
        { title: 'Hoàn thành chỉ tiêu khám chữa bệnh', maxPoints: 30, scale: 'Đạt 100%: 30 điểm' },
        { title: 'Không để xảy ra sai sót chuyên môn', maxPoints: 20.5, evidenceRequired: 'Báo cáo sự cố' },
      ],
    },
    { title: 'II. Công tác công đoàn', maxPoints: 49.5 },
  ],
};

async function draft(agent: Agent = hanoi, overrides: Record<string, unknown> = {}) {
  const response = await agent.post('/api/v1/movements', header(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; status: string; abilities: Record<string, boolean> };
}

async function auditActions(id: number) {
  const rows = await t.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'movement'), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

describe('movements: draft, sheet, covered units, launch, close', () => {
  it('drafts a movement, sets its sheet and units, launches and closes it, each step audited', async () => {
    const created = await draft();
    expect(created).toMatchObject({
      status: 'draft',
      abilities: { update: true, editSheet: true, delete: true, launch: true, close: false },
    });
    const withSheet = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/criteria`,
      payload: sheet,
    });
    expect(withSheet.statusCode, withSheet.body).toBe(200);
    expect(withSheet.json()).toMatchObject({
      totalPoints: 100,
      criteria: [
        { title: 'I. Chuyên môn', maxPoints: 50.5, children: [{ maxPoints: 30 }, { maxPoints: 20.5 }] },
        { title: 'II. Công tác công đoàn', maxPoints: 49.5, children: [] },
      ],
    });
    const withUnits = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/units`,
      payload: { unitIds: [ids['CDCS-HN-CDC']] },
    });
    expect(withUnits.statusCode, withUnits.body).toBe(200);
    const shortcut = await hanoi.post(`/api/v1/movements/${created.id}/units/grassroots`, {
      underUnitId: ids['CDYT-HN'],
    });
    expect(shortcut.statusCode, shortcut.body).toBe(200);
    const covered = shortcut.json().coveredUnits.map((unit: { code: string }) => unit.code);
    expect(covered).toEqual(expect.arrayContaining(['CDCS-HN-CDC', 'CDCS-HN-BVTP', 'CDCS-HN-BVXP']));
    expect(covered.every((code: string) => code.startsWith('CDCS-HN-'))).toBe(true);

    const launched = await hanoi.post(`/api/v1/movements/${created.id}/launch`);
    expect(launched.statusCode, launched.body).toBe(200);
    expect(launched.json()).toMatchObject({ status: 'launched', abilities: { editSheet: false, close: true } });
    const closed = await hanoi.post(`/api/v1/movements/${created.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(await auditActions(created.id)).toEqual([
      'movement.create',
      'movement.update',
      'movement.update',
      'movement.update',
      'movement.launch',
      'movement.close',
    ]);
  });

  it('refuses to launch without covered units, criteria and a document number, naming each', async () => {
    const created = await draft(hanoi, { launchDocumentNo: null });
    const response = await hanoi.post(`/api/v1/movements/${created.id}/launch`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('movements.not_ready');
    expect(response.json().error.message).toContain('chưa chọn đơn vị tham gia phong trào');
    expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'coveredUnits',
      'criteria',
      'launchDocumentNo',
    ]);
    // A sheet worth nothing is no sheet.
    await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/criteria`,
      payload: { items: [{ title: 'Tiêu chí', maxPoints: 0 }] },
    });
    const again = await hanoi.post(`/api/v1/movements/${created.id}/launch`);
    expect(again.json().error.details.map((d: { field: string }) => d.field)).toContain('criteria');
    expect(await auditActions(created.id)).not.toContain('movement.launch');
  });

  it('accepts points of two decimals that binary floating point cannot hold exactly, and refuses three', async () => {
    const created = await draft();
    const values = [0.29, 0.57, 1.13, 4.35, 9.95];
    const saved = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/criteria`,
      payload: { items: values.map((maxPoints, i) => ({ title: `Tiêu chí ${i + 1}`, maxPoints })) },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const three = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/criteria`,
      payload: { items: [{ title: 'Tiêu chí', maxPoints: 1.125 }] },
    });
    expect(three.statusCode).toBe(400);
    expect(three.json().error).toMatchObject({
      code: 'movements.invalid_points',
      details: [{ field: 'body.items.0.maxPoints' }],
    });
  });

  it('keeps the sheet and covered units of a launched movement fixed', async () => {
    const created = await draft();
    await hanoi.request({ method: 'PUT', url: `/api/v1/movements/${created.id}/criteria`, payload: sheet });
    await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/units`,
      payload: { unitIds: [ids['CDCS-HN-CDC']] },
    });
    expect((await hanoi.post(`/api/v1/movements/${created.id}/launch`)).statusCode).toBe(200);
    const criteria = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/criteria`,
      payload: sheet,
    });
    expect(criteria.statusCode).toBe(409);
    expect(criteria.json().error.code).toBe('movements.wrong_status');
    const units = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/units`,
      payload: { unitIds: [ids['CDCS-HN-BVTP']] },
    });
    expect(units.statusCode).toBe(409);
    expect((await hanoi.delete(`/api/v1/movements/${created.id}`)).statusCode).toBe(409);
    expect((await hanoi.post(`/api/v1/movements/${created.id}/launch`)).statusCode).toBe(409);
    const moved = await hanoi.patch(`/api/v1/movements/${created.id}`, header({ kind: 'regular' }));
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.code).toBe('movements.fixed_after_launch');
  });

  it('refuses covered units outside the launching unit’s subtree, and bad dates', async () => {
    const created = await draft();
    const outside = await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/units`,
      payload: { unitIds: [ids['CDCS-HN-CDC'], ids['CDCS-BVBM']] },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({
      code: 'movements.unit_outside',
      details: [{ field: 'body.unitIds.1' }],
    });
    const period = await hanoi.post('/api/v1/movements', header({ startsOn: '2026-12-31', endsOn: '2026-01-01' }));
    expect(period.statusCode).toBe(400);
    expect(period.json().error.code).toBe('movements.invalid_period');
    const deadline = await hanoi.post('/api/v1/movements', header({ pledgeDeadline: '2027-02-01' }));
    expect(deadline.json().error.details[0].field).toBe('body.pledgeDeadline');
    const kind = await hanoi.post('/api/v1/movements', header({ kind: 'khac' }));
    expect(kind.statusCode).toBe(400);
  });

  it('deletes a draft with its sheet and units, audited with what it held', async () => {
    const created = await draft();
    await hanoi.request({ method: 'PUT', url: `/api/v1/movements/${created.id}/criteria`, payload: sheet });
    await hanoi.request({
      method: 'PUT',
      url: `/api/v1/movements/${created.id}/units`,
      payload: { unitIds: [ids['CDCS-HN-CDC']] },
    });
    expect((await hanoi.delete(`/api/v1/movements/${created.id}`)).statusCode).toBe(200);
    expect((await hanoi.get(`/api/v1/movements/${created.id}`)).statusCode).toBe(404);
    expect((await auditActions(created.id)).at(-1)).toBe('movement.delete');
  });
});

describe('movements: scope and permissions', () => {
  it('hides a movement from officers outside the launching and covered units (404) and refuses readers’ writes (403)', async () => {
    const created = await draft();
    // Bạch Mai is neither under Hà Nội's sector union nor covered: not found.
    expect((await bachMai.get(`/api/v1/movements/${created.id}`)).statusCode).toBe(404);
    expect((await bachMai.post(`/api/v1/movements/${created.id}/launch`)).statusCode).toBe(404);
    // The national council member reads it, but may not change it.
    expect((await council.get(`/api/v1/movements/${created.id}`)).statusCode).toBe(200);
    expect((await council.post(`/api/v1/movements/${created.id}/launch`)).statusCode).toBe(403);
    expect((await council.post('/api/v1/movements', header())).statusCode).toBe(403);
    // A launching unit out of the actor's scope does not exist for them.
    expect((await hanoi.post('/api/v1/movements', header({ launchingUnitId: ids['CDYT-HCM'] }))).statusCode).toBe(404);
    // A grassroots officer sees a movement once it covers their unit.
    const national = await draft(emulation, { launchingUnitId: ids.CDYTVN });
    await emulation.request({
      method: 'PUT',
      url: `/api/v1/movements/${national.id}/units`,
      payload: { unitIds: [ids['CDCS-BVBM']] },
    });
    const seen = await bachMai.get(`/api/v1/movements/${national.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toMatchObject({ update: false, launch: false });
    expect((await bachMai.post(`/api/v1/movements/${national.id}/launch`)).statusCode).toBe(403);
  });

  it('lists movements in scope with filters and pages', async () => {
    const list = await hanoi.get('/api/v1/movements?year=2025&kind=regular&pageSize=5');
    expect(list.statusCode, list.body).toBe(200);
    const names = list.json().items.map((item: { name: string }) => item.name);
    expect(names).toContain('Phong trào thi đua năm 2025 của Công đoàn ngành Y tế Hà Nội');
    // The national union's own units' movement covers nothing in Hà Nội's sector union.
    expect(names).not.toContain('Phong trào thi đua năm 2025 khối các đơn vị trực thuộc Công đoàn Y tế Việt Nam');
    const national = await hanoi.get('/api/v1/movements?year=2026&kind=regular');
    expect(national.json().items.map((item: { launchingUnit: { code: string } }) => item.launchingUnit.code)).toContain(
      'CDYTVN',
    );
    const page = await emulation.get('/api/v1/movements?pageSize=1&page=2');
    expect(page.json().items).toHaveLength(1);
    expect(page.json().total).toBeGreaterThanOrEqual(4);
  });
});
