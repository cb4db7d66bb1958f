import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob, ImportUpload } from '../../../../shared/contracts/member-import.ts';
import { encodeTcvn3AsCp1252 } from '../../../../shared/text/index.ts';
import { accounts } from '../../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
let emulation: Agent;
beforeAll(async () => {
  t = await createTestContext({ CONGDOAN_IMPORT_MAX_BYTES: String(256 * 1024) });
  [hanoi, bachMai, emulation] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.emulationOfficer),
  ]);
});
afterAll(() => t.close());

const BASE = '/api/v1/members/imports';

function multipart(filename: string, content: string | Buffer) {
  const boundary = '----congdoan-wizard-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(agent: Agent, filename: string, content: string | Buffer) {
  return agent.request({ method: 'POST', url: BASE, ...multipart(filename, content) });
}

async function uploaded(agent: Agent, filename: string, content: string | Buffer): Promise<ImportUpload> {
  const response = await upload(agent, filename, content);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Polls the job until its check or import has ended. */
async function settled(agent: Agent, id: string): Promise<ImportJob> {
  for (let i = 0; i < 200; i++) {
    const job: ImportJob = (await agent.get(`${BASE}/${id}`)).json();
    if (job.state !== 'checking' && job.state !== 'importing') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the job did not settle');
}

async function check(agent: Agent, id: string, body: Record<string, unknown>): Promise<ImportJob> {
  const response = await agent.post(`${BASE}/${id}/check`, body);
  expect(response.statusCode, response.body).toBe(202);
  return settled(agent, id);
}

const count = async (sqlText: string) => Number((await t.db.execute<{ n: string }>(sqlText as never)).rows[0]!.n);

async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('POST /api/v1/members/imports', () => {
  it('finds the header row under a title, maps the headers it knows and shows the first rows converted to Unicode', async () => {
    const file = await xlsxOf([
      ['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN BỆNH VIỆN THANH NHÀN'],
      [],
      ['STT', 'Họ tên', 'Ngày, tháng, năm sinh', 'Số CMND/CCCD', 'Ghi chú'],
      [1, encodeTcvn3AsCp1252('Lê Văn Tám'), new Date(Date.UTC(1985, 2, 12)), '001085000123', ''],
      [2, 'Trần Thị Thu'.normalize('NFD'), '01/02/1990', '001190000124', 'chuyển đến'],
    ]);
    const result = await uploaded(hanoi, 'danh-sach.xlsx', file);
    expect(result).toMatchObject({
      fileName: 'danh-sach.xlsx',
      byteSize: file.length,
      headerRow: 3,
      headers: ['STT', 'Họ tên', 'Ngày, tháng, năm sinh', 'Số CMND/CCCD', 'Ghi chú'],
      mapping: [null, 'fullName', 'birthDate', 'citizenId', null],
      samples: [
        ['1', 'Lê Văn Tám', '12/03/1985', '001085000123', ''],
        ['2', 'Trần Thị Thu', '01/02/1990', '001190000124', 'chuyển đến'],
      ],
    });
    expect(result.id).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('refuses a renamed PDF, a broken .xlsx, too many columns and a file over the limit, clearly', async () => {
    const pdf = await upload(hanoi, 'danh-sach.xlsx', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n');
    expect([pdf.statusCode, pdf.json().error.code]).toEqual([400, 'import.bad_file']);
    expect(pdf.json().error.message).toBe('Tệp không phải Excel (.xlsx) hay CSV.');
    const broken = await upload(hanoi, 'hong.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 9)]));
    expect([broken.statusCode, broken.json().error.code]).toEqual([400, 'import.bad_file']);
    const wide = await upload(hanoi, 'rong.csv', `Họ và tên${',Cột'.repeat(2000)}\nAn,1\n`);
    expect([wide.statusCode, wide.json().error.message]).toEqual([400, 'Tệp có quá nhiều cột (2001); tối đa 200.']);
    const tooLarge = await upload(hanoi, 'lon.csv', `Họ và tên\n${'Nguyễn Văn An\n'.repeat(30_000)}`);
    expect([tooLarge.statusCode, tooLarge.json().error.code]).toEqual([413, 'import.too_large']);
    expect(tooLarge.json().error.message).toBe('Tệp lớn hơn giới hạn 256 KB.');
  });

  it('refuses a zip bomb from its directory, before unpacking it', async () => {
    const bomb = await xlsxOf([['Họ và tên'], ['Nguyễn Văn An']]);
    // The sheet's entry claims 20 MB unpacked from a few hundred bytes: far beyond any spreadsheet's ratio.
    const patched = patchSheetSize(bomb, 20 * 1024 * 1024);
    const response = await upload(hanoi, 'bom.xlsx', patched);
    expect([response.statusCode, response.json().error.code]).toEqual([400, 'import.bad_file']);
    expect(response.json().error.message).toContain('giải nén lớn bất thường');
  });

  it('needs manageMembers, and the CSRF token', async () => {
    expect((await upload(emulation, 'a.csv', 'Họ và tên\nAn Bình\n')).statusCode).toBe(403);
    const forged = await hanoi.request({
      method: 'POST',
      url: BASE,
      ...multipart('a.csv', 'Họ và tên\nAn Bình\n'),
      headers: { ...multipart('a.csv', '').headers, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
  });
});

/** Rewrites the uncompressed size of the sheet's entry in the zip's central directory. */
function patchSheetSize(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.length - 22; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) === 'xl/worksheets/sheet1.xml') {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
  }
  throw new Error('no sheet entry');
}

describe('the import job: check, errors, commit', () => {
  const messy = [
    'Họ và tên;Ngày sinh;Số CCCD;Số thẻ;Ghi chú',
    'Nguyễn Thị Hoà;12/03/1985;001185100111;HN-WIZ-1;đã chuyển',
    'Trần Văn Bình;01/01/2999;0011851;HN-WIZ-2;',
    'Lê Văn Cường;02/02/1980;;HN-WIZ-1;',
  ].join('\n');

  it('lists every error by row and column, writes nothing, and gives them as a readable .xlsx', async () => {
    const before = await count('SELECT count(*) AS n FROM people');
    const job = await uploaded(hanoi, 'loi.csv', messy);
    expect(job.mapping).toEqual(['fullName', 'birthDate', 'citizenId', 'cardNumber', null]);
    const checked = await check(hanoi, job.id, { unit: 'CDCS-HN-BVTP', mapping: job.mapping, onDuplicate: 'skip' });
    expect(checked).toMatchObject({
      state: 'checked',
      progress: { percent: 100, rows: 3 },
      options: { unit: { code: 'CDCS-HN-BVTP' }, onDuplicate: 'skip' },
      report: { rows: 3, errorCount: 3, committed: false, created: 0 },
    });
    expect(checked.report!.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'Ngày sinh'],
      [3, 'Số CCCD'],
      [4, 'Số thẻ đoàn viên'],
    ]);
    expect(checked.report!.errors[0]!.message).toBe('Ngày sinh sau ngày hôm nay.');
    expect(checked.report!.errors[2]!.message).toBe('Số thẻ HN-WIZ-1 trùng với dòng 2.');

    const report = await hanoi.get(`${BASE}/${job.id}/errors.xlsx`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Lỗi nhập dữ liệu')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Dòng', 'Cột', 'Lỗi', 'Error']);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      3,
      'Số CCCD',
      'Số CCCD "0011851" phải có 12 chữ số (hoặc CMND cũ 9 chữ số).',
      expect.any(String),
    ]);
    expect(sheet.rowCount).toBe(4);

    const commit = await hanoi.post(`${BASE}/${job.id}/commit`);
    expect([commit.statusCode, commit.json().error.code]).toEqual([409, 'import.not_checked']);
    expect(await count('SELECT count(*) AS n FROM people')).toBe(before);
  });

  it('checks by the mapping chosen: a column mapped by hand is read, one set aside is not', async () => {
    const job = await uploaded(hanoi, 'tay.csv', 'Tên cán bộ,Sinh ngày,Ghi chú\nPhan Văn Khoa,1/1/1981,x\n');
    expect(job.mapping).toEqual([null, null, null]);
    const noName = await hanoi.post(`${BASE}/${job.id}/check`, {
      unit: 'CDCS-HN-BVTP',
      mapping: job.mapping,
      onDuplicate: 'skip',
    });
    expect([noName.statusCode, noName.json().error.code]).toEqual([400, 'import.no_name_column']);
    const twice = await hanoi.post(`${BASE}/${job.id}/check`, {
      unit: 'CDCS-HN-BVTP',
      mapping: ['fullName', 'birthDate', 'birthDate'],
    });
    expect([twice.statusCode, twice.json().error.code]).toEqual([400, 'import.mapping_duplicate']);
    const wrongLength = await hanoi.post(`${BASE}/${job.id}/check`, { unit: 'CDCS-HN-BVTP', mapping: ['fullName'] });
    expect([wrongLength.statusCode, wrongLength.json().error.code]).toEqual([400, 'import.mapping_length']);

    const asDate = await check(hanoi, job.id, { unit: 'CDCS-HN-BVTP', mapping: ['fullName', null, 'birthDate'] });
    expect(asDate.report!.errors.map((error) => [error.row, error.column])).toEqual([[2, 'Ngày sinh']]);
    const byHand = await check(hanoi, job.id, { unit: 'CDCS-HN-BVTP', mapping: ['fullName', 'birthDate', null] });
    expect(byHand.report).toMatchObject({ rows: 1, errorCount: 0, matched: 0 });
    expect(byHand.report!.columns).toEqual([
      { header: 'Tên cán bộ', field: 'fullName' },
      { header: 'Sinh ngày', field: 'birthDate' },
      { header: 'Ghi chú', field: null },
    ]);
  });

  it('imports only after a clean check with the same choices, in the background, with its audit record', async () => {
    const job = await uploaded(
      hanoi,
      'sach.csv',
      [
        'Họ và tên,Ngày sinh,Số CCCD,Số thẻ đoàn viên',
        'Quách Thị Ngân,05/06/1988,001188200333,HN-WIZ-10',
        'Mạc Văn Lực,20/11/1979,001079200444,HN-WIZ-11',
      ].join('\n'),
    );
    const early = await hanoi.post(`${BASE}/${job.id}/commit`);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'import.not_checked']);
    const options = { unit: 'CDCS-HN-BVTP', mapping: job.mapping, onDuplicate: 'skip' };
    await check(hanoi, job.id, options);
    const otherChoice = await hanoi.post(`${BASE}/${job.id}/commit`, { ...options, onDuplicate: 'update' });
    expect([otherChoice.statusCode, otherChoice.json().error.code]).toEqual([409, 'import.not_checked']);
    const otherUnit = await hanoi.post(`${BASE}/${job.id}/commit`, { ...options, unit: 'CDCS-HN-BVXP' });
    expect(otherUnit.statusCode).toBe(409);

    const started = await hanoi.post(`${BASE}/${job.id}/commit`, options);
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().state).toBe('importing');
    const done = await settled(hanoi, job.id);
    expect(done).toMatchObject({
      state: 'done',
      progress: { percent: 100 },
      report: { rows: 2, created: 2, updated: 0, skipped: 0, committed: true },
    });
    const list = (await hanoi.get('/api/v1/members?unit=CDCS-HN-BVTP&q=quach thi ngan')).json();
    expect(list.items.map((item: { cardNumber: string }) => item.cardNumber)).toEqual(['HN-WIZ-10']);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'member.import' AND after->>'fileName' = 'sach.csv' AND after->>'created' = '2'",
      ),
    ).toBe(1);
    const again = await hanoi.post(`${BASE}/${job.id}/commit`, options);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'import.done']);
  });

  it('keeps each job to its uploader: another officer gets 404, and a deleted job is gone', async () => {
    const job = await uploaded(hanoi, 'rieng.csv', 'Họ và tên\nĐinh Văn Riêng\n');
    for (const request of [
      () => bachMai.get(`${BASE}/${job.id}`),
      () => bachMai.post(`${BASE}/${job.id}/check`, { unit: 'CDCS-BVBM', mapping: ['fullName'] }),
      () => bachMai.post(`${BASE}/${job.id}/commit`),
      () => bachMai.get(`${BASE}/${job.id}/errors.xlsx`),
      () => bachMai.delete(`${BASE}/${job.id}`),
    ]) {
      const response = await request();
      expect([response.statusCode, response.json().error.code]).toEqual([404, 'imports.not_found']);
    }
    expect((await hanoi.get(`${BASE}/${job.id}`)).json().state).toBe('uploaded');
    expect((await hanoi.delete(`${BASE}/${job.id}`)).json()).toEqual({ ok: true });
    expect((await hanoi.get(`${BASE}/${job.id}`)).statusCode).toBe(404);
  });

  it('checks the unit: out of scope is 404, a province union is refused', async () => {
    const job = await uploaded(hanoi, 'don-vi.csv', 'Họ và tên\nTạ Văn Đơn\n');
    const body = { mapping: ['fullName'], onDuplicate: 'skip' };
    expect((await hanoi.post(`${BASE}/${job.id}/check`, { ...body, unit: 'CDCS-BVBM' })).statusCode).toBe(404);
    const province = await hanoi.post(`${BASE}/${job.id}/check`, { ...body, unit: 'CDYT-HN' });
    expect([province.statusCode, province.json().error.code]).toEqual([400, 'import.unit_not_allowed']);
  });
});

describe('GET /api/v1/members/imports/units', () => {
  it('offers only the active grassroots unions and sections the officer keeps members of', async () => {
    const items: { code: string }[] = (await hanoi.get(`${BASE}/units?q=thanh nhan`)).json().items;
    expect(items.map((unit) => unit.code)).toContain('CDCS-HN-BVTP');
    expect(items.every((unit) => unit.code.startsWith('CDCS-HN'))).toBe(true);
    const all: { code: string }[] = (await hanoi.get(`${BASE}/units`)).json().items;
    expect(all.map((unit) => unit.code)).not.toContain('CDYT-HN');
    expect(all.map((unit) => unit.code)).not.toContain('CDCS-BVBM');
    expect((await hanoi.get(`${BASE}/units`)).json().maxBytes).toBe(256 * 1024);
    const own: string[] = (await bachMai.get(`${BASE}/units`)).json().items.map((unit: { code: string }) => unit.code);
    expect(own).toContain('CDCS-BVBM');
    expect(own.every((code) => code.startsWith('CDCS-BVBM'))).toBe(true);
    expect((await emulation.get(`${BASE}/units`)).statusCode).toBe(403);
  });
});
