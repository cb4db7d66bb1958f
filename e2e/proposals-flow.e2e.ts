// A hospital's officer drafts an award proposal for one member and submits it to Công đoàn Y tế Việt Nam; the
// national union's emulation officer starts the appraisal, reads the eligibility verdict with its reasons, and
// sends the proposal to a council meeting. (The meeting itself, posting and decision are covered by API tests.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;
let member: { id: number; fullName: string };
let proposalUrl: string;

const TITLE = 'Đề nghị tặng Bằng khen Công đoàn Y tế Việt Nam năm 2025 cho điều dưỡng trưởng';

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.bachmai', DEMO_PASSWORD);
  await page.waitForURL(/\/members/);
  const members = await page.request.get(`${app.url}/api/v1/members?unit=CDCS-BVBM&pageSize=10`);
  member = (await members.json()).items[6];
});
afterAll(() => app?.close());

async function pick(field: string, typed: string, option: string) {
  const input = page.locator(`#${field}`);
  await input.click();
  if (typed) await input.fill(typed);
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

describe('an award proposal in the browser', () => {
  it('drafts a proposal of the hospital addressed to the national sector union', async () => {
    await page.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await page.waitForURL(/\/proposals/);
    await page.getByText('Đề nghị tặng Bằng khen Công đoàn Y tế Việt Nam năm 2025 (đợt bổ sung)').waitFor();
    await snap(page, 'proposals-01-list');
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await page.waitForURL(/\/proposals\/new/);
    await pick('deciderUnitId', '', 'Công đoàn Y tế Việt Nam');
    await page.getByLabel('Tên hồ sơ').fill(TITLE);
    await page.getByLabel('Năm thành tích').fill('2025');
    await page.getByRole('button', { name: 'Lập đề nghị' }).click();
    await page.waitForURL(/\/proposals\/\d+$/);
    proposalUrl = page.url();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('Dự thảo', { exact: true }).first().waitFor();
  });

  it('adds one member with the achievement report and submits', async () => {
    await page.getByRole('button', { name: 'Thêm cá nhân, tập thể' }).click();
    const dialog = page.getByRole('dialog');
    await pick('recipient', member.fullName.split(' ').slice(-2).join(' '), member.fullName);
    await pick('code', 'Công đoàn Y tế Việt Nam', 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam');
    await dialog
      .getByLabel('Báo cáo thành tích')
      .fill('Điều dưỡng trưởng khoa; hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được công nhận.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: new RegExp(member.fullName) }).waitFor();
    await snap(page, 'proposals-02-draft');
    await page.getByRole('button', { name: 'Trình cấp trên' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Trình cấp trên' }).click();
    await page.getByText('Đã trình cấp trên', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Bắt đầu thẩm định' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Rút lại' }).waitFor();
  });

  it('lets the deciding unit’s officer start the appraisal and read the eligibility verdict', async () => {
    const officer = await openPage(app);
    page = officer;
    await logIn(page, app.url, 'thidua', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${app.url}/proposals?tab=decider`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(proposalUrl);
    await page.getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
    await page.getByText('Đang thẩm định', { exact: true }).first().waitFor();
    await page.getByText('Cần xem xét', { exact: true }).first().waitFor();
    await page
      .getByRole('button', { name: /expand|Mở rộng/i })
      .first()
      .click();
    await page.getByText('Báo cáo thành tích').first().waitFor();
    await snap(page, 'proposals-03-appraisal');
  });

  it('sends the proposal to a council meeting of the deciding unit', async () => {
    const me = await (await page.request.get(`${app.url}/api/v1/auth/me`)).json();
    const grant = me.grants[0];
    const created = await page.request.post(`${app.url}/api/v1/council-meetings`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        unitId: grant.unitId,
        title: 'Phiên họp Hội đồng TĐKT tháng 12/2025',
        heldOn: '2025-12-20',
        members: [{ userId: me.user.id, councilRole: 'chair' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    await page.getByRole('button', { name: 'Đưa ra Hội đồng' }).click();
    await pick('meetingId', '', 'Phiên họp Hội đồng TĐKT tháng 12/2025');
    await page.getByRole('dialog').getByRole('button', { name: 'Đưa ra Hội đồng' }).click();
    await page.getByText('Chờ Hội đồng xét', { exact: true }).first().waitFor();
    await snap(page, 'proposals-04-council');
  });
});
