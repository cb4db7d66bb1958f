// A hospital's officer looks at a doctor's award history, asks whether she can be proposed for the ministry's
// Bằng khen in 2025 (no: a CSTĐCS year is missing), records that year's title (a reused decision number is
// refused first), asks again (yes), and lists everyone in the hospital who qualifies. An administrator then
// opens the catalogue and saves a new version of one form.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;
let person: { id: number; fullName: string };

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.bachmai', DEMO_PASSWORD);
  await page.waitForURL(/\/members/);
  // The demo gave CSTĐCS 2023 and 2024 to the hospital's first member by id.
  const members = await page.request.get(`${app.url}/api/v1/members?unit=CDCS-BVBM&pageSize=200`);
  const items = (await members.json()).items as { id: number; fullName: string }[];
  person = items.reduce((a, b) => (a.id < b.id ? a : b));
});
afterAll(() => app?.close());

/** Types into an antd Select (by the id its form gives it) and picks the option. */
async function pick(id: string, typed: string, option: string) {
  const field = page.locator(`#${id}`);
  await field.click();
  await field.fill(typed);
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

async function check() {
  await pick('eligibility_code', 'Bộ trưởng Bộ Y', 'Bằng khen của Bộ trưởng Bộ Y tế');
  await page.locator('#eligibility_year').fill('2025');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

describe('eligibility in the browser', () => {
  it('shows the person’s awards as a timeline', async () => {
    await page.goto(`${app.url}/members/${person.id}`);
    await page.getByRole('tab', { name: 'Khen thưởng' }).click();
    const timeline = page.getByTestId('award-timeline');
    await timeline.getByText('Năm 2024 · Chiến sĩ thi đua cơ sở').waitFor();
    await timeline.getByText('Quyết định số 1610/QĐ-BM ngày 18/12/2024').first().waitFor();
    await timeline.getByText('Năm 2024 · Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam').waitFor();
    await snap(page, 'eligibility-01-timeline');
  });

  it('answers "not eligible" with the missing year, citing the rule', async () => {
    await check();
    const result = page.getByTestId('eligibility-result');
    await result.getByText('Chưa đủ điều kiện').waitFor();
    await result.getByText('Cần 2 năm liên tục đạt Chiến sĩ thi đua cơ sở: có 2024; thiếu 2025').waitFor();
    await snap(page, 'eligibility-02-not-eligible');
  });

  it('refuses a decision number the hospital already used for another decision, then records the title', async () => {
    await page.getByRole('button', { name: 'Ghi nhận khen thưởng' }).click();
    const dialog = page.getByRole('dialog');
    await pick('award_code', 'Chiến sĩ thi đua cơ', 'Chiến sĩ thi đua cơ sở');
    await dialog.getByLabel('Năm thành tích').fill('2025');
    await dialog.getByLabel('Số quyết định').fill('1702/QĐ-BM');
    const date = dialog.getByLabel('Ngày quyết định');
    await date.fill('16/12/2025');
    await date.press('Enter');
    await dialog.getByLabel('Tên cơ quan').fill('Bệnh viện Bạch Mai');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await page
      .getByText(/Số quyết định «1702\/QĐ-BM» .* đã dùng cho quyết định ngày 17\/12\/2025/)
      .first()
      .waitFor();
    await snap(page, 'eligibility-03-number-taken');
    await date.fill('17/12/2025');
    await date.press('Enter');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await page.getByTestId('award-timeline').getByText('Năm 2025 · Chiến sĩ thi đua cơ sở').waitFor();
  });

  it('answers "eligible" once the year is recorded', async () => {
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const result = page.getByTestId('eligibility-result');
    await result.getByText('Đủ điều kiện', { exact: false }).first().waitFor();
    await result.getByText('2 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2025, 2024').waitFor();
    await snap(page, 'eligibility-04-eligible');
  });

  it('suggests everyone in the hospital who qualifies', async () => {
    await page.getByRole('menuitem', { name: 'Xét điều kiện khen thưởng' }).click();
    await page.waitForURL(/\/eligibility/);
    await page.getByRole('tab', { name: 'Gợi ý danh sách đủ điều kiện' }).click();
    await pick('candidates_code', 'Bộ trưởng Bộ Y', 'Bằng khen của Bộ trưởng Bộ Y tế');
    await page.locator('#candidates_year').fill('2025');
    await page.getByRole('button', { name: 'Tìm người đủ điều kiện' }).click();
    await page
      .getByTestId('candidates-meta')
      .getByText(/2 người đủ điều kiện/)
      .waitFor();
    await page.locator('tr', { hasText: person.fullName }).getByText('Đủ điều kiện').waitFor();
    await snap(page, 'eligibility-05-candidates');
  });

  it('shows a collective’s awards on its unit page, with the way to record one', async () => {
    await page.goto(`${app.url}/members`);
    await page.getByRole('menuitem', { name: 'Cơ cấu tổ chức', exact: true }).click();
    // The officer's own union opens first: Bạch Mai.
    await page.getByRole('heading', { name: 'Công đoàn Bệnh viện Bạch Mai' }).waitFor();
    await page.getByRole('tab', { name: 'Khen thưởng' }).click();
    await page.getByRole('button', { name: 'Ghi nhận khen thưởng' }).waitFor();
    await snap(page, 'eligibility-05b-unit-awards');
  });

  it('lets an administrator save a new version of a catalogue entry', async () => {
    const admin = await openPage(app);
    await logIn(admin, app.url, 'quantri', DEMO_PASSWORD);
    await admin.waitForURL((url) => !url.pathname.startsWith('/login'));
    await admin.getByRole('menuitem', { name: 'Danh mục khen thưởng' }).click();
    await admin.waitForURL(/\/catalogue/);
    await admin.getByLabel('Tìm theo mã hoặc tên').fill('GK_CDCS');
    await admin.getByLabel('Tìm theo mã hoặc tên').press('Enter');
    const row = admin.locator('tr', { hasText: 'GK_CDCS' });
    await row.getByRole('button', { name: 'Xem, sửa' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Tên tiếng Anh').fill('Certificate of Merit of a grassroots union');
    await dialog.getByLabel('Lý do sửa đổi').fill('Thống nhất tên tiếng Anh');
    await snap(admin, 'eligibility-06-catalogue-edit');
    await dialog.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Lưu phiên bản mới' }).last().click();
    await admin.getByText('Đã lưu phiên bản 2.').waitFor();
    // The version column of the row.
    await expect.poll(() => admin.locator('tr', { hasText: 'GK_CDCS' }).locator('td').nth(4).textContent()).toBe('2');
    await snap(admin, 'eligibility-07-catalogue');
  });
});
