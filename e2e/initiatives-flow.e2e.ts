// A hospital's officer keeps the register of initiatives: the statistics the way the articles write them, a new
// initiative whose shares must reach 100%, its recognition; then the year's ratings entered in the grid and a
// filled template refused with its bad cells named by row and column.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;
let authors: { id: number; fullName: string }[];

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.bachmai', DEMO_PASSWORD);
  await page.waitForURL(/\/members/);
  const members = await page.request.get(`${app.url}/api/v1/members?unit=CDCS-BVBM&pageSize=5`);
  authors = (await members.json()).items;
});
afterAll(() => app?.close());

const TITLE = 'Hệ thống nhắc uống thuốc cho người bệnh ngoại trú';

async function pickAuthor(index: number, fullName: string) {
  const field = page.getByRole('dialog').locator(`#author-${index}`);
  await field.click();
  await field.fill(fullName.split(' ').slice(-2).join(' '));
  await page.locator('.ant-select-item-option:visible', { hasText: fullName }).first().click();
}

describe('initiatives and ratings in the browser', () => {
  it('lists the hospital’s register with its statistics', async () => {
    await page.getByRole('menuitem', { name: 'Sáng kiến, đề tài' }).click();
    await page.waitForURL(/\/initiatives/);
    await page.getByText('Cải tiến quy trình tiếp đón người bệnh').waitFor();
    await page
      .getByTestId('initiative-stats')
      .getByText('1 sáng kiến cải tiến kỹ thuật, 0 công trình sản phẩm, 1 đề tài')
      .waitFor();
    await page.getByText('Tổng giá trị làm lợi ước tính: 12.500.000 đ').waitFor();
    await snap(page, 'initiatives-01-list');
  });

  it('refuses shares that do not reach 100% and registers the initiative once they do', async () => {
    await page.getByRole('button', { name: 'Đăng ký sáng kiến, đề tài' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên', { exact: true }).fill(TITLE);
    await dialog.getByLabel('Lĩnh vực').fill('Dược lâm sàng');
    const submitted = dialog.getByLabel('Ngày đăng ký');
    await submitted.fill('01/10/2025');
    await submitted.press('Enter');
    await dialog.getByLabel('Giá trị làm lợi ước tính (đồng)').fill('8500000');
    await pickAuthor(0, authors[0]!.fullName);
    await dialog.getByLabel('Tỷ lệ (%) 1').fill('60');
    await dialog.getByRole('button', { name: 'Thêm tác giả' }).click();
    await pickAuthor(1, authors[1]!.fullName);
    await dialog.getByLabel('Tỷ lệ (%) 2').fill('30');
    await dialog.getByTestId('share-total').getByText('Tổng tỷ lệ: 90%').waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Tổng tỷ lệ đóng góp của các tác giả phải bằng đúng 100%.').waitFor();
    await snap(page, 'initiatives-02-shares-refused');
    await dialog.getByLabel('Tỷ lệ (%) 2').fill('40');
    await dialog.getByTestId('share-total').getByText('Tổng tỷ lệ: 100%').waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    const row = page.locator('tr', { hasText: TITLE });
    await row.getByText('Đã đăng ký, chờ công nhận').waitFor();
    await row.getByText('8.500.000').waitFor();
    await row.getByText(`${authors[0]!.fullName} (60%)`).waitFor();
    await snap(page, 'initiatives-03-registered');
  });

  it('recognises it with a decision, and the statistics count it', async () => {
    const row = page.locator('tr', { hasText: TITLE });
    await row.getByRole('button', { name: 'Công nhận', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số quyết định').fill('131/QĐ-BVBM');
    const date = dialog.getByLabel('Ngày quyết định');
    await date.fill('20/12/2025');
    await date.press('Enter');
    await snap(page, 'initiatives-04-recognise');
    await dialog.getByRole('button', { name: 'Công nhận', exact: true }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await row.getByText('QĐ số 131/QĐ-BVBM ngày 20/12/2025').waitFor();
    await row.getByText('Đã công nhận').waitFor();
    await page
      .getByTestId('initiative-stats')
      .getByText('2 sáng kiến cải tiến kỹ thuật, 0 công trình sản phẩm, 1 đề tài')
      .waitFor();
    await page.getByText('Tổng giá trị làm lợi ước tính: 21.000.000 đ').waitFor();
    await snap(page, 'initiatives-05-recognised');
  });

  it('does not recognise a record without a reason, then with one', async () => {
    const row = page.locator('tr', { hasText: 'Bộ dụng cụ cố định tay khi truyền dịch cho trẻ nhỏ' });
    await row.getByRole('button', { name: 'Không công nhận', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Không công nhận', exact: true }).click();
    await dialog.getByText('Lý do', { exact: false }).first().waitFor();
    await expect.poll(() => dialog.locator('.ant-form-item-explain-error').count()).toBe(1);
    await dialog.getByLabel('Lý do').fill('Chưa có minh chứng áp dụng tại khoa.');
    await snap(page, 'initiatives-05b-reject');
    await dialog.getByRole('button', { name: 'Không công nhận', exact: true }).click();
    await page.getByText('Đã ghi nhận không công nhận.').waitFor();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
  });

  it('enters a rating in the year’s grid and saves it', async () => {
    await page.getByRole('menuitem', { name: 'Đánh giá, xếp loại' }).click();
    await page.waitForURL(/\/performance-ratings/);
    await page.getByTestId('rating-counts').getByText('HTXSNV: 2').waitFor();
    const rating = page.getByLabel(`Xếp loại — Họ và tên: ${authors[4]!.fullName}`);
    await rating.click();
    await page.locator('.ant-select-item-option:visible', { hasText: 'HTXSNV' }).click();
    await page.getByText('1 dòng đã sửa, chưa lưu').waitFor();
    await snap(page, 'performance-ratings-01-edited');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText(/Đã lưu: \d+ dòng mới, \d+ dòng sửa, 0 dòng xóa\./).waitFor();
    await page.getByTestId('rating-counts').getByText('HTXSNV: 3').waitFor();
    await snap(page, 'performance-ratings-02-saved');
  });

  it('refuses a filled template with a bad cell, naming its row and column', async () => {
    const response = await page.request.get(`${app.url}/api/v1/performance-ratings/template?unit=CDCS-BVBM&year=2025`);
    expect(response.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Đánh giá xếp loại')!;
    sheet.getCell('E3').value = 'Giỏi';
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.locator('input[type=file]').setInputFiles({
      name: 'xep-loai-2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await page.getByText('Tệp có 1 lỗi, chưa nhập dòng nào').waitFor();
    await page
      .getByTestId('row-errors')
      .getByText(/Dòng 3, cột E \(Xếp loại\): “Giỏi” không phải mức xếp loại/)
      .waitFor();
    await snap(page, 'performance-ratings-03-import-errors');
  });

  it('shows an author’s initiatives and ratings on their page', async () => {
    await page.goto(`${app.url}/members/${authors[0]!.id}`);
    await page.getByRole('tab', { name: 'Sáng kiến, xếp loại' }).click();
    await page.getByRole('tabpanel').getByText(TITLE).waitFor();
    await page.getByRole('tabpanel').getByText('60%').first().waitFor();
    await page.getByRole('tabpanel').getByText('Chưa có kết quả đánh giá, xếp loại nào.').waitFor();
    expect(await page.getByRole('tabpanel').locator('.ant-alert-error').count()).toBe(0);
    await snap(page, 'initiatives-06-person-tab');
  });
});
