import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows, type XlsxRow } from './xlsx-reader.ts';
import { decodeXmlChunks } from './xml-text.ts';
import { isDateFormat } from './xlsx-styles.ts';
import { xlsxParts, zipParts } from './zip-fixture.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-xlsx-reader-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function rowsOf(file: string, options: Parameters<typeof readXlsxRows>[1] = {}): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const row of readXlsxRows(file, options)) rows.push(row);
  return rows;
}

function write(name: string, content: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const NAMES = ['Nguyễn Thị Thuỷ', 'Đặng Văn Ước', 'Trương Thị Ngọc Hoà', 'Phạm Đức Mỹ', 'Lê Thị Ánh Tuyết'];

describe('decodeXmlChunks', () => {
  it('keeps a letter whole whichever byte of it a chunk ends on', async () => {
    const bytes = Buffer.from('<t>Nguyễn</t>', 'utf8');
    const letter = bytes.indexOf(Buffer.from('ễ', 'utf8'));
    for (let cut = letter; cut <= letter + 3; cut++) {
      async function* chunks() {
        yield bytes.subarray(0, cut);
        yield bytes.subarray(cut);
      }
      let text = '';
      for await (const part of decodeXmlChunks(chunks())) text += part;
      expect(text).toBe('<t>Nguyễn</t>');
    }
  });
});

describe('readXlsxRows', () => {
  it('reads what Excel writes: shared strings, rich text, numbers, dates, booleans, formulas, gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['DANH SÁCH ĐOÀN VIÊN']);
    sheet.addRow([]);
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Đang làm', 'Tuổi', null, 'Ghi chú']);
    sheet.addRow([
      { richText: [{ text: 'Nguyễn ' }, { text: 'Thị Hoà', font: { bold: true } }] },
      new Date(Date.UTC(1985, 2, 12)),
      1192000666,
      true,
      { formula: 'YEAR(TODAY())-1985', result: 41 },
      null,
      'A & B <c> "d"',
    ]);
    const file = path.join(dir, 'excel.xlsx');
    await workbook.xlsx.writeFile(file);
    const rows = await rowsOf(file);
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 3, 4]);
    expect(rows[1]!.cells).toEqual(['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Đang làm', 'Tuổi', undefined, 'Ghi chú']);
    const cells = rows[2]!.cells;
    expect(cells[0]).toBe('Nguyễn Thị Hoà');
    expect(cells[1]).toEqual(new Date(Date.UTC(1985, 2, 12)));
    expect(cells.slice(2, 5)).toEqual([1192000666, true, 41]);
    expect(5 in cells).toBe(false);
    expect(cells[6]).toBe('A & B <c> "d"');
  });

  it('reads the streaming writer’s inline strings, and Vietnamese letters cut by every chunk boundary', async () => {
    const file = path.join(dir, 'stream.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = writer.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Năm sinh']).commit();
    for (let i = 0; i < 3000; i++) sheet.addRow([NAMES[i % NAMES.length], 1960 + (i % 40)]).commit();
    sheet.commit();
    await writer.commit();
    // 64-byte chunks: nearly every name has a letter whose bytes a boundary cuts.
    const rows = await rowsOf(file, { chunkBytes: 64 });
    expect(rows).toHaveLength(3001);
    rows.slice(1).forEach((row, i) => expect(row.cells).toEqual([NAMES[i % NAMES.length], 1960 + (i % 40)]));
    expect(rows.some((row) => row.cells.some((cell) => typeof cell === 'string' && cell.includes('\ufffd')))).toBe(
      false,
    );
  });

  it('reads shared strings cut by chunk boundaries too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    for (let i = 0; i < 500; i++) sheet.addRow([`${NAMES[i % NAMES.length]} ${i}`]);
    const file = path.join(dir, 'shared.xlsx');
    await workbook.xlsx.writeFile(file);
    const rows = await rowsOf(file, { chunkBytes: 64 });
    expect(rows.map((row) => row.cells[0])).toEqual(rows.map((_, i) => `${NAMES[i % NAMES.length]} ${i}`));
  });

  it('takes the first sheet of the workbook, not of the zip; reads 1904 dates, custom date formats and escapes', async () => {
    const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0 &quot;đ&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const file = write(
      'hand.xlsx',
      xlsxParts({
        sheets: [
          {
            name: 'Đầu',
            xml: '<row r="2"><c r="B2" s="1"><v>30000</v></c><c r="C2" s="2"><v>12500000</v></c><c r="D2" t="inlineStr"><is><t>Dòng 1_x000D_</t><rPh><t>x</t></rPh></is></c><c r="E2" t="s"><v>0</v></c></row><row><c t="str"><f>A1</f><v>Tô &amp; Lê</v></c><c t="e"><v>#N/A</v></c></row>',
          },
          { name: 'Sau', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>sai</t></is></c></row>' },
        ],
        sharedStrings:
          '<sst><si><r><t>Hồ </t></r><r><t xml:space="preserve">Thị</t></r><rPh><t>ホ</t></rPh></si></sst>',
        styles,
        date1904: true,
        reverseZipOrder: true,
      }),
    );
    const rows = await rowsOf(file);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        // 30000 in the 1904 date system is 19/02/1986 (it would be 18/02/1982 in the 1900 one).
        cells: [undefined, new Date(Date.UTC(1986, 1, 19)), 12500000, 'Dòng 1\r', 'Hồ Thị'],
      },
      { rowNumber: 3, cells: ['Tô & Lê', '#N/A'] },
    ]);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd mmmm yyyy', 'h:mm AM/PM', '[h]:mm:ss'])
      expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ['General', '#,##0 "đồng"', '0.00%', '[Red]#,##0', '@', '0.00E+00'])
      expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  it('refuses what is not a spreadsheet: no workbook, a DOCTYPE, a part larger than declared, a wrong checksum', async () => {
    const noWorkbook = write('none.xlsx', zipParts([{ name: 'a.txt', content: 'hello' }]));
    await expect(rowsOf(noWorkbook)).rejects.toMatchObject({ reason: 'unreadable' });
    // A DOCTYPE is how entities are defined (the "billion laughs"): no spreadsheet has one, so it is refused.
    const withDoctype = xlsxParts({
      sheets: [
        {
          name: 'A',
          xml: '<!DOCTYPE x [<!ENTITY a "aaaa">]><row r="1"><c t="inlineStr"><is><t>&a;</t></is></c></row>',
        },
      ],
    });
    await expect(rowsOf(write('doctype.xlsx', withDoctype))).rejects.toMatchObject({ reason: 'unreadable' });

    const big = xlsxParts({
      sheets: [{ name: 'A', xml: '<row r="1"><c t="inlineStr"><is><t>' + 'a'.repeat(50_000) + '</t></is></c></row>' }],
    });
    await expect(rowsOf(write('liar.xlsx', declareSheetSize(big, 1000)))).rejects.toMatchObject({ reason: 'bomb' });
    const badCrc = Buffer.from(big);
    badCrc.writeUInt32LE(12345, centralEntryOf(badCrc, 'xl/worksheets/sheet1.xml') + 16);
    await expect(rowsOf(write('crc.xlsx', badCrc))).rejects.toMatchObject({ reason: 'unreadable' });
  });
});

function centralEntryOf(zip: Buffer, name: string): number {
  for (let at = zip.length - 22; at >= 0; at--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) continue;
    const length = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + length) === name) return at;
  }
  throw new Error(`no entry ${name}`);
}

/** The sheet's entry claims fewer unpacked bytes than it holds: reading must stop at the claim. */
function declareSheetSize(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  copy.writeUInt32LE(size, centralEntryOf(copy, 'xl/worksheets/sheet1.xml') + 24);
  return copy;
}
