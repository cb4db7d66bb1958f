// A provincial officer imports a member list through the wizard: a messy sheet (a title above the headers,
// NFD and TCVN3 names, a 10-digit citizen ID, a birth date in the future, a card number used twice) shows
// its errors by row and column and a downloadable report, with nothing written; a clean sheet of 20,000 rows
// then imports with a progress bar, and its members are in the unit's list.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3AsCp1252 } from '../shared/text/index.ts';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;
let dir: string;

const HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số hiệu thẻ', 'Ngày vào CĐ', 'Ghi chú'];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Enough rows for the check and the write to take a few polls of the progress bar. */
const ROWS = 20_000;

/** A sheet as union offices keep them: a title, a blank row, then the headers (row 3) and the members. */
async function writeSheet(file: string, rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN BỆNH VIỆN THANH NHÀN NĂM 2026']);
  sheet.addRow([]);
  sheet.addRow(HEADERS);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  await workbook.xlsx.writeFile(file);
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Thị', 'Văn', 'Đức', 'Ngọc', 'Minh', 'Thu', 'Quang', 'Thanh'];
const GIVEN = [
  'Hoà',
  'Thuỷ',
  'Khoẻ',
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hương',
  'Lan',
  'Mai',
  'Nhàn',
  'Phúc',
  'Quý',
  'Tâm',
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-import-'));
  await writeSheet(path.join(dir, 'danh-sach-loi.xlsx'), [
    ['Nguyễn Thị Hoà', day('1985-03-12'), 'Nữ', '001985000501', 'TNI-0001', day('2010-05-01'), ''],
    ['Trần Văn Thuỷ'.normalize('NFD'), '20/11/1979', 'Nam', '001979000502', 'TNI-0002', '01/09/2008', ''],
    [
      encodeTcvn3AsCp1252('Đặng Thị Thanh Xuân'),
      '02/02/1990',
      encodeTcvn3AsCp1252('Nữ'),
      '001990000503',
      'TNI-0003',
      '',
      '',
    ],
    ['Lê Văn Mười', '15/08/1982', 'Nam', '0019820005', 'TNI-0004', '', 'CCCD thiếu 2 số'],
    ['Phạm Thị Tương Lai', day('2099-01-01'), 'Nữ', '001999000506', 'TNI-0005', '', ''],
    ['Hoàng Văn Trùng', '03/03/1975', 'Nam', '001975000507', 'TNI-0002', '', 'trùng số thẻ'],
  ]);
  const clean: unknown[][] = [
    ['Nguyễn Thị Hoà', day('1985-03-12'), 'Nữ', '001985000501', 'TNI-0001', day('2010-05-01'), ''],
    ['Trần Văn Thuỷ'.normalize('NFD'), '20/11/1979', 'Nam', '001979000502', 'TNI-0002', '01/09/2008', ''],
    [
      encodeTcvn3AsCp1252('Đặng Thị Thanh Xuân'),
      '02/02/1990',
      encodeTcvn3AsCp1252('Nữ'),
      '001990000503',
      'TNI-0003',
      '',
      '',
    ],
  ];
  for (let i = 3; i < ROWS; i++) {
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i >> 4) % GIVEN.length]}`;
    clean.push([
      i % 3 === 0 ? name.normalize('NFD') : name,
      day(`${1965 + (i % 35)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
      i % 2 ? 'Nữ' : 'Nam',
      // A fourth digit of 9 is never a real (or demo) citizen ID, so none of these is already on record.
      `00190${String(i).padStart(7, '0')}`,
      `TNI-${String(i + 1).padStart(4, '0')}`,
      '',
      '',
    ]);
  }
  await writeSheet(path.join(dir, 'danh-sach-sach.xlsx'), clean);

  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.hanoi', DEMO_PASSWORD);
  await page.waitForURL(/\/members/);
});
afterAll(async () => {
  await app?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function pickOption(field: ReturnType<Page['getByLabel']>, search: string | null, option: RegExp | string) {
  await field.click();
  if (search !== null) await field.fill(search);
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

async function uploadFile(name: string) {
  await page.locator('input[type=file]').setInputFiles(path.join(dir, name));
  await page.getByText(`Đã tải lên ${name}`).waitFor();
}

const fieldOf = (letter: string, header: string) => page.getByLabel(`Nhập vào trường ${letter}: ${header}`);
/** The field shown in a column's picker. */
const chosenFor = (letter: string, header: string) =>
  page
    .locator('.ant-select')
    .filter({ has: fieldOf(letter, header) })
    .innerText();

describe('the member import wizard', () => {
  it('opens from the member list with the template link', async () => {
    await page.getByRole('menuitem', { name: 'Đoàn viên', exact: true }).click();
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    await page.waitForURL(/\/members\/import/);
    await page.getByRole('heading', { name: 'Nhập đoàn viên từ Excel' }).waitFor();
    await expect(page.getByRole('link', { name: /Tải tệp mẫu/ }).getAttribute('href')).resolves.toBe(
      '/api/v1/members/import/template',
    );
    await snap(page, 'import-01-start');
  });

  it('takes the unit and the messy file, and finds the header row under the title', async () => {
    await pickOption(page.getByLabel('Công đoàn cơ sở nhận đoàn viên'), 'thanh nhan', /Thanh Nhàn/);
    await uploadFile('danh-sach-loi.xlsx');
    await page.getByText('Dòng tiêu đề là dòng 3, gồm 8 cột.').waitFor();
    await snap(page, 'import-02-uploaded');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
  });

  it('maps columns: auto-mapped headers, one mapped by hand, a warning for a field chosen twice', async () => {
    await expect(chosenFor('B', 'Họ và tên')).resolves.toBe('Họ và tên');
    await expect(chosenFor('C', 'Ngày sinh')).resolves.toBe('Ngày sinh');
    await expect(chosenFor('G', 'Ngày vào CĐ')).resolves.toBe('Ngày vào công đoàn');
    // The converted TCVN3 name among the samples: the preview reads the file as the import will.
    await page
      .getByText(/Đặng Thị Thanh Xuân/)
      .first()
      .waitFor();
    await expect(chosenFor('F', 'Số hiệu thẻ')).resolves.toBe('Không nhập');
    await pickOption(fieldOf('F', 'Số hiệu thẻ'), 'số thẻ', 'Số thẻ đoàn viên');
    await pickOption(fieldOf('H', 'Ghi chú'), 'ngày sinh', 'Ngày sinh');
    await page.getByText('Trường “Ngày sinh” đang được chọn cho nhiều cột: C, H.').waitFor();
    await expect(page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).isDisabled()).resolves.toBe(true);
    await snap(page, 'import-03-mapping-warning');
    await pickOption(fieldOf('H', 'Ghi chú'), null, 'Không nhập');
    await expect.poll(() => page.getByText(/đang được chọn cho nhiều cột/).count()).toBe(0);
    await snap(page, 'import-04-mapping');
  });

  it('checks every row and lists the errors by row and column, with a report to download', async () => {
    const before = await memberTotal();
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByText('Có 3 lỗi.', { exact: false }).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^7\s+E\s*Số CCCD\s+Số CCCD "0019820005" phải có 12 chữ số/),
      expect.stringMatching(/^8\s+C\s*Ngày sinh\s+Ngày sinh sau ngày hôm nay\./),
      expect.stringMatching(/^9\s+F\s*Số hiệu thẻ\s+Số thẻ đoàn viên\s+Số thẻ TNI-0002 trùng với dòng 5\./),
    ]);
    await expect(page.getByRole('button', { name: 'Tiếp tục' }).isDisabled()).resolves.toBe(true);
    await snap(page, 'import-05-check-errors');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải báo cáo lỗi/ }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Lỗi nhập dữ liệu')!;
    expect([2, 3, 4].map((row) => sheet.getRow(row).getCell(1).value)).toEqual([7, 8, 9]);
    expect(sheet.getRow(4).getCell(3).value).toBe('Số thẻ TNI-0002 trùng với dòng 5.');
    expect(await memberTotal()).toBe(before);
  });

  it('imports a clean file of 20,000 rows behind a confirmation, with progress bars, then shows the result', async () => {
    await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
    await uploadFile('danh-sach-sach.xlsx');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await pickOption(fieldOf('F', 'Số hiệu thẻ'), 'số thẻ', 'Số thẻ đoàn viên');
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByText('Đang kiểm tra từng dòng…').waitFor();
    await snapWhileRunning(/Đã đọc [1-9]/, 'Không có lỗi. Có thể nhập dữ liệu.', 'import-06-checking');
    await page.getByText('Không có lỗi. Có thể nhập dữ liệu.').waitFor({ timeout: 60_000 });
    await snap(page, 'import-07-check-clean');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Nhập 20.000 dòng' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Nhập dữ liệu đoàn viên?' });
    await confirm.getByText('thêm 20.000 người mới').waitFor();
    await snap(page, 'import-08-confirm');
    await confirm.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Đang kiểm tra lại|Đang ghi/ })
      .waitFor();
    await snapWhileRunning(/Đã ghi [1-9]/, 'Đã nhập xong', 'import-09-importing');
    await page.getByText('Đã nhập xong').waitFor({ timeout: 90_000 });
    await expect(page.locator('.ant-statistic').filter({ hasText: 'Thêm mới' }).innerText()).resolves.toContain(
      '20.000',
    );
    await snap(page, 'import-10-done');
  });

  it('shows the imported members in the unit’s list, their names in Unicode', async () => {
    await page.getByRole('button', { name: 'Xem danh sách đoàn viên của đơn vị' }).click();
    await page.waitForURL(/\/members\?unit=CDCS-HN-BVTP/);
    const search = page.getByPlaceholder('Tìm theo họ tên (có hoặc không dấu), số thẻ, số CCCD, năm sinh');
    await search.fill('dang thi thanh xuan');
    await page.getByRole('link', { name: 'Đặng Thị Thanh Xuân', exact: true }).waitFor();
    await snap(page, 'import-11-list-tcvn3-name');
    await search.fill('TNI-0002');
    await page.getByRole('link', { name: 'Trần Văn Thuỷ', exact: true }).waitFor();
    await search.fill('');
    // Thousands of members again, once the cleared search has reached the list.
    await page
      .getByText(/Tổng số \d{1,3}(\.\d{3})+ đoàn viên/)
      .first()
      .waitFor();
    expect(await memberTotal()).toBeGreaterThanOrEqual(ROWS);
    await snap(page, 'import-12-list');
  });

  it('discards the job on the server when the officer leaves the wizard half-way', async () => {
    await page.goto(`${app.url}/members/import`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/members/imports') && r.request().method() === 'POST'),
      page.locator('input[type=file]').setInputFiles(path.join(dir, 'danh-sach-loi.xlsx')),
    ]);
    const { id } = (await response.json()) as { id: string };
    await page.getByText('Đã tải lên danh-sach-loi.xlsx').waitFor();
    expect(await jobStatus(id)).toBe(200);
    await page.getByRole('menuitem', { name: 'Đoàn viên', exact: true }).click();
    await page.waitForURL(/\/members$/);
    await expect.poll(() => jobStatus(id)).toBe(404);
  });
});

/**
 * The bar part-way (rows already counted) when the browser catches it there; a fast machine may finish
 * between two polls, and the screenshot then shows the end instead.
 */
async function snapWhileRunning(running: RegExp, finished: string, name: string): Promise<void> {
  const seen = [
    page.getByRole('status').filter({ hasText: running }).waitFor({ timeout: 60_000 }),
    page.getByText(finished).waitFor({ timeout: 60_000 }),
  ];
  // The one not seen first times out later; its failure is expected and must not surface.
  for (const wait of seen) wait.catch(() => undefined);
  await Promise.race(seen);
  await snap(page, name);
}

/** The active members of Thanh Nhàn as the API counts them, through the browser's session. */
async function memberTotal(): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/v1/members?unit=CDCS-HN-BVTP&pageSize=1');
    return ((await response.json()) as { total: number }).total;
  });
}

/** The status of GET /members/imports/:id through the browser's session. */
async function jobStatus(id: string): Promise<number> {
  return page.evaluate(async (jobId) => (await fetch(`/api/v1/members/imports/${jobId}`)).status, id);
}
