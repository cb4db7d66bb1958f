import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let sector: Agent;
let emulation: Agent;
let member: Agent;
const ids: Record<string, number> = {};
const indicators: Record<string, number> = {};
const id = (code: string) => ids[code]!;
const Q1 = { periodStart: '2026-01-01', periodEnd: '2026-03-31' };

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, sector, emulation, member] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.sectorAdmin),
    t.login(accounts.emulationOfficer),
    t.login(accounts.member),
  ]);
  for (const code of [
    'CDYTVN',
    'CDYT-HN',
    'CDYT-HCM',
    'CDCS-HN-BVTP',
    'CDCS-HN-BVXP',
    'CDCS-HN-CDC',
    'CDCS-BVBM',
    'CDCS-TH-TTYTTX',
  ])
    ids[code] = await t.unitId(code);
  for (const indicator of (await sector.get('/api/v1/target-indicators')).json().items)
    if (indicator.code) indicators[indicator.code] = indicator.id;
});
afterAll(() => t.close());

const bulk = (overrides: Record<string, unknown> = {}) => ({
  indicatorId: indicators.new_members,
  setByUnitId: id('CDYT-HN'),
  ...Q1,
  rows: [{ unitId: id('CDCS-HN-BVTP'), targetValue: 10 }],
  ...overrides,
});

/** The demo target of 2026 that Công đoàn Y tế Việt Nam set for a unit. */
async function demoTarget(agent: Agent, unit: string, code: string) {
  const body = (await agent.get(`/api/v1/targets/achievement?unit=${unit}&from=2026-01-01&to=2026-12-31`)).json();
  return body.rows.find((row: { indicator: { code: string } }) => row.indicator.code === code).own.target as {
    id: number;
    abilities: Record<string, boolean>;
  };
}

describe('POST /api/v1/targets/bulk', () => {
  it('sets every row in one transaction, with one audit record per target', async () => {
    const response = await hanoi.post(
      '/api/v1/targets/bulk',
      bulk({
        note: 'Giao theo Nghị quyết Đại hội',
        rows: [
          { unitId: id('CDYT-HN'), targetValue: 1900 },
          { unitId: id('CDCS-HN-BVTP'), targetValue: 12.5 },
          { unitId: id('CDCS-HN-BVXP'), targetValue: 0 },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const items = response.json().items;
    expect(
      items.map((item: { unit: { code: string }; targetValue: number }) => [item.unit.code, item.targetValue]),
    ).toEqual(
      expect.arrayContaining([
        ['CDYT-HN', 1900],
        ['CDCS-HN-BVTP', 12.5],
        ['CDCS-HN-BVXP', 0],
      ]),
    );
    expect(items[0]).toMatchObject({
      setByUnit: { code: 'CDYT-HN' },
      note: 'Giao theo Nghị quyết Đại hội',
      abilities: { update: true, delete: true, report: false },
    });
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'target.set')));
    expect(audited.map((row) => Number(row.entityId))).toEqual(
      expect.arrayContaining(items.map((item: { id: number }) => item.id)),
    );
  });

  it('refuses a duplicate target, names the row and who set it, and saves none of the rows', async () => {
    const response = await hanoi.post(
      '/api/v1/targets/bulk',
      bulk({
        rows: [
          { unitId: id('CDCS-HN-CDC'), targetValue: 3 },
          { unitId: id('CDCS-HN-BVTP'), targetValue: 4 },
        ],
      }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'targets.duplicate',
      details: [
        { row: 2, field: 'body.rows.1.unitId', message: expect.stringContaining('Công đoàn ngành Y tế Hà Nội') },
      ],
    });
    const plan = (
      await hanoi.get(
        `/api/v1/targets/plan?setBy=${id('CDYT-HN')}&indicatorId=${indicators.new_members}&from=${Q1.periodStart}&to=${Q1.periodEnd}`,
      )
    ).json();
    expect(plan.rows[0]).toMatchObject({ unit: { code: 'CDYT-HN' }, self: true, existing: { targetValue: 1900 } });
    const cdc = plan.rows.find((row: { unit: { code: string } }) => row.unit.code === 'CDCS-HN-CDC');
    expect(cdc.existing).toBeNull();
  });

  it('names every bad row: negative, too many decimals, outside the setter’s subtree, twice in the list', async () => {
    const response = await hanoi.post(
      '/api/v1/targets/bulk',
      bulk({
        ...{ periodStart: '2026-04-01', periodEnd: '2026-06-30' },
        rows: [
          { unitId: id('CDCS-HN-BVTP'), targetValue: 5 },
          { unitId: id('CDCS-HN-BVXP'), targetValue: -1 },
          { unitId: id('CDCS-BVBM'), targetValue: 5 },
          { unitId: id('CDCS-HN-CDC'), targetValue: 1.255 },
          { unitId: id('CDCS-HN-BVTP'), targetValue: 6 },
          { unitId: 999_999, targetValue: 1 },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('targets.invalid_rows');
    expect(error.details.map((detail: { row: number; field: string }) => [detail.row, detail.field])).toEqual([
      [2, 'body.rows.1.targetValue'],
      [3, 'body.rows.2.unitId'],
      [4, 'body.rows.3.targetValue'],
      [5, 'body.rows.4.unitId'],
      [6, 'body.rows.5.unitId'],
    ]);
    expect(error.details[0].message).toBe('Dòng 2: chỉ tiêu (Công đoàn Bệnh viện Xanh Pôn) phải là số không âm.');
    expect(error.details[1].message).toBe('Dòng 3: đơn vị không trực thuộc Công đoàn ngành Y tế Hà Nội.');
    const plan = (
      await hanoi.get(
        `/api/v1/targets/plan?setBy=${id('CDYT-HN')}&indicatorId=${indicators.new_members}&from=2026-04-01&to=2026-06-30`,
      )
    ).json();
    expect(plan.rows.every((row: { existing: unknown }) => row.existing === null)).toBe(true);
  });

  it('refuses a period that ends before it starts, a value that is not a number, and a closed unit', async () => {
    const period = await hanoi.post(
      '/api/v1/targets/bulk',
      bulk({ periodStart: '2026-12-31', periodEnd: '2026-01-01' }),
    );
    expect(period.statusCode).toBe(400);
    expect(period.json().error).toMatchObject({
      code: 'targets.period_invalid',
      details: [{ field: 'body.periodEnd' }],
    });
    const text = await hanoi.post(
      '/api/v1/targets/bulk',
      bulk({ rows: [{ unitId: id('CDCS-HN-CDC'), targetValue: 'mười' }] }),
    );
    expect(text.statusCode).toBe(400);
    expect(text.json().error.details[0].field).toBe('body.rows.0.targetValue');
    const closed = await sector.post(
      '/api/v1/targets/bulk',
      bulk({ setByUnitId: id('CDYTVN'), rows: [{ unitId: id('CDCS-TH-TTYTTX'), targetValue: 1 }] }),
    );
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.details[0].message).toContain('không còn hoạt động');
  });

  it('answers 404 for a setting unit out of scope and 403 for a role that does not set targets', async () => {
    const outOfScope = await bachMai.post('/api/v1/targets/bulk', bulk());
    expect([outOfScope.statusCode, outOfScope.json().error.code]).toEqual([404, 'units.not_found']);
    const emulationOfficer = await emulation.post('/api/v1/targets/bulk', bulk({ setByUnitId: id('CDYTVN') }));
    expect([emulationOfficer.statusCode, emulationOfficer.json().error.code]).toEqual([403, 'auth.forbidden']);
    const plainMember = await member.post('/api/v1/targets/bulk', bulk({ setByUnitId: id('CDCS-BVBM') }));
    expect(plainMember.statusCode).toBe(403);
  });
});

describe('reading achievement', () => {
  it('is open to viewers in scope, 404 out of scope, 403 for a plain member', async () => {
    expect(
      (await emulation.get('/api/v1/targets/achievement?unit=CDYT-HN&from=2026-01-01&to=2026-12-31')).statusCode,
    ).toBe(200);
    const emulationView = (
      await emulation.get('/api/v1/targets/achievement?unit=CDYTVN&from=2026-01-01&to=2026-12-31')
    ).json();
    expect(emulationView.abilities).toEqual({ setTargets: false, defineIndicator: false });
    expect(
      (await bachMai.get('/api/v1/targets/achievement?unit=CDYT-HN&from=2026-01-01&to=2026-12-31')).statusCode,
    ).toBe(404);
    expect(
      (await hanoi.get('/api/v1/targets/achievement?unit=CDYT-HCM&from=2026-01-01&to=2026-12-31')).statusCode,
    ).toBe(404);
    expect((await member.get('/api/v1/targets/achievement?from=2026-01-01&to=2026-12-31')).statusCode).toBe(403);
    const period = await hanoi.get('/api/v1/targets/achievement?unit=CDYT-HN&from=2026-12-31&to=2026-01-01');
    expect([period.statusCode, period.json().error.details[0].field]).toEqual([400, 'query.to']);
  });
});

describe('changing one target', () => {
  it('lets the setting unit edit and delete, 403 for the unit the target was set for, 404 out of scope', async () => {
    const [created] = (
      await hanoi.post('/api/v1/targets/bulk', bulk({ ...{ periodStart: '2026-10-01', periodEnd: '2026-12-31' } }))
    ).json().items;
    const edited = await hanoi.patch(`/api/v1/targets/${created.id}`, { targetValue: 11, note: 'Điều chỉnh' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ targetValue: 11, note: 'Điều chỉnh' });
    const negative = await hanoi.patch(`/api/v1/targets/${created.id}`, { targetValue: -3 });
    expect([negative.statusCode, negative.json().error.details[0].field]).toEqual([400, 'body.targetValue']);

    expect((await bachMai.patch(`/api/v1/targets/${created.id}`, { targetValue: 1 })).statusCode).toBe(404);
    expect((await bachMai.delete(`/api/v1/targets/${created.id}`)).statusCode).toBe(404);

    // Hà Nội may read the target Công đoàn Y tế Việt Nam set for it, not change it.
    const fromAbove = await demoTarget(hanoi, 'CDYT-HN', 'new_members');
    expect(fromAbove.abilities).toEqual({ update: false, delete: false, report: false });
    expect((await hanoi.patch(`/api/v1/targets/${fromAbove.id}`, { targetValue: 1 })).statusCode).toBe(403);
    expect((await hanoi.delete(`/api/v1/targets/${fromAbove.id}`)).statusCode).toBe(403);

    const removed = await hanoi.delete(`/api/v1/targets/${created.id}`);
    expect(removed.statusCode).toBe(200);
    expect((await hanoi.get(`/api/v1/targets/${created.id}`)).statusCode).toBe(404);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'target.delete'), eq(auditLog.entityId, String(created.id))));
    expect(audit?.before).toMatchObject({ targetValue: 11 });
  });
});

describe('POST /api/v1/targets/:id/report', () => {
  it('is for the officers of the target unit, on manual indicators, with evidence', async () => {
    const bachMaiOutreach = await demoTarget(bachMai, 'CDCS-BVBM', 'outreach_sessions');
    expect(bachMaiOutreach.abilities.report).toBe(true);
    const noEvidence = await bachMai.post(`/api/v1/targets/${bachMaiOutreach.id}/report`, {
      reportedValue: 16,
      evidence: '  ',
      evidenceAttachmentId: null,
    });
    expect([noEvidence.statusCode, noEvidence.json().error.code]).toEqual([400, 'targets.evidence_required']);
    const reported = await bachMai.post(`/api/v1/targets/${bachMaiOutreach.id}/report`, {
      reportedValue: 16,
      evidence: 'Thêm 1 buổi tuyên truyền Luật Thi đua, khen thưởng',
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({ reportedValue: 16, reportedBy: 'Lê Đức Đạt' });

    // Hà Nội's officers do not reach Bạch Mai; the emulation officer reaches it but reports nothing.
    expect(
      (await hanoi.post(`/api/v1/targets/${bachMaiOutreach.id}/report`, { reportedValue: 1, evidence: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await emulation.post(`/api/v1/targets/${bachMaiOutreach.id}/report`, { reportedValue: 1, evidence: 'x' }))
        .statusCode,
    ).toBe(403);

    const computed = await demoTarget(bachMai, 'CDCS-BVBM', 'new_members');
    const refused = await bachMai.post(`/api/v1/targets/${computed.id}/report`, { reportedValue: 3, evidence: 'x' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'targets.not_manual']);
  });
});
