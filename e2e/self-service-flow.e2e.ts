// A member and her union's officer: Đặng Thị Hòa (doanvien) opens "Hồ sơ của tôi", downloads her card and asks
// to correct her phone; the Bạch Mai officer approves it from the queue, sees the record changed, prints her
// card and the union's batch, checks cards as their QR codes would, and refuses a request gone stale; the
// member sees the decisions.
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

const NEW_PHONE = '0903 246 810';

let app: E2eApp;
let member: Page;
let officer: Page;
let cardNumber: string;

/** The id of a unit, from the officer's own unit search. */
async function unitId(code: string): Promise<number> {
  const response = await officer.request.get(`${app.url}/api/v1/units?q=${encodeURIComponent(code)}`);
  const { items } = (await response.json()) as { items: { id: number; code: string }[] };
  const unit = items.find((item) => item.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

beforeAll(async () => {
  app = await startE2eApp();
  member = await openPage(app);
  await logIn(member, app.url, 'doanvien', DEMO_PASSWORD);
  await member.waitForURL((url) => !url.pathname.startsWith('/login'));
});
afterAll(() => app?.close());

/** Calls the API as the page's signed-in user (its cookie, and the CSRF token from /auth/me), for setting up a case. */
async function callApi(page: Page, method: 'POST' | 'PATCH', url: string, data: unknown): Promise<unknown> {
  const me = (await (await page.request.get(`${app.url}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const response = await page.request.fetch(`${app.url}/api/v1${url}`, {
    method,
    data,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

/** Saves a download next to the screenshots and returns its bytes. */
async function saveDownload(download: Download, name: string): Promise<Buffer> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await download.saveAs(file);
  return fs.readFileSync(file);
}

describe('the member’s own record', () => {
  it('shows "Hồ sơ của tôi" with her profile and histories', async () => {
    await member.getByRole('menuitem', { name: 'Hồ sơ của tôi' }).click();
    await member.waitForURL(/\/me$/);
    await member.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await member.getByText('Đặng Thị Hòa').first().waitFor();
    cardNumber = (await member.getByText(/^Số thẻ đoàn viên: /).textContent())!.replace(/^Số thẻ đoàn viên: /, '');
    expect(cardNumber).toMatch(/^YT\d{8}$/);
    await snap(member, 'self-01-own-record');
    await member.getByRole('tab', { name: /Quá trình sinh hoạt công đoàn/ }).click();
    await member.getByText('Công đoàn Bệnh viện Bạch Mai').first().waitFor();
    await snap(member, 'self-02-own-memberships');
  });

  it('downloads her own membership card', async () => {
    const [download] = await Promise.all([
      member.waitForEvent('download'),
      member.getByRole('button', { name: 'Tải thẻ đoàn viên' }).click(),
    ]);
    const pdf = await saveDownload(download, 'self-card-own.pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('asks to correct her phone number, with a reason', async () => {
    await member.getByRole('button', { name: 'Yêu cầu chỉnh sửa thông tin' }).click();
    const dialog = member.getByRole('dialog');
    await dialog.getByLabel('Điện thoại').fill(NEW_PHONE);
    await dialog.getByLabel('Lý do chỉnh sửa').fill('Tôi đã đổi số điện thoại từ tháng 11/2026.');
    await snap(member, 'self-03-request-form');
    await dialog.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await member.getByText('Đã gửi yêu cầu chỉnh sửa. Cán bộ công đoàn sẽ xem xét.').waitFor();
    await expect.poll(() => member.locator('.ant-modal').count()).toBe(0);
    await member.getByRole('tab', { name: 'Yêu cầu chỉnh sửa (1)' }).click();
    await member.getByText('Chờ duyệt').first().waitFor();
    await member.getByText(NEW_PHONE).waitFor();
    await snap(member, 'self-04-own-requests');
  });
});

describe('the union officer', () => {
  beforeAll(async () => {
    officer = await openPage(app);
    await logIn(officer, app.url, 'canbo.bachmai', DEMO_PASSWORD);
    await officer.waitForURL(/\/members/);
  });

  it('finds the request in "Yêu cầu chỉnh sửa", counted on the menu, and approves it', async () => {
    const entry = officer.getByRole('menuitem', { name: /Yêu cầu chỉnh sửa/ });
    await expect.poll(() => entry.textContent()).toMatch(/1$/);
    await entry.click();
    await officer.waitForURL(/\/corrections/);
    await officer.getByRole('link', { name: 'Đặng Thị Hòa' }).waitFor();
    await officer.getByText(NEW_PHONE).waitFor();
    await snap(officer, 'self-05-review-queue');
    await officer.getByRole('button', { name: 'Duyệt' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByText('Hồ sơ đoàn viên sẽ được cập nhật theo nội dung đề nghị.').waitFor();
    await snap(officer, 'self-06-approve-dialog');
    await dialog.getByRole('button', { name: 'Duyệt' }).click();
    await officer.getByText('Đã duyệt và cập nhật hồ sơ của Đặng Thị Hòa.').waitFor();
    await officer.getByText('Không có yêu cầu nào.').waitFor();
    await expect.poll(() => entry.textContent()).toBe('Yêu cầu chỉnh sửa');
  });

  it('sees the new phone on the member record, with the decided request in its tab', async () => {
    await officer.locator('.ant-segmented-item', { hasText: 'Đã duyệt' }).click();
    await officer.waitForURL(/status=approved/);
    await officer.getByRole('link', { name: 'Đặng Thị Hòa' }).click();
    await officer.getByRole('heading', { name: 'Đặng Thị Hòa' }).waitFor();
    await officer.getByText(NEW_PHONE).waitFor();
    await snap(officer, 'self-07-member-updated');
    await officer.getByRole('tab', { name: 'Yêu cầu chỉnh sửa' }).click();
    await officer.getByText('Đã duyệt').first().waitFor();
    await snap(officer, 'self-08-member-requests-tab');
  });

  it('prints the member’s card from her page', async () => {
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'In thẻ' }).click(),
    ]);
    const pdf = await saveDownload(download, 'self-card-officer.pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('prints the cards of the whole grassroots union from the member list', async () => {
    await officer.goto(`${app.url}/members?unit=CDCS-BVBM`);
    await officer
      .getByText(/Tổng số [\d.]+ đoàn viên/)
      .first()
      .waitFor();
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'In thẻ đoàn viên' }).click(),
    ]);
    await officer.getByText(/Đã tạo [\d.]+ thẻ đoàn viên/).waitFor();
    await snap(officer, 'self-09-members-batch');
    const pdf = await saveDownload(download, 'self-cards-batch.pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('opens the card’s QR address and sees that it is valid', async () => {
    await officer.goto(`${app.url}/verify/card/${cardNumber}`);
    await officer.getByText('Thẻ đoàn viên còn hiệu lực').waitFor();
    await officer.getByText('Đặng Thị Hòa').waitFor();
    await snap(officer, 'self-10-verify-valid');
  });

  it('shows a card that is no longer valid, and since when', async () => {
    const bvbm = (await callApi(officer, 'POST', '/members', {
      fullName: 'Vũ Thị Lan',
      membership: { unitId: await unitId('CDCS-BVBM'), joinedOn: '2015-03-01', cardNumber: 'YT07770003' },
    })) as { id: number };
    await callApi(officer, 'POST', `/members/${bvbm.id}/leave`, { reason: 'Nghỉ hưu', date: '2026-01-31' });
    await officer.goto(`${app.url}/verify/card/YT07770003`);
    await officer.getByText('Thẻ đoàn viên không còn hiệu lực').waitFor();
    await officer
      .getByText('Đoàn viên đã ra khỏi tổ chức công đoàn. Không còn hiệu lực từ ngày 31/01/2026.', { exact: false })
      .waitFor();
    await snap(officer, 'self-11-verify-invalid');
  });

  it('cannot approve a request whose field was changed since, sees why, and rejects it with a note', async () => {
    await callApi(member, 'POST', '/me/corrections', {
      changes: { email: 'hoa.dang@example.vn' },
      reason: 'Email cá nhân mới',
    });
    const own = (await (await member.request.get(`${app.url}/api/v1/me/member`)).json()) as { member: { id: number } };
    await callApi(officer, 'PATCH', `/members/${own.member.id}`, { email: 'dang.thi.hoa@bachmai.example.vn' });
    await officer.goto(`${app.url}/corrections`);
    await officer.getByText('hoa.dang@example.vn').waitFor();
    await officer.getByRole('button', { name: 'Duyệt' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Duyệt' }).click();
    await dialog.getByText(/Hồ sơ đã được sửa sau khi đoàn viên gửi yêu cầu này/).waitFor();
    await dialog.getByText(/hiện tại: dang\.thi\.hoa@bachmai\.example\.vn/).waitFor();
    await snap(officer, 'self-12-approve-stale');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => officer.locator('.ant-modal').count()).toBe(0);
    await officer.getByRole('button', { name: 'Từ chối' }).click();
    const reject = officer.getByRole('dialog');
    await reject.getByRole('button', { name: 'Từ chối' }).click();
    await reject.getByText('Vui lòng nhập lý do từ chối.').waitFor();
    await reject.getByLabel('Lý do từ chối').fill('Email đã được cập nhật theo hồ sơ nhân sự của bệnh viện.');
    await snap(officer, 'self-13-reject-dialog');
    await reject.getByRole('button', { name: 'Từ chối' }).click();
    await officer.getByText('Đã từ chối yêu cầu.').waitFor();
    await officer.getByText('Không có yêu cầu nào.').waitFor();
  });
});

describe('back with the member', () => {
  it('shows her requests decided, the rejected one with the officer’s note, and her new phone', async () => {
    await member.reload();
    await member.getByRole('tab', { name: 'Yêu cầu chỉnh sửa' }).click();
    await member.getByText('Đã duyệt').first().waitFor();
    await member.getByText('Email đã được cập nhật theo hồ sơ nhân sự của bệnh viện.').waitFor();
    await snap(member, 'self-14-own-requests-decided');
    await member.getByRole('tab', { name: 'Thông tin cá nhân' }).click();
    await member.locator('.ant-descriptions').getByText(NEW_PHONE).waitFor();
  });

  it('is told a scanned card is not in her scope', async () => {
    await member.goto(`${app.url}/verify/card/${cardNumber}`);
    await member.getByText('Không có trong phạm vi quản lý của bạn').waitFor();
    await snap(member, 'self-15-verify-not-in-scope');
  });
});
