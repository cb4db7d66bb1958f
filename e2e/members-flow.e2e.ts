// A grassroots officer's member list: find a member typed without diacritics, open the record, transfer
// them to another union after confirmation, add a new member with a server-side error shown under its field.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.hanoi', DEMO_PASSWORD);
  await page.waitForURL(/\/members/);
});
afterAll(() => app?.close());

async function pickInDialog(label: string, search: string, option: RegExp) {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true });
  await field.click();
  await field.fill(search);
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

describe('members in the browser', () => {
  it('lists the province’s members sorted by given name, with the total', async () => {
    await page.getByRole('menuitem', { name: 'Đoàn viên', exact: true }).click();
    await page.waitForURL(/\/members/);
    await page
      .getByText(/Tổng số [\d.]+ đoàn viên/)
      .first()
      .waitFor();
    await snap(page, 'members-01-list');
  });

  it('finds a member by a name typed without diacritics', async () => {
    await page.getByPlaceholder('Tìm theo họ tên (có hoặc không dấu), số thẻ, số CCCD, năm sinh').fill('nguyen dat');
    await page.waitForURL(/q=nguyen\+dat/);
    const link = page.getByRole('link', { name: /Nguyễn .*Đạt/ }).first();
    await link.waitFor();
    await snap(page, 'members-02-search');
    await link.click();
    await page.getByRole('tab', { name: /Quá trình sinh hoạt công đoàn/ }).waitFor();
    await snap(page, 'members-03-record');
  });

  it('transfers the member to another grassroots union after confirmation', async () => {
    await page.getByRole('button', { name: 'Chuyển sinh hoạt' }).click();
    await pickInDialog('Chuyển đến công đoàn cơ sở', 'xanh pon', /Xanh Pôn/);
    await page.getByRole('dialog').getByRole('button', { name: 'Chuyển sinh hoạt' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'đến Công đoàn Bệnh viện Xanh Pôn' });
    await confirm.waitFor();
    await snap(page, 'members-04-transfer-confirm');
    await confirm.getByRole('button', { name: 'Chuyển sinh hoạt' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await page.getByRole('tab', { name: /Quá trình sinh hoạt công đoàn \(2\)/ }).click();
    await page.getByText('Đã chuyển sinh hoạt').first().waitFor();
    await snap(page, 'members-05-after-transfer');
  });

  it('adds a member, showing a taken card number under its field until it is corrected', async () => {
    await page.goto(`${app.url}/members`);
    await page.getByRole('button', { name: 'Thêm đoàn viên' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên', { exact: true }).fill('PGS.TS. Lê Thị Minh Ngọc');
    await dialog.getByLabel('Nữ').check();
    await pickInDialog('Đơn vị công tác', 'thanh nhan', /Thanh Nhàn/);
    await pickInDialog('Công đoàn cơ sở', 'thanh nhan', /Thanh Nhàn/);
    const joined = dialog.getByLabel('Ngày vào công đoàn');
    await joined.fill('15/05/2005');
    await joined.press('Enter');
    // The first member of the list already holds this card.
    await dialog.getByLabel('Số thẻ đoàn viên').fill('YT00100102');
    await dialog.getByRole('button', { name: 'Thêm' }).click();
    await dialog.getByText('Số thẻ đã được cấp.').waitFor();
    await snap(page, 'members-06-card-taken');
    await dialog.getByLabel('Số thẻ đoàn viên').fill('YT09999999');
    await dialog.getByRole('button', { name: 'Thêm' }).click();
    await page.getByRole('heading', { name: 'PGS.TS. Lê Thị Minh Ngọc' }).waitFor();
    await snap(page, 'members-07-created');
  });

  it('shows the membership statistics of the province with the unionisation rate', async () => {
    await page.getByRole('menuitem', { name: 'Thống kê đoàn viên' }).click();
    await page.waitForURL(/\/members\/stats/);
    await page.getByText('Tỷ lệ đoàn viên / CNVCLĐ').waitFor();
    await expect.poll(() => page.getByText(/^\d{1,3},\d{2}%$/).count()).toBeGreaterThan(0);
    await snap(page, 'members-08-stats');
  });
});
