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

  it('stops the check when cancelled while reading, leaving nothing behind and the connection usable', async () => {
    const lines = ['Họ và tên,Năm sinh,Số thẻ đoàn viên'];
    for (let i = 0; i < 5000; i++) lines.push(`Dừng Văn Số ${i},${1970 + (i % 30)},HN-STOP-${i}`);
    const file = csvFile('stop.csv', lines);
    const controller = new AbortController();
    await expect(
      importMembers(ctx, {
        file,
        unitCode: 'CDCS-HN-BVTP',
        dryRun: false,
        onDuplicate: 'skip',
        signal: controller.signal,
        onProgress: ({ phase }) => phase === 'check' && controller.abort(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await count("SELECT count(*) AS n FROM memberships WHERE card_number LIKE 'HN-STOP-%'")).toBe(0);
    const again = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: true, onDuplicate: 'skip' });
    expect(again).toMatchObject({ rows: 5000, errors: [], matched: 0 });
  });

  it('finds in SQL the IDs and cards used twice in the file and the cards someone else holds, by row', async () => {
    const held = csvFile('held.csv', ['Họ và tên,Số CCCD,Số thẻ đoàn viên', 'Chủ Thị Thẻ,001170000901,HN-HELD-1']);
    expect(
      await importMembers(ctx, { file: held, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' }),
    ).toMatchObject({ created: 1, committed: true });
    const file = csvFile('twice.csv', [
      'Họ và tên,Số CCCD,Số thẻ đoàn viên',
      'Một Văn Hai,001170000902,HN-TWICE-1',
      'Ba Thị Bốn,001170000902,HN-TWICE-2',
      'Năm Văn Sáu,001170000903,HN-TWICE-1',
      'Bảy Thị Tám,001170000904,HN-HELD-1',
      // The holder's own row: the card is theirs (no "held by someone else"), but row 5 has it too.
      'Chủ Thị Thẻ,001170000901,HN-HELD-1',
    ]);
    const report = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'update' });
    expect(report).toMatchObject({ rows: 5, matched: 1, committed: false, created: 0 });
    expect(report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Số CCCD', 'Số CCCD 001170000902 trùng với dòng 2.'],
      [4, 'Số thẻ đoàn viên', 'Số thẻ HN-TWICE-1 trùng với dòng 2.'],
      [5, 'Số thẻ đoàn viên', 'Số thẻ HN-HELD-1 đã được cấp cho người khác.'],
      [6, 'Số thẻ đoàn viên', 'Số thẻ HN-HELD-1 trùng với dòng 5.'],
    ]);
    expect(await count("SELECT count(*) AS n FROM people WHERE citizen_id LIKE '00117000090%'")).toBe(1);
  });

  it('matches people without a citizen ID by name and date of birth; update fills their blanks and card', async () => {
    const first = csvFile('by-name-1.csv', ['Họ và tên,Ngày sinh,Chức vụ', 'Khổng Thị Trùng,03/04/1977,Hộ lý']);
    expect(
      await importMembers(ctx, { file: first, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' }),
    ).toMatchObject({ created: 1, matched: 0 });
    const again = csvFile('by-name-2.csv', [
      'Họ và tên,Ngày sinh,Chức vụ,Số thẻ đoàn viên,Email',
      `${'Khổng Thị Trùng'.normalize('NFD')},3/4/1977,,HN-NAME-1,trung@example.vn`,
      'Khổng Thị Trùng,04/04/1977,,HN-NAME-2,',
    ]);
    const skipped = await importMembers(ctx, {
      file: again,
      unitCode: 'CDCS-HN-BVTP',
      dryRun: true,
      onDuplicate: 'skip',
    });
    expect(skipped).toMatchObject({ rows: 2, matched: 1, errors: [] });
    const updated = await importMembers(ctx, {
      file: again,
      unitCode: 'CDCS-HN-BVTP',
      dryRun: false,
      onDuplicate: 'update',
    });
    expect(updated).toMatchObject({ created: 1, updated: 1, skipped: 0, committed: true });
    const rows = (
      await t.db.execute<{ position: string | null; email: string | null; card_number: string }>(
        `SELECT p.position, p.email, m.card_number FROM people p JOIN memberships m ON m.person_id = p.id AND m.valid_to IS NULL
         WHERE p.search_key = 'khong thi trung' ORDER BY p.birth_date` as never,
      )
    ).rows;
    expect(rows).toEqual([
      { position: 'Hộ lý', email: 'trung@example.vn', card_number: 'HN-NAME-1' },
      { position: null, email: null, card_number: 'HN-NAME-2' },
    ]);
  });

  it('writes a file of several slices with its membership and employment, all or nothing', async () => {
    const lines = ['Họ và tên,Năm sinh,Số CCCD,Số thẻ đoàn viên,Ngày vào công đoàn'];
    for (let i = 0; i < 4321; i++)
      lines.push(
        `Lát Văn ${i},${1960 + (i % 40)},${String(2_000_000_000 + i).padStart(12, '0')},HN-SLICE-${i},01/02/2015`,
      );
    const file = csvFile('slices.csv', lines);
    const progress: number[] = [];
    const report = await importMembers(ctx, {
      file,
      unitCode: 'CDCS-HN-BVTP',
      dryRun: false,
      onDuplicate: 'skip',
      onProgress: ({ phase, rows }) => phase === 'write' && progress.push(rows),
    });
    expect(report).toMatchObject({ rows: 4321, created: 4321, committed: true });
    // Slices of 1,000, then 2,000, then the rest.
    expect(progress).toEqual([1000, 3000, 4321]);
    const counts = (
      await t.db.execute<{ m: string; e: string; joined: string }>(
        `SELECT count(*) AS m, count(e.id) AS e, count(*) FILTER (WHERE m.joined_on = '2015-02-01' AND m.valid_from = '2015-02-01') AS joined
         FROM memberships m JOIN people p ON p.id = m.person_id
         LEFT JOIN employments e ON e.person_id = p.id AND e.unit_id = m.unit_id AND e.valid_from = m.joined_on
         WHERE m.card_number LIKE 'HN-SLICE-%' AND m.unit_id = (SELECT id FROM units WHERE code = 'CDCS-HN-BVTP')` as never,
      )
    ).rows[0]!;
    expect(counts).toEqual({ m: '4321', e: '4321', joined: '4321' });
  });

  it('rolls back the slices already written when a later slice has an error, and lists it', async () => {
    const lines = ['Họ và tên,Năm sinh,Số thẻ đoàn viên'];
    for (let i = 0; i < 3500; i++) lines.push(`Muộn Văn ${i},${1960 + (i % 40)},HN-LATE-${i}`);
    lines[3401] = 'Muộn Văn Trùng,1980,HN-LATE-7';
    const file = csvFile('late-error.csv', lines);
    const written: number[] = [];
    const report = await importMembers(ctx, {
      file,
      unitCode: 'CDCS-HN-BVTP',
      dryRun: false,
      onDuplicate: 'skip',
      onProgress: ({ phase, rows }) => phase === 'write' && written.push(rows),
    });
    expect(written.length).toBeGreaterThan(0);
    expect(report).toMatchObject({ rows: 3500, committed: false, created: 0 });
    expect(report.errors.map((e) => [e.row, e.message])).toEqual([[3402, 'Số thẻ HN-LATE-7 trùng với dòng 9.']]);
    expect(await count("SELECT count(*) AS n FROM memberships WHERE card_number LIKE 'HN-LATE-%'")).toBe(0);
  });

  it('matches by name and date of birth in every slice of a long file; namesakes in the file stay two people', async () => {
    const known = csvFile('known.csv', ['Họ và tên,Ngày sinh', 'Tên Thị Cũ,05/05/1975', 'Tên Văn Cũ,06/06/1976']);
    await importMembers(ctx, { file: known, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' });
    const lines = ['Họ và tên,Ngày sinh,Số CCCD'];
    for (let i = 0; i < 2600; i++) lines.push(`Dài Văn ${i},01/01/1990,${String(3_000_000_000 + i).padStart(12, '0')}`);
    // One in the first slice, one in a later slice (matched through the copied name keys), two namesakes.
    lines[500] = 'Tên Thị Cũ,05/05/1975,';
    lines[2500] = 'tên văn cũ,6/6/1976,';
    lines[2510] = 'Tên Văn Mới,07/07/1977,';
    lines[2520] = 'Tên Văn Mới,07/07/1977,';
    const file = csvFile('long-names.csv', lines);
    const report = await importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' });
    expect(report).toMatchObject({ rows: 2600, errors: [], matched: 2, skipped: 2, created: 2598, committed: true });
    expect(await count("SELECT count(*) AS n FROM people WHERE search_key = 'ten van moi'")).toBe(2);
    expect(await count("SELECT count(*) AS n FROM people WHERE search_key IN ('ten thi cu', 'ten van cu')")).toBe(2);
  });

  it('answers 409 and writes nothing when someone else takes a citizen ID while the import runs', async () => {
    // A person created after the import began (as another officer's import would) is not "on record" for it.
    await t.db.execute(
      `INSERT INTO people (full_name, family_name, given_name, citizen_id, search_key, sort_key, created_at)
       VALUES ('Nhanh Văn Tay', 'Nhanh', 'Tay', '001170000999', 'nhanh van tay', 'x', now() + interval '1 hour')` as never,
    );
    const file = csvFile('race.csv', ['Họ và tên,Số CCCD,Số thẻ đoàn viên', 'Chậm Văn Chân,001170000999,HN-RACE-1']);
    await expect(
      importMembers(ctx, { file, unitCode: 'CDCS-HN-BVTP', dryRun: false, onDuplicate: 'skip' }),
    ).rejects.toMatchObject({ status: 409, code: 'import.changed_meanwhile' });
    expect(await count("SELECT count(*) AS n FROM memberships WHERE card_number = 'HN-RACE-1'")).toBe(0);
  });
});
