// A provincial officer's plan targets: the 2026 figures the Vietnamese way, targets set for the hospitals
// in one form, a manual result reported with an evidence file, an indicator of their own, a target deleted
// after confirmation.
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

/** The table row of an indicator (the top level), found by its name. */
const indicatorRow = (name: string) => page.locator('tr.ant-table-row-level-0', { hasText: name });
/** A unit's row in an expanded list of the units below. */
const unitRow = (name: string) => page.locator('.ant-table-expanded-row tr', { hasText: name });

describe('plan targets in the browser', () => {
  it('shows the year’s targets of the officer’s own unit with the rates written the Vietnamese way', async () => {
    await page.getByRole('menuitem', { name: 'Chỉ tiêu', exact: true }).click();
    await page.waitForURL(/\/targets/);
    await page.getByText('Công đoàn ngành Y tế Hà Nội · Năm 2026').waitFor();
    await indicatorRow('Tổ chức buổi tuyên truyền').getByText('12/24 — đạt 50,00%').waitFor();
    await indicatorRow('Tổ chức buổi tuyên truyền')
      .getByText(/tổng báo cáo của 2 đơn vị cấp dưới/)
      .waitFor();
    await indicatorRow('Chăm lo Tết').getByText('520/500 — đạt 104,00%').waitFor();
    await indicatorRow('Tổ chức buổi tuyên truyền')
      .getByRole('button', { name: /Expand row|Mở rộng/ })
      .click();
    await unitRow('Công đoàn Bệnh viện Thanh Nhàn').getByText('7/6 — đạt 116,67%').waitFor();
    await snap(page, 'targets-01-year');
  });

  it('explains how complete member records are counted', async () => {
    await page.getByRole('button', { name: 'Cách tính: Hồ sơ đoàn viên đầy đủ trên hệ thống' }).hover();
    await page.getByText('số thẻ đoàn viên', { exact: true }).waitFor();
    await snap(page, 'targets-02-definition');
    await page.mouse.move(0, 0);
  });

  it('sets a target for a hospital in the bulk form and shows its achievement', async () => {
    await page.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Chỉ tiêu', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: 'Hồ sơ đoàn viên đầy đủ trên hệ thống' }).click();
    // The hospitals that already have this target show it instead of an input.
    await dialog
      .getByText(/Đã giao 12 \(do Công đoàn ngành Y tế Hà Nội\)/)
      .first()
      .waitFor();
    await dialog.getByLabel('Chỉ tiêu giao: Công đoàn Bệnh viện Đa khoa Đống Đa').fill('10');
    await snap(page, 'targets-03-bulk-form');
    await dialog.getByRole('button', { name: 'Giao chỉ tiêu' }).click();
    await page.getByText('Đã giao chỉ tiêu cho 1 đơn vị.').waitFor();
    await expect.poll(() => page.locator('.ant-modal').count()).toBe(0);
    await indicatorRow('Hồ sơ đoàn viên đầy đủ')
      .getByRole('button', { name: /Expand row|Mở rộng/ })
      .click();
    const dongDa = unitRow('Công đoàn Bệnh viện Đa khoa Đống Đa');
    await dongDa.getByText(/^\d+\/10 — đạt \d{1,3}(\.\d{3})*,\d{2}%$/).waitFor();
    await snap(page, 'targets-04-after-set');
  });

  it('reports a manual result with an evidence file', async () => {
    await indicatorRow('Chăm lo Tết').getByRole('button', { name: 'Báo cáo kết quả' }).click();
    const dialog = page.getByRole('dialog');
    const value = dialog.getByLabel(/Kết quả đạt được/);
    await value.fill('530');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'Danh sách nhận quà Tết.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await dialog.getByText('Danh sách nhận quà Tết.pdf').waitFor();
    await snap(page, 'targets-05-report');
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await indicatorRow('Chăm lo Tết').getByText('530/500 — đạt 106,00%').waitFor();
    await indicatorRow('Chăm lo Tết')
      .getByRole('link', { name: /Tải tệp minh chứng: Danh sách nhận quà Tết.pdf/ })
      .waitFor();
  });

  it('defines an indicator of the unit’s own', async () => {
    await page.getByRole('button', { name: 'Thêm loại chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên chỉ tiêu').fill('Đoàn viên được khám sức khỏe định kỳ');
    await dialog.getByLabel('Đơn vị tính').fill('người');
    await dialog.getByRole('button', { name: 'Thêm' }).click();
    await page.getByText('Đã thêm loại chỉ tiêu “Đoàn viên được khám sức khỏe định kỳ”.').waitFor();
  });

  it('deletes a target after confirmation', async () => {
    await unitRow('Công đoàn Bệnh viện Đa khoa Đống Đa')
      .getByRole('button', { name: 'Xóa chỉ tiêu: Công đoàn Bệnh viện Đa khoa Đống Đa' })
      .click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Xóa chỉ tiêu “Hồ sơ đoàn viên đầy đủ trên hệ thống”' });
    await confirm.waitFor();
    await snap(page, 'targets-06-delete-confirm');
    await confirm.getByRole('button', { name: 'Xóa chỉ tiêu' }).click();
    await page.getByText('Đã xóa chỉ tiêu.').waitFor();
    await expect
      .poll(() =>
        unitRow('Công đoàn Bệnh viện Đa khoa Đống Đa')
          .getByText(/\/10 — đạt/)
          .count(),
      )
      .toBe(0);
    await snap(page, 'targets-07-after-delete');
  });
});
