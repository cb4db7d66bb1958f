// A provincial officer's day: log in, open the tree, create a grassroots union, move it, find both in the
// audit log (as the administrator), log out. Screenshots go to e2e/artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
});
afterAll(() => app?.close());

async function login(username: string, password: string) {
  await logIn(page, app.url, username, password);
}

async function logout() {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
}

/** Picks a unit in a search select by typing part of its name. */
async function pickUnit(label: string, search: string, option: RegExp) {
  const field = page.getByLabel(label);
  await field.click();
  await field.fill(search);
  // antd renders a hidden accessible list beside the visible one: click the visible option.
  await page.locator('.ant-select-item-option', { hasText: option }).click();
}

describe('the organisation tree in the browser', () => {
  it('refuses a wrong password with a Vietnamese message', async () => {
    await login('canbo.hanoi', 'sai-mat-khau');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await snap(page, '01-login-error');
  });

  it('logs a provincial officer in and shows the tree of the province', async () => {
    await login('canbo.hanoi', DEMO_PASSWORD);
    // An officer starts on the member list; the tree is one menu entry away.
    await page.waitForURL(/\/members/);
    await page.getByRole('menuitem', { name: 'Cơ cấu tổ chức', exact: true }).click();
    await page.waitForURL(/\/units\/\d+/);
    await page.getByRole('heading', { name: 'Công đoàn ngành Y tế Hà Nội' }).waitFor();
    await page.getByText('Công đoàn Bệnh viện Thanh Nhàn').first().waitFor();
    // Nothing beside the province: another province's unit is not in the tree.
    expect(await page.getByText('Công đoàn ngành Y tế Hải Phòng').count()).toBe(0);
    await snap(page, '02-tree-hanoi');
  });

  it('finds a unit by a search typed without diacritics', async () => {
    await page.getByPlaceholder('Tìm theo tên, tên viết tắt hoặc mã đơn vị').fill('xanh pon');
    await page.getByText('Công đoàn Bệnh viện Xanh Pôn').first().waitFor();
    await snap(page, '03-search');
    await page.getByPlaceholder('Tìm theo tên, tên viết tắt hoặc mã đơn vị').fill('');
  });

  it('creates a grassroots union under the province', async () => {
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã đơn vị').fill('CDCS-HN-BVHD');
    await dialog.getByLabel('Tên đơn vị', { exact: true }).fill('Công đoàn Bệnh viện Đa khoa Hà Đông');
    await dialog.getByLabel('Tên viết tắt').fill('CĐ BV Hà Đông');
    await snap(page, '04-create-form');
    await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByText('Đã thêm Công đoàn Bệnh viện Đa khoa Hà Đông.').waitFor();
    await page.getByText('Công đoàn Bệnh viện Đa khoa Hà Đông').first().click();
    await page.getByRole('heading', { name: 'Công đoàn Bệnh viện Đa khoa Hà Đông' }).waitFor();
    await snap(page, '05-created-unit');
  });

  it('moves it to another parent after confirmation', async () => {
    await logout();
    await login('quantri', DEMO_PASSWORD);
    // Login returns to the page the last user was on; the menu leads to the tree from anywhere.
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('menuitem', { name: 'Cơ cấu tổ chức', exact: true }).click();
    await page.waitForURL(/\/units/);
    await page.getByPlaceholder('Tìm theo tên, tên viết tắt hoặc mã đơn vị').fill('ha dong');
    await page.getByText('Công đoàn Bệnh viện Đa khoa Hà Đông').first().click();
    await page.getByRole('heading', { name: 'Công đoàn Bệnh viện Đa khoa Hà Đông' }).waitFor();
    await page.getByRole('button', { name: /Tổ chức lại/ }).click();
    await page.getByRole('menuitem', { name: 'Chuyển đơn vị cấp trên' }).click();
    const dialog = page.getByRole('dialog');
    await pickUnit('Đơn vị cấp trên mới', 'nganh y te hai phong', /Công đoàn ngành Y tế Hải Phòng/);
    await dialog.getByRole('button', { name: 'Chuyển đơn vị' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'sang trực thuộc Công đoàn ngành Y tế Hải Phòng?' });
    await confirm.waitFor();
    await snap(page, '06-move-confirm');
    await confirm.getByRole('button', { name: 'Chuyển đơn vị' }).click();
    await page
      .getByText('Đã chuyển Công đoàn Bệnh viện Đa khoa Hà Đông sang trực thuộc Công đoàn ngành Y tế Hải Phòng.')
      .waitFor();
    await page.getByRole('link', { name: 'Công đoàn ngành Y tế Hải Phòng' }).first().waitFor();
    await snap(page, '07-moved-unit');
  });

  it('shows both changes in the audit log to the administrator', async () => {
    await logout();
    await login('admin', 'e2e-admin-password');
    await page.waitForURL(/\/(members|units|account)/);
    await page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).click();
    await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
    const rows = page.locator('tr', { hasText: 'Công đoàn Bệnh viện Đa khoa Hà Đông' });
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toContain('canbo.hanoi');
    expect(text).toContain('quantri');
    await snap(page, '08-audit');
  });

  it('logs out', async () => {
    await logout();
    await page.goto(`${app.url}/units`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await snap(page, '09-logged-out');
  });
});
