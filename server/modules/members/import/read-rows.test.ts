import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows, ReadMeter } from './read-rows.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-read-rows-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The meter's reading after `rows` rows, and at the end. */
async function meterAt(file: string, rows: number): Promise<[number, number]> {
  const meter = new ReadMeter();
  let halfway = -1;
  let read = 0;
  for await (const _row of readRows(file, meter)) if (++read === rows) halfway = meter.fraction;
  return [halfway, meter.fraction];
}

describe('readRows with a ReadMeter', () => {
  it('follows a CSV through its bytes', async () => {
    const file = path.join(dir, 'big.csv');
    const lines = ['Họ và tên,Năm sinh'];
    for (let i = 0; i < 40_000; i++) lines.push(`Nguyễn Văn Đọc ${i},${1960 + (i % 40)}`);
    fs.writeFileSync(file, lines.join('\n'));
    const [halfway, end] = await meterAt(file, 20_000);
    expect(halfway).toBeGreaterThan(0.4);
    expect(halfway).toBeLessThan(0.65);
    expect(end).toBe(1);
  });

  it('follows an .xlsx through its sheet, though ExcelJS unpacks the whole zip before reading it', async () => {
    const file = path.join(dir, 'big.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = writer.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Năm sinh']).commit();
    for (let i = 0; i < 20_000; i++) sheet.addRow([`Trần Thị Đọc ${i}`, 1960 + (i % 40)]).commit();
    sheet.commit();
    await writer.commit();
    const [halfway, end] = await meterAt(file, 10_000);
    expect(halfway).toBeGreaterThan(0.35);
    expect(halfway).toBeLessThan(0.75);
    expect(end).toBeGreaterThan(0.99);
  });
});
