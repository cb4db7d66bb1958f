// The sector administrator links logins to member records: the users list shows who is linked, a record that
// belongs to another login is refused with the login named, a link and an unlink after confirmation, and a
// member's login created with its record.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'quantri', DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(() => app?.close());

/** Calls the API as the signed-in administrator, for setting up a case. */
async function callApi(method: 'GET' | 'POST', url: string, data?: unknown): Promise<unknown> {
  const me = (await (await page.request.get(`${app.url}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const response = await page.request.fetch(`${app.url}/api/v1${url}`, {
    method,
    ...(data === undefined ? {} : { data }),
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

const row = (username: string) => page.locator('tr', { has: page.getByRole('cell', { name: username, exact: true }) });

async function pickPerson(search: string, option: RegExp, snapName?: string) {
  const field = page.getByRole('dialog').getByLabel(/Hồ sơ đoàn viên/);
  await field.click();
  await field.fill(search);
  const choice = page.locator('.ant-select-item-option:visible', { hasText: option }).first();
  await choice.waitFor();
  if (snapName) await snap(page, snapName);
  await choice.click();
}

describe('linking logins to member records', () => {
  it('shows each login’s member record, with its union, in the users list', async () => {
    const units = (await callApi('GET', '/units?q=CDCS-BVBM')) as { items: { id: number; code: string }[] };
    const bachMai = units.items.find((unit) => unit.code === 'CDCS-BVBM')!;
    await callApi('POST', '/members', {
      fullName: 'PGS.TS. Trần Văn Minh',
      birthYear: 1972,
      membership: { unitId: bachMai.id, joinedOn: '2001-09-01' },
    });
    await page.goto(`${app.url}/users`);
    await page.getByRole('columnheader', { name: 'Hồ sơ đoàn viên' }).waitFor();
    await row('doanvien').getByRole('link', { name: 'Đặng Thị Hòa' }).waitFor();
    await row('thidua').getByText('Chưa liên kết').waitFor();
    await snap(page, 'users-link-01-list');
  });

  it('refuses a record that belongs to another login, naming that login', async () => {
    await row('thidua').getByRole('button', { name: 'Liên kết hồ sơ' }).click();
    await pickPerson('dang thi hoa', /Đặng Thị Hòa.*Đã liên kết với doanvien/, 'users-link-02a-picker');
    await page.getByRole('dialog').getByText('Đã liên kết với doanvien').first().waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Liên kết', exact: true }).click();
    await page.getByText('Hồ sơ này đã được liên kết với tài khoản doanvien.').waitFor();
    await page.getByRole('dialog').getByText('Đã liên kết với tài khoản doanvien.').waitFor();
    await snap(page, 'users-link-02-conflict');
  });

  it('links another record, shown with its titles and opening the member page', async () => {
    await pickPerson('tran van minh', /Trần Văn Minh/);
    await page.getByRole('dialog').getByRole('button', { name: 'Liên kết', exact: true }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    const link = row('thidua').getByRole('link', { name: 'PGS.TS. Trần Văn Minh' });
    await link.waitFor();
    await row('thidua').getByText('Công đoàn Bệnh viện Bạch Mai').waitFor();
    await snap(page, 'users-link-03-linked');
    await link.click();
    await page.waitForURL(/\/members\/\d+$/);
    await page.getByText('PGS.TS. Trần Văn Minh').first().waitFor();
    await page.goBack();
  });

  it('unlinks after a confirmation', async () => {
    await row('thidua').getByRole('button', { name: 'Bỏ liên kết' }).click();
    const confirm = page
      .getByRole('dialog')
      .filter({ hasText: 'Bỏ liên kết tài khoản thidua với hồ sơ PGS.TS. Trần Văn Minh' });
    await confirm.waitFor();
    await snap(page, 'users-link-04-unlink-confirm');
    await confirm.getByRole('button', { name: 'Bỏ liên kết' }).click();
    await row('thidua').getByText('Chưa liên kết').waitFor();
  });

  it('creates a member’s login with its record, named after the person', async () => {
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('tran.van.minh');
    await dialog.getByLabel('Mật khẩu ban đầu').fill('mat-khau-tam-thoi');
    await dialog.getByLabel('Vai trò').click();
    await page.locator('.ant-select-item-option:visible', { hasText: /^Đoàn viên$/ }).click();
    const unit = dialog.getByLabel('Trên đơn vị');
    await unit.click();
    await unit.fill('bach mai');
    await page.locator('.ant-select-item-option:visible', { hasText: /Bệnh viện Bạch Mai \(CDCS-BVBM\)/ }).click();
    await pickPerson('tran van minh', /Trần Văn Minh/);
    await expect.poll(() => dialog.getByLabel('Họ và tên').inputValue()).toBe('Trần Văn Minh');
    await snap(page, 'users-link-05-create-with-record');
    await dialog.getByRole('button', { name: 'Thêm người dùng' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await row('tran.van.minh').getByRole('link', { name: 'PGS.TS. Trần Văn Minh' }).waitFor();
    await snap(page, 'users-link-06-created');
  });
});
