import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3AsCp1252 } from '../../../../shared/text/index.ts';
import { readRows, type RawRow } from './read-rows.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-read-csv-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function rowsOf(bytes: Buffer): Promise<RawRow[]> {
  const file = path.join(dir, `f-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, bytes);
  const rows: RawRow[] = [];
  for await (const row of readRows(file)) rows.push(row);
  return rows;
}

describe('reading a CSV file', () => {
  it('takes \\n, \\r\\n and a lone \\r as line ends, drops the BOM and finds the ; delimiter', async () => {
    const rows = await rowsOf(
      Buffer.from('\uFEFFHọ và tên;Năm sinh\r\nAn Văn Bình;1980\rLê Thị Hà;1990\nTô Lan;1991', 'utf8'),
    );
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['Họ và tên', 'Năm sinh'] },
      { rowNumber: 2, cells: ['An Văn Bình', '1980'] },
      { rowNumber: 3, cells: ['Lê Thị Hà', '1990'] },
      { rowNumber: 4, cells: ['Tô Lan', '1991'] },
    ]);
  });

  it('joins a quoted cell across lines, undoubles quotes, and keeps blank lines as rows', async () => {
    const rows = await rowsOf(
      Buffer.from('Họ và tên,Ghi chú\n"Hồ Thị ""Út""","dòng 1\ndòng 2"\n\nLý Văn Tư,x\n', 'utf8'),
    );
    expect(rows.map((row) => row.cells)).toEqual([
      ['Họ và tên', 'Ghi chú'],
      ['Hồ Thị "Út"', 'dòng 1\ndòng 2'],
      [''],
      ['Lý Văn Tư', 'x'],
    ]);
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4]);
  });

  it('reads each line in its own encoding: UTF-8 with NFD, and TCVN3 bytes from an old sheet', async () => {
    const legacy = Buffer.from(`${encodeTcvn3AsCp1252('Đặng Thị Thuỷ')},1990\r\n`, 'latin1');
    const rows = await rowsOf(
      Buffer.concat([Buffer.from(`Họ và tên,Năm sinh\r\n${'Vũ Thị Hoà'.normalize('NFD')},1988\r\n`, 'utf8'), legacy]),
    );
    expect(rows.map((row) => row.cells[0])).toEqual(['Họ và tên', 'Vũ Thị Hoà'.normalize('NFC'), 'Đặng Thị Thuỷ']);
  });

  it('reads lines cut by the 1 MB read chunks, a \\r\\n split between two chunks included', async () => {
    const line = 'Nguyễn Văn Đọc,1980,001080000001\r\n';
    const header = 'Họ và tên,Năm sinh,Số CCCD\r\n';
    // Enough lines that chunk boundaries fall inside letters and between \r and \n.
    const count = Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(line));
    const bytes = Buffer.from(header + line.repeat(count), 'utf8');
    const rows = await rowsOf(bytes);
    expect(rows).toHaveLength(count + 1);
    expect(
      rows.every((row, i) => i === 0 || (row.cells[0] === 'Nguyễn Văn Đọc' && row.cells[2] === '001080000001')),
    ).toBe(true);
    // Shift the content so the first 1 MB chunk ends between a \r and its \n, then inside a letter's bytes.
    const chunkEnd = 1024 * 1024 - 1;
    const lastCr = bytes.lastIndexOf(13, chunkEnd);
    const lastLetter = bytes.lastIndexOf(Buffer.from('ễ', 'utf8'), chunkEnd);
    for (const shift of [chunkEnd - lastCr, chunkEnd - lastLetter, chunkEnd - lastLetter - 1]) {
      const shifted = await rowsOf(Buffer.concat([Buffer.from('x'.repeat(shift)), bytes]));
      expect(shifted).toHaveLength(count + 1);
      expect(shifted.slice(1).every((row) => row.cells[0] === 'Nguyễn Văn Đọc')).toBe(true);
    }
  });

  it('reads a last quoted cell that is never closed as the last row rather than dropping it', async () => {
    const rows = await rowsOf(Buffer.from('Họ và tên,Ghi chú\nAn Văn Bình,"chưa đóng\nngoặc', 'utf8'));
    expect(rows.map((row) => row.cells)).toEqual([
      ['Họ và tên', 'Ghi chú'],
      ['An Văn Bình', 'chưa đóng\nngoặc'],
    ]);
  });
});
