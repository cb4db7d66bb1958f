import ExcelJS from 'exceljs';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, performanceRatings } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let council: Agent;
let member: Agent;

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai, council, member] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.councilMember),
    t.login(accounts.member),
  ]);
});
afterAll(() => t.close());

type GridRow = { person: { id: number; fullName: string }; rating: string | null; daysAbsent: number | null };

async function grid(agent: Agent, unit: string, year: number) {
  const response = await agent.get(`/api/v1/performance-ratings?unit=${unit}&year=${year}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { rows: GridRow[]; canWrite: boolean; ratingCounts: Record<string, number> };
}

const empty = {
  rating: null,
  daysAbsent: null,
  disciplineLevel: null,
  disciplineDecisionNo: null,
  disciplineDecisionDate: null,
  note: null,
};

async function performanceRatingAudits() {
  return t.db
    .select({ action: auditLog.action, after: auditLog.after })
    .from(auditLog)
    .where(and(like(auditLog.action, 'performance_rating.%'), eq(auditLog.entity, 'performance_rating')));
}

describe('GET /api/v1/performance-ratings', () => {
  it('lists the unit’s members for the year with what is recorded, and counts by rating', async () => {
    const demo = await grid(bachMai, 'CDCS-BVBM', 2025);
    expect(demo.canWrite).toBe(true);
    expect(demo.rows.length).toBeGreaterThanOrEqual(8);
    expect(demo.ratingCounts).toEqual({ excellent: 2, good: 3, completed: 2, not_completed: 1 });
    const reader = await grid(council, 'CDCS-BVBM', 2025);
    expect(reader.canWrite).toBe(false);
    expect((await bachMai.get('/api/v1/performance-ratings?unit=CDYT-HN&year=2025')).statusCode).toBe(404);
    expect((await member.get('/api/v1/performance-ratings?unit=CDCS-BVBM&year=2025')).statusCode).toBe(403);
  });
});

describe('POST /api/v1/performance-ratings', () => {
  it('creates, changes and clears rows, each audited; unchanged rows write nothing', async () => {
    const rows = (await grid(hanoi, 'CDCS-HN-CDC', 2024)).rows;
    const [a, b] = [rows[0]!.person.id, rows[1]!.person.id];
    const save = (payload: unknown[]) =>
      hanoi.post('/api/v1/performance-ratings', { unit: 'CDCS-HN-CDC', year: 2024, rows: payload });
    const first = await save([
      { ...empty, personId: a, rating: 'excellent', daysAbsent: 2.5 },
      {
        ...empty,
        personId: b,
        rating: 'completed',
        daysAbsent: 41,
        disciplineLevel: 'warning',
        disciplineDecisionNo: '09/QĐ-CDC',
        disciplineDecisionDate: '2024-08-01',
      },
    ]);
    expect(first.json()).toEqual({ created: 2, updated: 0, cleared: 0, unchanged: 0 });
    const after = await grid(hanoi, 'CDCS-HN-CDC', 2024);
    expect(after.rows.find((row) => row.person.id === a)).toMatchObject({ rating: 'excellent', daysAbsent: 2.5 });
    const second = await save([
      { ...empty, personId: a, rating: 'good', daysAbsent: 2.5 },
      {
        ...empty,
        personId: b,
        rating: 'completed',
        daysAbsent: 41,
        disciplineLevel: 'warning',
        disciplineDecisionNo: '09/QĐ-CDC',
        disciplineDecisionDate: '2024-08-01',
      },
    ]);
    expect(second.json()).toEqual({ created: 0, updated: 1, cleared: 0, unchanged: 1 });
    const third = await save([{ ...empty, personId: b }]);
    expect(third.json()).toEqual({ created: 0, updated: 0, cleared: 1, unchanged: 0 });
    const audits = (await performanceRatingAudits()).map((row) => row.action);
    expect(audits.filter((action) => action === 'performance_rating.create')).toHaveLength(2);
    expect(audits).toContain('performance_rating.update');
    expect(audits).toContain('performance_rating.clear');
    const unchanged = await save([{ ...empty, personId: a, rating: 'good', daysAbsent: 2.5 }]);
    expect(unchanged.json()).toEqual({ created: 0, updated: 0, cleared: 0, unchanged: 1 });
    expect((await performanceRatingAudits()).length).toBe(audits.length);
  });

  it('writes nothing when one row is wrong, naming the row', async () => {
    const rows = (await grid(hanoi, 'CDCS-HN-CDC', 2023)).rows;
    const outsider = (await grid(bachMai, 'CDCS-BVBM', 2023)).rows[0]!.person.id;
    const response = await hanoi.post('/api/v1/performance-ratings', {
      unit: 'CDCS-HN-CDC',
      year: 2023,
      rows: [
        { ...empty, personId: rows[0]!.person.id, rating: 'good' },
        { ...empty, personId: outsider, rating: 'good' },
        { ...empty, personId: rows[1]!.person.id, disciplineDecisionNo: '01/QĐ' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('performance_ratings.invalid_rows');
    expect(error.details).toEqual([
      expect.objectContaining({
        field: 'body.rows.1.personId',
        message: `Dòng 2 (mã người): người có mã ${outsider} không sinh hoạt tại đơn vị này trong năm 2023.`,
      }),
      expect.objectContaining({ field: 'body.rows.2.disciplineLevel' }),
    ]);
    const written = await t.db.select().from(performanceRatings).where(eq(performanceRatings.year, 2023));
    expect(written).toEqual([]);
  });

  it('answers 403 to a reader and 404 outside the scope', async () => {
    const payload = { unit: 'CDCS-BVBM', year: 2024, rows: [{ ...empty, personId: 1, rating: 'good' }] };
    expect((await council.post('/api/v1/performance-ratings', payload)).statusCode).toBe(403);
    expect((await hanoi.post('/api/v1/performance-ratings', payload)).statusCode).toBe(404);
  });
});

describe('import from .xlsx', () => {
  const multipart = (content: Buffer) => {
    const boundary = '----performance-ratings';
    return {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="xep-loai.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    };
  };
  const importFile = (content: Buffer) =>
    bachMai.request({
      method: 'POST',
      url: '/api/v1/performance-ratings/import?unit=CDCS-BVBM&year=2026',
      ...multipart(content),
    });

  async function template() {
    const response = await bachMai.get('/api/v1/performance-ratings/template?unit=CDCS-BVBM&year=2026');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('danh-gia-xep-loai-cdcs-bvbm-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook;
  }

  it('gives a template of the unit’s people and refuses a file with bad cells, all or nothing', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('Đánh giá xếp loại')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Mã người',
      'Họ và tên',
      'Số thẻ đoàn viên',
      'Đơn vị',
      'Xếp loại',
      'Số ngày nghỉ',
      'Hình thức kỷ luật',
      'Số quyết định kỷ luật',
      'Ngày quyết định kỷ luật',
      'Ghi chú',
    ]);
    expect(sheet.rowCount).toBeGreaterThan(3);
    sheet.getCell('E2').value = 'Hoàn thành xuất sắc nhiệm vụ';
    sheet.getCell('E3').value = 'Tot lam';
    sheet.getCell('F4').value = 'mười';
    sheet.getCell('I4').value = '31/02/2026';
    const bad = await importFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(bad.statusCode).toBe(400);
    const details = bad.json().error.details as { row: number; field: string; message: string }[];
    expect(details.map((detail) => [detail.row, detail.field])).toEqual([
      [3, 'E'],
      [4, 'F'],
      [4, 'I'],
    ]);
    expect(details[0]!.message).toMatch(/^Dòng 3, cột E \(Xếp loại\): “Tot lam” không phải mức xếp loại\./);
    const written = await t.db.select().from(performanceRatings).where(eq(performanceRatings.year, 2026));
    expect(written).toEqual([]);
  });

  it('imports a good file in one go, reading short forms, half days and Vietnamese dates', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('Đánh giá xếp loại')!;
    sheet.getCell('E2').value = 'HTXSNV';
    sheet.getCell('F2').value = '1,5';
    sheet.getCell('E3').value = 'hoàn thành tốt nhiệm vụ';
    sheet.getCell('E4').value = 'Hoàn thành nhiệm vụ';
    sheet.getCell('G4').value = 'Khiển trách';
    sheet.getCell('H4').value = '21/QĐ-BVBM';
    sheet.getCell('I4').value = '05/03/2026';
    const ok = await importFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ created: 3, updated: 0, cleared: 0 });
    const after = await grid(bachMai, 'CDCS-BVBM', 2026);
    const id = (cell: string) => Number(sheet.getCell(cell).value);
    expect(after.rows.find((row) => row.person.id === id('A2'))).toMatchObject({
      rating: 'excellent',
      daysAbsent: 1.5,
    });
    expect(after.rows.find((row) => row.person.id === id('A4'))).toMatchObject({
      rating: 'completed',
      disciplineLevel: 'reprimand',
      disciplineDecisionDate: '2026-03-05',
    });
    // Someone from another hospital slipped into the file: the whole file is refused.
    const outsider = (await grid(hanoi, 'CDCS-HN-CDC', 2026)).rows[0]!.person.id;
    sheet.getCell('A5').value = outsider;
    sheet.getCell('E5').value = 'HTNV';
    sheet.getCell('E2').value = 'KHTNV';
    const mixed = await importFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.details[0]).toMatchObject({ row: 5, field: 'A' });
    const unchanged = await grid(bachMai, 'CDCS-BVBM', 2026);
    expect(unchanged.rows.find((row) => row.person.id === id('A2'))?.rating).toBe('excellent');
  });
});

describe('GET /api/v1/performance-ratings/people/:id', () => {
  it('gives a person’s recorded years to those who may read the person, 404 to others', async () => {
    const rated = (await grid(bachMai, 'CDCS-BVBM', 2025)).rows.find((row) => row.rating === 'not_completed')!;
    const response = await council.get(`/api/v1/performance-ratings/people/${rated.person.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const years = response.json().items as { year: number }[];
    expect(years.map((item) => item.year)).toEqual([...years.map((item) => item.year)].sort().reverse());
    expect(years.find((item) => item.year === 2025)).toMatchObject({
      year: 2025,
      rating: 'not_completed',
      daysAbsent: 45,
      disciplineLevel: 'reprimand',
      disciplineDecisionNo: '15/QĐ-BVBM',
      unit: { code: 'CDCS-BVBM' },
    });
    expect((await hanoi.get(`/api/v1/performance-ratings/people/${rated.person.id}`)).statusCode).toBe(404);
  });
});
