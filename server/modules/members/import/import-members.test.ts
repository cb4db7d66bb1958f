import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3AsCp1252 } from '../../../../shared/text/index.ts';
import { loadActor } from '../../../policies/actor.ts';
import type { ActorCtx } from '../../../context.ts';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { importMembers } from './import-members.ts';

let t: TestContext;
let ctx: ActorCtx;
let dir: string;
beforeAll(async () => {
  t = await createTestContext();
  const [user] = (await t.db.execute<{ id: number }>("SELECT id FROM users WHERE username = 'canbo.hanoi'" as never))
    .rows;
  ctx = { db: t.db, config: t.config, actor: (await loadActor(t.db, user!.id))!, requestId: 'test', ip: null };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-import-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

function csvFile(name: string, lines: string[], encoding: BufferEncoding = 'utf8', bom = true): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(bom ? '\uFEFF' : ''), Buffer.from(lines.join('\r\n'), encoding)]));
  return file;
}

const count = async (sqlText: string) => Number((await t.db.execute<{ n: string }>(sqlText as never)).rows[0]!.n);

describe('importMembers', () => {
  it('lists every row error (row, column, reason in Vietnamese) in a dry run, and writes nothing', async () => {
    const file = csvFile('messy.csv', [
      'STT;Họ tên;Ngày sinh;Giới tính;Số CCCD;Số thẻ;Ngày vào CĐ',
      '1;Nguyễn Thị Hoà;12/03/1985;Nữ;001185000111;HN-IMP-1;01/02/2010',
      '2;Trần Văn Bình;31/02/1980;Nam;12345;HN-IMP-2;01/02/2010',
      '3;Lê Văn Cường;01/01/2999;Nam;;HN-IMP-1;01/02/2010',
      '4;Phạm Thị Dung;1/1/1990;Nữ;001190000222;HN-IMP-4;',
    ]);
    const before = await count('SELECT count(*) AS n FROM people');
    const report = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' });
    expect(report.committed).toBe(false);
    expect(report.rows).toBe(4);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Ngày sinh'],
      [3, 'Số CCCD'],
      [4, 'Ngày sinh'],
      [4, 'Số thẻ đoàn viên'],
    ]);
    expect(report.errors[0]!.message).toContain('không đúng dạng ngày/tháng/năm');
    expect(await count('SELECT count(*) AS n FROM people')).toBe(before);
  });

  it('imports a clean file in one transaction, converting NFD and TCVN3 text to Unicode', async () => {
    const tcvnName = encodeTcvn3AsCp1252('Đặng Thị Thuỷ');
    const file = path.join(dir, 'clean.csv');
    const lines = [
      'Họ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,Số thẻ đoàn viên,Ngày vào công đoàn,Trình độ chuyên môn',
      `${'Vũ Thị Hoà'.normalize('NFD')},05/06/1988,Nữ,Kinh,001188000333,HN-IMP-10,01/03/2012,Điều dưỡng`,
      `Đoàn Văn Khải,1979-11-20,Nam,Tày,001079000444,HN-IMP-11,2008-09-01,Bác sĩ`,
    ];
    // The third row comes from an old .VnTime sheet: its bytes are TCVN3.
    const legacy = Buffer.from(`${tcvnName},02/02/1990,N÷,Kinh,001190000555,HN-IMP-12,01/01/2015,\r\n`, 'latin1');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'), legacy]));
    const progress: number[] = [];
    const report = await importMembers(ctx, {
      file,
      unitCode: 'CDCS-HN-BVTP',
      dryRun: false,
      onDuplicate: 'skip',
      onProgress: (p) => progress.push(p.rows),
    });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ rows: 3, created: 3, committed: true });
    const names = (
      await t.db.execute<{ full_name: string }>(
        "SELECT full_name FROM people WHERE citizen_id IN ('001188000333','001079000444','001190000555') ORDER BY citizen_id" as never,
      )
    ).rows;
    expect(names.map((row) => row.full_name)).toEqual(['Đoàn Văn Khải', 'Vũ Thị Hoà', 'Đặng Thị Thuỷ']);
    expect(names[1]!.full_name).toBe('Vũ Thị Hoà'.normalize('NFC'));
  });

  it('matches existing people by citizen ID: skip leaves them, update changes them', async () => {
    const file = csvFile('again.csv', ['Họ và tên,Số CCCD,Chức vụ', 'Vũ Thị Hoà,001188000333,Điều dưỡng trưởng khoa']);
    const skipped = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' });
    expect(skipped).toMatchObject({ created: 0, skipped: 1, updated: 0 });
    const updated = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'update' });
    expect(updated).toMatchObject({ created: 0, skipped: 0, updated: 1 });
    expect(
      await count(
        "SELECT count(*) AS n FROM people WHERE citizen_id = '001188000333' AND position = 'Điều dưỡng trưởng khoa'",
      ),
    ).toBe(1);
  });

  it('reads .xlsx with real dates and numeric IDs that lost their leading zero', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Giới tính']);
    sheet.addRow(['Hồ Thị Ngọc Ánh', new Date(Date.UTC(1992, 6, 15)), 1192000666, 'nữ']);
    const file = path.join(dir, 'list.xlsx');
    await workbook.xlsx.writeFile(file);
    const report = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' });
    expect(report).toMatchObject({ rows: 1, created: 1, errors: [] });
    expect(
      await count("SELECT count(*) AS n FROM people WHERE citizen_id = '001192000666' AND birth_date = '1992-07-15'"),
    ).toBe(1);
  });

  it('refuses a file that is not what it says, and a file without a name column', async () => {
    const pdf = path.join(dir, 'danh-sach.xlsx');
    fs.writeFileSync(pdf, '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n');
    await expect(
      importMembers(ctx, { file: pdf, unitCode: 'CDCS-HN-BVTP', dryRun: true, onDuplicate: 'skip' }),
    ).rejects.toMatchObject({ code: 'import.bad_file' });
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    await expect(
      importMembers(ctx, { file: broken, unitCode: 'CDCS-HN-BVTP', dryRun: true, onDuplicate: 'skip' }),
    ).rejects.toMatchObject({ code: 'import.bad_file' });
    const noName = csvFile('noname.csv', ['Ngày sinh,Giới tính', '01/01/1990,Nam']);
    await expect(
      importMembers(ctx, { file: noName, unitCode: 'CDCS-HN-BVTP', dryRun: true, onDuplicate: 'skip' }),
    ).rejects.toMatchObject({ code: 'import.no_name_column' });
    await expect(
      importMembers(ctx, { file: noName, unitCode: 'CDCS-HCM-BVTD', dryRun: true, onDuplicate: 'skip' }),
    ).rejects.toMatchObject({ status: 404 });
  });
  it('rolls back everything when the import is cancelled half-way through writing', async () => {
    const lines = ['Họ và tên,Năm sinh'];
    for (let i = 0; i < 2500; i++) lines.push(`Hủy Văn Số ${i},${1970 + (i % 30)}`);
    const file = csvFile('cancel.csv', lines);
    const before = await count('SELECT count(*) AS n FROM people');
    const controller = new AbortController();
    const written: number[] = [];
    await expect(
      importMembers(ctx, {
        file,
        unitCode: 'CDCS-HN-BVTP',
        dryRun: false,
        onDuplicate: 'skip',
        signal: controller.signal,
        onProgress: ({ phase, rows }) => {
          if (phase !== 'write') return;
          written.push(rows);
          controller.abort();
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(written).toEqual([1000]);
    expect(await count('SELECT count(*) AS n FROM people')).toBe(before);
  });

  it('reads the columns by a mapping chosen by hand, from the header row a preview found', async () => {
    const file = csvFile('by-hand.csv', ['Danh sách', '', 'Tên,Sinh,CCCD', 'Kha Thị Tay,1991,001191000777']);
    const report = await importMembers(ctx, {
      file,
      unitCode: 'CDCS-HN-BVTP',
      dryRun: true,
      onDuplicate: 'skip',
      headerRow: 3,
      mapping: ['fullName', 'birthYear', 'citizenId'],
    });
    expect(report).toMatchObject({ rows: 1, errors: [], matched: 0, committed: false });
    expect(report.columns.map((column) => column.field)).toEqual(['fullName', 'birthYear', 'citizenId']);
    await expect(
      importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: true, onDuplicate: 'skip' }),
    ).rejects.toMatchObject({ code: 'import.no_name_column' });
  });
});
