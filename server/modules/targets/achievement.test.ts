import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAchievement } from '../../../shared/format-number.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let sector: Agent;
const ids: Record<string, number> = {};
const indicators: Record<string, number> = {};
const id = (code: string) => ids[code]!;

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, sector] = await Promise.all([t.login(accounts.hanoiOfficer), t.login(accounts.sectorAdmin)]);
  for (const code of ['CDYTVN', 'CDYT-HN', 'CDCS-HN-BVTP', 'CDCS-HN-BVTP-KNOI', 'CDCS-HN-BVXP', 'CDCS-HN-CDC'])
    ids[code] = await t.unitId(code);
  const list = (await hanoi.get('/api/v1/target-indicators?unit=CDYT-HN')).json();
  for (const indicator of list.items) if (indicator.code) indicators[indicator.code] = indicator.id;
});
afterAll(() => t.close());

type UnitFigure = {
  unit: { code: string };
  achieved: number | null;
  basis: string;
  rate: number | null;
  reportingUnits: number;
  target: { id: number; targetValue: number } | null;
};
type Row = { indicator: { id: number; code: string | null }; own: UnitFigure; children: UnitFigure[] };

async function achievement(agent: Agent, unit: string, from: string, to: string, indicatorId: number) {
  const response = await agent.get(`/api/v1/targets/achievement?unit=${unit}&from=${from}&to=${to}`);
  expect(response.statusCode, response.body).toBe(200);
  const row = (response.json().rows as Row[]).find((candidate) => candidate.indicator.id === indicatorId);
  const child = (code: string) => row?.children.find((figure) => figure.unit.code === code);
  return { body: response.json(), row, child };
}

async function setTargets(agent: Agent, body: Record<string, unknown>) {
  const response = await agent.post('/api/v1/targets/bulk', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().items as { id: number; unit: { code: string } }[];
}

let card = 500;
async function addMember(unit: string, joinedOn: string, fields: Record<string, unknown> = {}) {
  const response = await hanoi.post('/api/v1/members', {
    fullName: `Thử Nghiệm Số ${card}`,
    membership: { unitId: id(unit), joinedOn, cardNumber: `TN-${card++}` },
    ...fields,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number };
}

describe('achievement of new members (counted from the data)', () => {
  const period = { from: '2026-04-01', to: '2026-06-30' };

  it('counts people admitted in the period over each unit’s subtree, not those admitted outside it', async () => {
    await setTargets(hanoi, {
      indicatorId: indicators.new_members,
      setByUnitId: id('CDYT-HN'),
      periodStart: period.from,
      periodEnd: period.to,
      rows: [
        { unitId: id('CDYT-HN'), targetValue: 4 },
        { unitId: id('CDCS-HN-BVTP'), targetValue: 2 },
        { unitId: id('CDCS-HN-BVXP'), targetValue: 3 },
      ],
    });
    const before = await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.new_members!);
    expect(before.row?.own).toMatchObject({ basis: 'computed', target: { targetValue: 4 } });
    const base = {
      own: before.row!.own.achieved!,
      bvtp: before.child('CDCS-HN-BVTP')!.achieved!,
      bvxp: before.child('CDCS-HN-BVXP')!.achieved!,
    };

    await addMember('CDCS-HN-BVTP', '2026-04-01');
    await addMember('CDCS-HN-BVTP', '2026-06-30');
    await addMember('CDCS-HN-BVTP-KNOI', '2026-05-15');
    const moving = await addMember('CDCS-HN-BVXP', '2026-05-20');
    await addMember('CDCS-HN-BVTP', '2026-03-31');
    await addMember('CDCS-HN-BVTP', '2026-07-01');

    const after = await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.new_members!);
    expect(after.row!.own.achieved).toBe(base.own + 4);
    expect(after.child('CDCS-HN-BVTP')!.achieved).toBe(base.bvtp + 3);
    expect(after.child('CDCS-HN-BVXP')!.achieved).toBe(base.bvxp + 1);
    // The same figure as the membership statistics of the same unit and period.
    const stats = (await hanoi.get(`/api/v1/members/stats?unit=CDYT-HN&from=${period.from}&to=${period.to}`)).json();
    expect(after.row!.own.achieved).toBe(stats.newMembers);

    // A transfer is not an admission: the receiving union does not count the member again.
    const transfer = await hanoi.post(`/api/v1/members/${moving.id}/transfer`, {
      unitId: id('CDCS-HN-CDC'),
      date: '2026-06-01',
    });
    expect(transfer.statusCode, transfer.body).toBe(200);
    const moved = await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.new_members!);
    expect(moved.row!.own.achieved).toBe(base.own + 4);
    expect(moved.child('CDCS-HN-CDC')!.achieved).toBe(before.child('CDCS-HN-CDC')!.achieved);
  });

  it('rolls up to the national union and shows the rate the Vietnamese way', async () => {
    const [target] = await setTargets(sector, {
      indicatorId: indicators.new_members,
      setByUnitId: id('CDYTVN'),
      periodStart: period.from,
      periodEnd: period.to,
      rows: [{ unitId: id('CDYTVN'), targetValue: 3 }],
    });
    expect(target!.unit.code).toBe('CDYTVN');
    const national = await achievement(sector, 'CDYTVN', period.from, period.to, indicators.new_members!);
    const hanoiRow = national.child('CDYT-HN')!;
    const hanoiOwn = (await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.new_members!)).row!.own;
    // The province as a child of the national union has the same figure and target as on its own screen.
    expect([hanoiRow.achieved, hanoiRow.target?.targetValue]).toEqual([hanoiOwn.achieved, 4]);
    expect(national.row!.own.achieved).toBeGreaterThanOrEqual(hanoiOwn.achieved!);
    const own = national.row!.own;
    expect(own.rate).toBe(Math.round((own.achieved! / 3) * 10_000) / 100);
    expect(formatAchievement(own.achieved!, 3)).toMatch(/^\d+\/3 — đạt [\d.]+,\d{2}%$/);
  });
});

describe('achievement of complete member records', () => {
  it('counts members whose record has every field of the definition, as of the period end', async () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    await setTargets(hanoi, {
      indicatorId: indicators.member_records,
      setByUnitId: id('CDYT-HN'),
      periodStart: period.from,
      periodEnd: period.to,
      rows: [{ unitId: id('CDCS-HN-CDC'), targetValue: 10 }],
    });
    const before = (await achievement(hanoi, 'CDCS-HN-CDC', period.from, period.to, indicators.member_records!)).row!;
    expect(before.own.basis).toBe('computed');
    const complete = {
      birthDate: '1988-03-04',
      gender: 'female',
      ethnicity: 'Kinh',
      qualification: 'nurse',
    };
    let citizen = 1_000;
    const citizenId = () => `0011880${String(citizen++).padStart(5, '0')}`;
    await addMember('CDCS-HN-CDC', '2015-05-01', { ...complete, citizenId: citizenId() });
    // Each of these lacks one field of the definition: none counts.
    await addMember('CDCS-HN-CDC', '2015-05-01', {
      ...complete,
      birthDate: undefined,
      birthYear: 1988,
      citizenId: citizenId(),
    });
    await addMember('CDCS-HN-CDC', '2015-05-01', { ...complete, gender: undefined, citizenId: citizenId() });
    await addMember('CDCS-HN-CDC', '2015-05-01', { ...complete, ethnicity: undefined, citizenId: citizenId() });
    await addMember('CDCS-HN-CDC', '2015-05-01', { ...complete });
    await addMember('CDCS-HN-CDC', '2015-05-01', { ...complete, qualification: undefined, citizenId: citizenId() });
    const noCard = await hanoi.post('/api/v1/members', {
      fullName: 'Thử Nghiệm Không Thẻ',
      ...complete,
      citizenId: citizenId(),
      membership: { unitId: id('CDCS-HN-CDC'), joinedOn: '2015-05-01' },
    });
    expect(noCard.statusCode, noCard.body).toBe(201);
    // A complete record admitted after the period's end is not yet a member on that date.
    await addMember('CDCS-HN-CDC', '2026-07-01', { ...complete, citizenId: citizenId() });

    const after = await achievement(hanoi, 'CDCS-HN-CDC', period.from, period.to, indicators.member_records!);
    expect(after.body.countedAt).toBe('2026-06-30');
    expect(after.row!.own.achieved).toBe(before.own.achieved! + 1);
  });
});

describe('achievement of a manual indicator (reported figures)', () => {
  const period = { from: '2026-07-01', to: '2026-09-30' };
  let targetIds: Record<string, number> = {};

  it('adds up the reports of the units below while the unit has not reported itself', async () => {
    const created = await setTargets(hanoi, {
      indicatorId: indicators.outreach_sessions,
      setByUnitId: id('CDYT-HN'),
      periodStart: period.from,
      periodEnd: period.to,
      rows: [
        { unitId: id('CDYT-HN'), targetValue: 20 },
        { unitId: id('CDCS-HN-BVTP'), targetValue: 5 },
        { unitId: id('CDCS-HN-BVXP'), targetValue: 5 },
        { unitId: id('CDCS-HN-CDC'), targetValue: 5 },
      ],
    });
    targetIds = Object.fromEntries(created.map((target) => [target.unit.code, target.id]));
    const empty = await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.outreach_sessions!);
    expect(empty.row!.own).toMatchObject({ achieved: null, basis: 'none', rate: null });

    const report = (code: string, value: number) =>
      hanoi.post(`/api/v1/targets/${targetIds[code]}/report`, {
        reportedValue: value,
        evidence: `Sổ theo dõi ${code}`,
      });
    expect((await report('CDCS-HN-BVTP', 6)).statusCode).toBe(200);
    expect((await report('CDCS-HN-BVXP', 4.5)).statusCode).toBe(200);
    const summed = await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.outreach_sessions!);
    expect(summed.row!.own).toMatchObject({ achieved: 10.5, basis: 'children_reports', reportingUnits: 2, rate: 52.5 });
    expect(summed.child('CDCS-HN-BVTP')).toMatchObject({ achieved: 6, basis: 'own_report', rate: 120 });
    expect(summed.child('CDCS-HN-CDC')).toMatchObject({ achieved: null, basis: 'none' });
    expect(formatAchievement(10.5, 20)).toBe('10,5/20 — đạt 52,50%');
  });

  it('takes the unit’s own report over its children’s, and counts each branch once higher up', async () => {
    const own = await hanoi.post(`/api/v1/targets/${targetIds['CDYT-HN']}/report`, {
      reportedValue: 18,
      evidence: 'Báo cáo quý III của Công đoàn ngành Y tế Hà Nội',
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ reportedValue: 18, reportedBy: 'Trần Thị Thu Hằng' });
    const hanoiView = await achievement(hanoi, 'CDYT-HN', period.from, period.to, indicators.outreach_sessions!);
    expect(hanoiView.row!.own).toMatchObject({ achieved: 18, basis: 'own_report', rate: 90 });

    // Công đoàn Y tế Việt Nam has no target of its own here: its figure is Hà Nội's report, not 18 + 6 + 4,5.
    const national = await achievement(sector, 'CDYTVN', period.from, period.to, indicators.outreach_sessions!);
    expect(national.row!.own).toMatchObject({
      target: null,
      achieved: 18,
      basis: 'children_reports',
      reportingUnits: 1,
    });
    expect(national.child('CDYT-HN')).toMatchObject({ achieved: 18, basis: 'own_report', rate: 90 });
  });

  it('lists the periods that have targets, for the screen’s choices', async () => {
    const periods = (await hanoi.get('/api/v1/targets/periods?unit=CDYT-HN')).json().periods;
    expect(periods).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ periodStart: period.from, periodEnd: period.to, targets: 4 }),
        expect.objectContaining({ periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
      ]),
    );
  });
});

describe('the demo targets', () => {
  it('give the 2026 screen of the Hà Nội union figures from the start', async () => {
    const response = await hanoi.get('/api/v1/targets/achievement?from=2026-01-01&to=2026-12-31');
    const body = response.json();
    expect(body.unit.code).toBe('CDYT-HN');
    expect(body.abilities).toEqual({ setTargets: true, defineIndicator: true });
    const codes = (body.rows as Row[]).map((row) => row.indicator.code);
    expect(codes).toEqual(expect.arrayContaining(['new_members', 'member_records', 'outreach_sessions', null]));
    const outreach = (body.rows as Row[]).find((row) => row.indicator.code === 'outreach_sessions')!;
    expect(outreach.own).toMatchObject({
      achieved: 12,
      basis: 'children_reports',
      target: { targetValue: 24 },
      rate: 50,
    });
  });
});

describe('GET /api/v1/targets/achievement/export', () => {
  it('writes the table as .xlsx with the result the Vietnamese way', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const response = await hanoi.get('/api/v1/targets/achievement/export?unit=CDYT-HN&from=2026-01-01&to=2026-12-31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="chi-tieu-cdyt-hn-2026-01-01-2026-12-31.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('Kết quả');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const outreach = rows.find((row) => row[2] === 'Tổ chức buổi tuyên truyền')!;
    expect(outreach.slice(4, 10)).toEqual([
      'Công đoàn ngành Y tế Hà Nội',
      24,
      12,
      50,
      '12/24 — đạt 50,00%',
      'Tổng hợp báo cáo của 2 đơn vị cấp dưới',
    ]);
  });
});
