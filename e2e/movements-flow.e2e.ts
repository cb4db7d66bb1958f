// The Hà Nội sector union's officer drafts a movement, gives it a score sheet and the grassroots unions it
// covers, launches it, registers a hospital's collective pledge and finds it in the who-has-registered view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;
const year = new Date().getFullYear();
const NAME = `Phong trào thi đua chào mừng Đại hội Công đoàn ngành Y tế Hà Nội năm ${year}`;

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.hanoi', DEMO_PASSWORD);
  await page.waitForURL(/\/members/);
});
afterAll(() => app?.close());

async function pickDate(locator: ReturnType<Page['locator']>, value: string) {
  await locator.fill(value);
  await locator.press('Enter');
}

describe('movements in the browser', () => {
  it('lists the movements in scope and drafts a new one', async () => {
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.waitForURL(/\/movements/);
    await page.getByText('Phong trào thi đua năm 2025 của Công đoàn ngành Y tế Hà Nội').waitFor();
    await snap(page, 'movements-01-list');
    await page.getByRole('button', { name: 'Tạo phong trào' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên phong trào').fill(NAME);
    await dialog.getByLabel('Loại hình thi đua').click();
    await page.locator('.ant-select-item-option:visible', { hasText: 'Đợt thi đua cao điểm' }).click();
    await pickDate(dialog.locator('#pledgeDeadline'), `31/12/${year}`);
    await dialog.getByLabel('Số văn bản phát động').fill(`21/KH-CĐN`);
    await snap(page, 'movements-02-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/movements\/\d+$/);
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.getByText('Dự thảo').first().waitFor();
  });

  it('refuses to launch before the sheet and units exist, then sets both', async () => {
    await page.getByRole('button', { name: 'Phát động' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Phát động' }).click();
    await page.getByText(/Chưa phát động được: chưa chọn đơn vị tham gia phong trào/).waitFor();
    await expect.poll(() => page.locator('.ant-modal-confirm').count()).toBe(0);

    await page.getByRole('button', { name: 'Sửa bảng tiêu chí' }).click();
    const sheet = page.getByRole('dialog');
    await sheet.getByRole('button', { name: 'Thêm nhóm, tiêu chí' }).click();
    await sheet.locator('#items_0_title').fill('I. Hoàn thành nhiệm vụ chuyên môn');
    await sheet.getByRole('button', { name: 'Thêm tiêu chí con' }).click();
    await sheet.locator('#items_0_children_0_title').fill('Hoàn thành chỉ tiêu khám, chữa bệnh được giao');
    await sheet.locator('#items_0_children_0_maxPoints').fill('60');
    await sheet.locator('#items_0_children_0_evidenceRequired').fill('Báo cáo kết quả chuyên môn');
    await sheet.getByRole('button', { name: 'Thêm nhóm, tiêu chí' }).click();
    await sheet.locator('#items_1_title').fill('II. Công tác công đoàn');
    await sheet.locator('#items_1_maxPoints').fill('40');
    await sheet.getByText('Tổng điểm tối đa: 100 điểm').waitFor();
    await snap(page, 'movements-03-criteria');
    await sheet.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await page.getByText('Tổng điểm tối đa: 100 điểm').waitFor();

    await page.getByRole('button', { name: 'Chọn đơn vị tham gia' }).click();
    const units = page.getByRole('dialog');
    const under = units
      .locator('.ant-form-item', { hasText: 'Thêm tất cả công đoàn cơ sở trực thuộc' })
      .locator('input');
    await under.click();
    await under.fill('ngành Y tế Hà Nội');
    await page.locator('.ant-select-item-option:visible', { hasText: 'Công đoàn ngành Y tế Hà Nội' }).click();
    await units.getByRole('button', { name: 'Thêm', exact: true }).click();
    await units.getByText('Công đoàn Bệnh viện Thanh Nhàn').waitFor();
    await snap(page, 'movements-04-units');
    await units.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await page.getByText('Công đoàn Bệnh viện Xanh Pôn').waitFor();
  });

  it('launches it, and the sheet can no longer be edited', async () => {
    await page.getByRole('button', { name: 'Phát động' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Phát động' }).click();
    await page.getByText('Đã phát động', { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Sửa bảng tiêu chí' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Chấm điểm, xếp hạng' }).count()).toBe(1);
    await snap(page, 'movements-05-launched');
  });

  it('registers a hospital’s collective pledge and shows it in the who-has-registered view', async () => {
    await page.getByRole('tab', { name: 'Đơn vị tham gia, đăng ký thi đua' }).click();
    await page.getByText(/0\/\d+ đơn vị đã đăng ký thi đua tập thể/).waitFor();
    const row = page.locator('tr', { hasText: 'Công đoàn Bệnh viện Thanh Nhàn' });
    await row.getByRole('button', { name: 'Đăng ký thi đua' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Danh hiệu phấn đấu').click();
    await page.keyboard.type('Hoàn thành xuất sắc');
    await page.locator('.ant-select-item-option:visible').first().click();
    await dialog
      .getByLabel('Chỉ tiêu đăng ký')
      .fill('Hoàn thành xuất sắc nhiệm vụ chuyên môn\n100% đoàn viên đăng ký thi đua');
    await snap(page, 'movements-06-pledge-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await row.getByText('Đã đăng ký').waitFor();
    await page.getByText(/1\/\d+ đơn vị đã đăng ký thi đua tập thể/).waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText('Tập thể đơn vị').first().waitFor();
    await snap(page, 'movements-07-registered');

    await page.getByRole('checkbox', { name: 'Chưa đăng ký' }).check();
    await expect.poll(() => page.locator('tr', { hasText: 'Công đoàn Bệnh viện Thanh Nhàn' }).count()).toBe(0);
    await page.locator('tr', { hasText: 'Công đoàn Bệnh viện Xanh Pôn' }).waitFor();
    await snap(page, 'movements-08-unregistered');
  });

  it('shows the clusters with their leader', async () => {
    await page.goto(`${app.url}/movements/clusters`);
    await page.getByText('Cụm thi đua số 1 - Các bệnh viện đa khoa thành phố Hà Nội').waitFor();
    await snap(page, 'movements-09-clusters');
  });
});
