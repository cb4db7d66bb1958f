import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
beforeAll(async () => {
  t = await createTestContext();
  hanoi = await t.login(accounts.hanoiOfficer);
});
afterAll(() => t.close());

describe('GET /api/v1/members/export', () => {
  it('writes the filtered list to .xlsx in the list’s order, with Vietnamese headers and masked IDs', async () => {
    const list = (await hanoi.get('/api/v1/members?unit=CDCS-HN-BVTP&pageSize=200')).json();
    const response = await hanoi.get('/api/v1/members/export?unit=CDCS-HN-BVTP&format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Đoàn viên')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên');
    expect(sheet.rowCount - 1).toBe(list.total);
    const names = Array.from({ length: list.total }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(names).toEqual(list.items.map((member: { fullName: string }) => member.fullName));
    const ids = Array.from({ length: list.total }, (_, i) => sheet.getRow(i + 2).getCell(8).value).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => /^\*+\d{4}$/.test(String(id)))).toBe(true);
    const joined = sheet.getRow(2).getCell(12).value as Date;
    expect(joined.toISOString().slice(0, 10)).toBe(list.items[0].joinedOn);
  });

  it('writes CSV with a BOM that Excel reads as UTF-8, and audits the export', async () => {
    const response = await hanoi.get(`/api/v1/members/export?format=csv&q=${encodeURIComponent('thị')}`);
    expect(response.headers['content-type']).toContain('text/csv');
    const text = response.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain('Họ và tên');
    expect(text).toMatch(/Thị/);
    const admin = await t.login(accounts.admin);
    const audit = (await admin.get('/api/v1/audit?action=member.export')).json().items;
    expect(audit[0]).toMatchObject({ username: 'canbo.hanoi', after: { format: 'csv' } });
  });

  it('is a permission of its own: an emulation officer reads the list but cannot export it', async () => {
    const emulation = await t.login(accounts.emulationOfficer);
    expect((await emulation.get('/api/v1/members')).statusCode).toBe(200);
    expect((await emulation.get('/api/v1/members/export?format=csv')).statusCode).toBe(403);
  });
});
