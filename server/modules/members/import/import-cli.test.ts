import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { runImportCommand } from './import-cli.ts';

let t: TestContext;
let dir: string;
beforeAll(async () => {
  t = await createTestContext();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-import-cli-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe('congdoan import members', () => {
  it('shows progress, lists the errors and writes them to an .xlsx report, with nothing imported', async () => {
    const rows = ['Họ và tên,Năm sinh,Số CCCD'];
    for (let i = 0; i < 2500; i++)
      rows.push(
        `Nguyễn Văn Thử ${i % 10 === 0 ? '' : 'A'},${1970 + (i % 30)},${String(1_000_000_000 + i).padStart(12, '0')}`,
      );
    rows[1201] = 'Lê Thị Sai,3000,001';
    const file = path.join(dir, 'big.csv');
    fs.writeFileSync(file, rows.join('\n'));
    const errorsFile = path.join(dir, 'loi.xlsx');
    let output = '';
    const report = await runImportCommand(
      { db: t.db, config: t.config, actor: null, requestId: 'test', ip: null },
      { file, unitCode: 'CDCS-BVBM', dryRun: false, onDuplicate: 'skip', errorsFile },
      (text) => (output += text),
    );
    expect(report).toMatchObject({ rows: 2500, committed: false });
    expect(report.errors.map((error) => [error.row, error.column])).toEqual([
      [1202, 'Năm sinh'],
      [1202, 'Số CCCD'],
    ]);
    expect(output).toContain('Kiểm tra: 2.000 dòng');
    expect(output).toContain('Dòng 1202, cột "Năm sinh"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(errorsFile);
    expect(workbook.getWorksheet('Lỗi nhập dữ liệu')!.getRow(2).values).toEqual([
      undefined,
      1202,
      'Năm sinh',
      expect.stringContaining('3000'),
      expect.any(String),
    ]);
  });

  it('imports for real with a progress bar, then the dry run of the same file finds everyone already there', async () => {
    const file = path.join(dir, 'ok.csv');
    fs.writeFileSync(
      file,
      ['Họ và tên;Ngày sinh;Số CCCD', 'Tô Thị Mỹ;01/02/1990;001190777001', 'Ông Văn Bảy;03/04/1985;001085777002'].join(
        '\n',
      ),
    );
    let output = '';
    const context = { db: t.db, config: t.config, actor: null, requestId: 'test', ip: null };
    const report = await runImportCommand(
      context,
      { file, unitCode: 'CDCS-BVBM', dryRun: false, onDuplicate: 'skip' },
      (text) => (output += text),
    );
    expect(report).toMatchObject({ created: 2, committed: true });
    const again = await runImportCommand(
      context,
      { file, unitCode: 'CDCS-BVBM', dryRun: false, onDuplicate: 'skip' },
      () => undefined,
    );
    expect(again).toMatchObject({ created: 0, skipped: 2 });
  });
});
