// Scoring a movement in the browser: Bạch Mai's officer fills and submits the hospital's score sheet; the
// provincial officer reviews it, lowers one score with a reason (kept in the criterion's history), confirms the
// review, computes the cluster's ranking and publishes it, after which the sheet is locked.
// The movement is written straight into the application's database: the movements screens are another flow's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../server/db/client.ts';
import { runningInstanceUrl } from '../server/db/embedded.ts';
import {
  criterionScores,
  emulationClusters,
  emulationClusterUnits,
  movementCriteria,
  movements,
  movementUnits,
  scoreSheets,
  units,
} from '../server/db/schema/index.ts';
import { startServer, type Running } from '../server/test/cli-process.ts';
import { DEMO_PASSWORD, logIn, openPage, snap, type E2eApp } from './harness.ts';

const MOVEMENT = 'Phong trào thi đua chuyên đề “Chuyển đổi số trong bệnh viện” năm 2026';
let app: E2eApp;
let server: Running;
let dataDir: string;
let db: Database;
let movementId: number;
let bachMaiId: number;

async function unitId(code: string): Promise<number> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return row!.id;
}

/** A launched movement of CĐ ngành Y tế Hà Nội covering Bạch Mai and Thanh Nhàn, one cluster of the two. */
async function insertMovement(): Promise<void> {
  const hanoi = await unitId('CDYT-HN');
  bachMaiId = await unitId('CDCS-BVBM');
  const thanhNhan = await unitId('CDCS-HN-BVTP');
  const [movement] = await db
    .insert(movements)
    .values({
      name: MOVEMENT,
      launchingUnitId: hanoi,
      kind: 'thematic',
      year: 2026,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      status: 'launched',
      selfAssessmentDeadline: '2099-12-31',
      launchedAt: new Date(),
    })
    .returning({ id: movements.id });
  movementId = movement!.id;
  await db.insert(movementUnits).values([
    { movementId, unitId: bachMaiId },
    { movementId, unitId: thanhNhan },
  ]);
  const ids: Record<string, number> = {};
  const add = async (key: string, position: number, title: string, max: string, parent?: string, evidence?: string) => {
    const [row] = await db
      .insert(movementCriteria)
      .values({
        movementId,
        parentId: parent ? ids[parent]! : null,
        position,
        title,
        maxPoints: max,
        scale: parent || key === '2' ? 'Hoàn thành đủ: điểm tối đa; mỗi nội dung chưa đạt trừ 2 điểm' : null,
        evidenceRequired: evidence ?? null,
      })
      .returning({ id: movementCriteria.id });
    ids[key] = row!.id;
  };
  await add('1', 1, 'Ứng dụng công nghệ thông tin', '60');
  await add('1.1', 2, 'Triển khai bệnh án điện tử', '30', '1', 'Quyết định triển khai, báo cáo số liệu');
  await add('1.2', 3, 'Thanh toán không dùng tiền mặt', '30', '1');
  await add('2', 4, 'Tuyên truyền, tập huấn cho đoàn viên', '40', undefined, 'Danh sách tham dự');
  const [cluster] = await db
    .insert(emulationClusters)
    .values({ name: 'Cụm thi đua bệnh viện hạng đặc biệt', kind: 'cluster', organisingUnitId: hanoi, validFrom: 2026 })
    .returning({ id: emulationClusters.id });
  await db.insert(emulationClusterUnits).values([
    { clusterId: cluster!.id, unitId: bachMaiId },
    { clusterId: cluster!.id, unitId: thanhNhan },
  ]);
  // Thanh Nhàn is already reviewed at 88 points, so the ranking waits only on Bạch Mai.
  const [sheet] = await db
    .insert(scoreSheets)
    .values({
      movementId,
      unitId: thanhNhan,
      status: 'reviewed',
      submittedAt: new Date(),
      reviewedAt: new Date(),
    })
    .returning({ id: scoreSheets.id });
  await db.insert(criterionScores).values([
    { sheetId: sheet!.id, criterionId: ids['1.1']!, selfPoints: '27.00' },
    { sheetId: sheet!.id, criterionId: ids['1.2']!, selfPoints: '26.00' },
    { sheetId: sheet!.id, criterionId: ids['2']!, selfPoints: '35.00' },
  ]);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-scoring-'));
  fs.chmodSync(dataDir, 0o755);
  server = await startServer({
    CONGDOAN_DATA_DIR: dataDir,
    CONGDOAN_ADMIN_USER: 'admin',
    CONGDOAN_ADMIN_PASSWORD: 'e2e-admin-password',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  app = { url: server.url, browser, close: async () => undefined };
  db = createDatabase(runningInstanceUrl(dataDir)!, 1);
  await insertMovement();
});
afterAll(async () => {
  await db?.$client.end();
  await app?.browser.close();
  server?.child.kill('SIGTERM');
  await server?.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function openSheetFromList(page: Page, linkName: string) {
  await page.goto(`${app.url}/scoring`);
  const card = page.locator('.ant-card', { hasText: MOVEMENT });
  await card.getByText(linkName).first().click();
}

describe('scoring a movement in the browser', () => {
  let unitPage: Page;
  let reviewerPage: Page;

  it('Bạch Mai’s officer fills the sheet, saves a draft with the totals, and submits it', async () => {
    unitPage = await openPage(app);
    await logIn(unitPage, app.url, 'canbo.bachmai', DEMO_PASSWORD);
    await unitPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    await openSheetFromList(unitPage, 'Mở bảng điểm');
    await unitPage.getByRole('heading', { name: 'Bảng chấm điểm: Công đoàn Bệnh viện Bạch Mai' }).waitFor();
    await unitPage.getByLabel('Điểm tự chấm 1.1').fill('28,5');
    await unitPage.getByLabel('Giải trình của đơn vị 1.1').fill('100% khoa lâm sàng dùng bệnh án điện tử');
    await unitPage.getByLabel('Điểm tự chấm 1.2').fill('27');
    await unitPage.getByLabel('Điểm tự chấm 2').fill('36');
    await unitPage.getByLabel('Giải trình của đơn vị 2').fill('12 buổi tập huấn, 1.240 lượt đoàn viên');
    await unitPage.getByRole('button', { name: 'Lưu nháp' }).click();
    await unitPage.getByText('Đã lưu bảng điểm.').waitFor();
    await unitPage.locator('.ant-table-summary').getByText('91,5').waitFor();
    await snap(unitPage, 'scoring-01-self-draft');
    await unitPage.getByRole('button', { name: 'Gửi cấp trên' }).click();
    await unitPage.getByRole('dialog').getByRole('button', { name: 'Gửi cấp trên' }).click();
    await unitPage.getByText('Đã gửi bảng điểm.').waitFor();
    await unitPage.locator('.page-header').getByText('Chờ thẩm định').waitFor();
    expect(await unitPage.getByLabel('Điểm tự chấm 1.1').count()).toBe(0);
    await snap(unitPage, 'scoring-02-submitted');
  });

  it('the provincial officer lowers a score with its reason, sees it in the history, and confirms the review', async () => {
    reviewerPage = await openPage(app);
    await logIn(reviewerPage, app.url, 'canbo.hanoi', DEMO_PASSWORD);
    await reviewerPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    await openSheetFromList(reviewerPage, 'Xem bảng tổng hợp');
    await reviewerPage.getByRole('link', { name: 'Công đoàn Bệnh viện Bạch Mai' }).waitFor();
    await snap(reviewerPage, 'scoring-03-board');
    await reviewerPage.getByRole('link', { name: 'Công đoàn Bệnh viện Bạch Mai' }).click();
    await reviewerPage.getByLabel('Điểm thẩm định 1.2').fill('24');
    await reviewerPage.getByLabel('Nhận xét của cấp trên 1.2').fill('Tỷ lệ thanh toán không dùng tiền mặt đạt 82%');
    await reviewerPage.getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
    const reason = reviewerPage.getByRole('dialog');
    await reason.getByText('Các tiêu chí sau thay đổi điểm đã cho: 1.2.').waitFor();
    await reason.getByLabel('Lý do thay đổi').fill('Chưa đạt chỉ tiêu 90% giao dịch không dùng tiền mặt');
    await snap(reviewerPage, 'scoring-04-reason');
    await reason.getByRole('button', { name: 'Lưu với lý do' }).click();
    await reviewerPage.getByText('Đã lưu bảng điểm.').waitFor();
    await reviewerPage.getByRole('button', { name: 'Lịch sử (1)' }).click();
    const drawer = reviewerPage.getByRole('dialog', { name: /Lịch sử thay đổi điểm/ });
    await drawer.getByText('Chưa đạt chỉ tiêu 90% giao dịch không dùng tiền mặt').waitFor();
    await drawer.getByText('27 → 24').waitFor();
    await snap(reviewerPage, 'scoring-05-history');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await reviewerPage.getByRole('button', { name: 'Xác nhận đã thẩm định' }).click();
    await reviewerPage.getByRole('dialog').getByRole('button', { name: 'Xác nhận đã thẩm định' }).click();
    await reviewerPage.getByText('Đã xác nhận thẩm định.').waitFor();
    await reviewerPage.locator('.page-header').getByText('Đã thẩm định').waitFor();
    await reviewerPage.locator('.ant-table-summary').getByText('88,5').waitFor();
    await snap(reviewerPage, 'scoring-06-reviewed');
  });

  it('computes the cluster’s ranking, publishes it after confirming, and the sheet is locked', async () => {
    await reviewerPage.goto(`${app.url}/scoring/${movementId}/ranking`);
    const card = reviewerPage.locator('.ant-card', { hasText: 'Cụm thi đua bệnh viện hạng đặc biệt' });
    await card.getByRole('button', { name: 'Tính xếp hạng' }).click();
    await reviewerPage.getByText('Đã tính xếp hạng.').waitFor();
    const rows = card.locator('.ant-table-tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Công đoàn Bệnh viện Bạch Mai');
    expect(await rows.nth(0).innerText()).toContain('Cờ thi đua của Liên đoàn Lao động tỉnh');
    expect(await rows.nth(1).innerText()).toContain('Công đoàn Bệnh viện Thanh Nhàn');
    await snap(reviewerPage, 'scoring-07-ranking');
    await card.getByRole('button', { name: 'Công bố kết quả' }).click();
    const confirm = reviewerPage.getByRole('dialog');
    await confirm.getByText('Công bố kết quả xếp hạng?').filter({ visible: true }).waitFor();
    await snap(reviewerPage, 'scoring-08-publish-confirm');
    await confirm.getByRole('button', { name: 'Công bố kết quả' }).click();
    await reviewerPage.getByText('Đã công bố kết quả xếp hạng.').waitFor();
    await card.getByText('Đã công bố bởi Trần Thị Thu Hằng', { exact: false }).waitFor();
    expect(await card.getByRole('button', { name: 'Tính lại xếp hạng' }).count()).toBe(0);
    await snap(reviewerPage, 'scoring-09-published');

    await reviewerPage.goto(`${app.url}/scoring/${movementId}/units/${bachMaiId}`);
    await reviewerPage.getByText('Kết quả xếp hạng của đơn vị đã công bố').waitFor();
    expect(await reviewerPage.getByRole('button', { name: 'Trả lại đơn vị' }).count()).toBe(0);
    await snap(reviewerPage, 'scoring-10-locked');
  });
});
