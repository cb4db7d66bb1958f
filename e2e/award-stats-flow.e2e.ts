// The Hà Nội officer records three awards of 2024 (two conferred by the Prime Minister, one order by the
// President), then reads them as the articles would write them, with the chart, the honour board, and the bell.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, logIn, openPage, snap, startE2eApp, type E2eApp } from './harness.ts';

let app: E2eApp;
let page: Page;

async function enterAward(csrfToken: string, body: Record<string, unknown>) {
  const response = await page.request.post(`${app.url}/api/v1/awards`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { year: 2024, decisionDate: '2025-03-20', occasion: 'regular', ...body },
  });
  expect(response.status(), await response.text()).toBe(201);
}

beforeAll(async () => {
  app = await startE2eApp();
  page = await openPage(app);
  await logIn(page, app.url, 'canbo.hanoi', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: 'Thống kê khen thưởng' }).waitFor();
  const me = await (await page.request.get(`${app.url}/api/v1/auth/me`)).json();
  const members = await (await page.request.get(`${app.url}/api/v1/members?unit=CDCS-HN-CDC&pageSize=2`)).json();
  const [first, second] = members.items as { id: number }[];
  const primeMinister = { kind: 'authority', authority: 'prime_minister' };
  await enterAward(me.csrfToken, {
    unitCode: 'CDCS-HN-CDC',
    code: 'BK_TTG',
    decisionNo: '312/QĐ-TTg',
    decider: primeMinister,
  });
  await enterAward(me.csrfToken, {
    personId: first!.id,
    code: 'BK_TTG',
    decisionNo: '312/QĐ-TTg',
    decider: primeMinister,
  });
  await enterAward(me.csrfToken, {
    personId: second!.id,
    code: 'HCLD3',
    decisionNo: '845/QĐ-CTN',
    decider: { kind: 'authority', authority: 'president' },
  });
});
afterAll(() => app?.close());

describe('award statistics in the browser', () => {
  it('states the awards the way the articles do, with the chart and the tables', async () => {
    await page.getByRole('menuitem', { name: 'Thống kê khen thưởng' }).click();
    await page.waitForURL(/\/award-stats/);
    const sentences = page.getByTestId('award-stats-sentences');
    await sentences.getByText('1 tập thể, 2 cá nhân').waitFor();
    await sentences.getByText('1 huân chương, 2 Bằng khen của Thủ tướng Chính phủ').waitFor();
    await page.getByTestId('award-stats-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByRole('cell', { name: 'Thủ tướng Chính phủ', exact: true }).waitFor();
    const download = page.getByRole('link', { name: 'Xuất Excel' });
    expect(await download.getAttribute('href')).toContain('/api/v1/award-stats/export?unit=CDYT-HN');
    await snap(page, 'award-stats-01-statistics');
  });

  it('counts by decision date when asked', async () => {
    await page.getByText('Theo ngày quyết định').click();
    await page.waitForURL(/basis=decision_date/);
    await page.getByTestId('award-stats-sentences').getByText('1 tập thể, 2 cá nhân').waitFor();
  });

  it('shows the honour board of the year, highest award first', async () => {
    await page.getByRole('tab', { name: 'Bảng vàng' }).click();
    await page.getByLabel('Năm thành tích', { exact: true }).fill('2024');
    const board = page.getByTestId('honour-board');
    await board.getByText('Huân chương Lao động hạng Ba').waitFor();
    const tags = await board.locator('.ant-tag').allTextContents();
    expect(tags[0]).toBe('Huân chương Lao động hạng Ba');
    await board
      .getByText(/Quyết định số 312\/QĐ-TTg ngày 20\/03\/2025/)
      .first()
      .waitFor();
    await snap(page, 'award-stats-02-honour-board');
  });

  it('opens the notifications from the bell in the header', async () => {
    await page.getByTestId('notifications-bell').click();
    const drawer = page.getByRole('dialog', { name: 'Thông báo' });
    await drawer.waitFor();
    await drawer.getByTestId('notifications-list').waitFor();
    await snap(page, 'award-stats-03-notifications');
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
    await drawer.waitFor({ state: 'hidden' });
  });
});
