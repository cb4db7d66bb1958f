// One award proposal through every state, each step by the person who takes it: Bạch Mai's officer drafts it for
// Công đoàn Y tế Việt Nam (one member and one department, both for its Bằng khen), corrects the header, adds the
// achievement reports and an evidence file, submits and downloads the cover letter; the national union's emulation
// officer appraises it, plans a council meeting on the council screens and sends it there; the council votes in
// secret, each member from their own browser; the meeting closes and the list is posted; once the objection
// window is over the officer issues the numbered decision, downloads it and the certificates, the member's page
// shows the award, and finally the decision is revoked with a reason.
//
// The objection window: a meeting's closing posts the list from the next day for 10 working days, the deciding
// officer may move its end but not before its start, and the decision must come after its last day (reference
// §5.4 sets no length for union forms; an announced window that could end before it began, or a decision on a day
// objections may still arrive, would surprise the public it is announced to). The screen's refusal of "yesterday"
// is checked below; the days then pass in the database: the window is moved back so that it ended yesterday.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../shared/dates.ts';
import { startServer, type Running } from '../server/test/cli-process.ts';
import { ARTIFACTS, DEMO_PASSWORD, logIn, snap } from './harness.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DRAFT_TITLE = 'Đề nghị tặng Bằng khen năm 2025';
const TITLE = 'Đề nghị tặng Bằng khen Công đoàn Y tế Việt Nam năm 2025 cho cá nhân và tập thể Khoa Ngoại';
const MEETING = 'Phiên họp Hội đồng Thi đua – Khen thưởng Công đoàn Y tế Việt Nam xét Bằng khen năm 2025';
const DEPARTMENT = 'Công đoàn bộ phận Khoa Ngoại';
const AWARD = 'Bằng khen của Ban Chấp hành Công đoàn Y tế Việt Nam';
const SIGNER = 'Phạm Thanh Bình';
const REVOKE_REASON = 'Phát hiện hồ sơ kê khai thành tích không đúng sự thật (Điều 94 Luật Thi đua, khen thưởng).';
/** The smallest file the upload accepts as a PDF: a scanned recognition decision stands behind it. */
const EVIDENCE_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: Running;
let browser: Browser;
let db: pg.Client;
let databaseName = '';
let dataDir = '';
let proposer: Page;
let officer: Page;
let proposalId = 0;
let meetingId = 0;
let member: { id: number; fullName: string };
let decisionNo = '';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    // The officers' clocks: the screens' "today" is Vietnam's, as the server's is.
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await logIn(page, server.url, username, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Opens the select with id `field`, types `typed` if given, and clicks the visible option containing `option`. */
async function pick(page: Page, field: string, typed: string, option: string) {
  const input = page.locator(`#${field}`);
  await input.click();
  if (typed) await input.fill(typed);
  await page.locator('.ant-select-item-option:visible', { hasText: option }).first().click();
}

/** Clicks a document button and returns the file the browser saved, with its name. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('button', { name: button }).click(),
  ]);
  const saved = path.join(ARTIFACTS, `award-workflow-${file.suggestedFilename()}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved) };
}

/** The same document fetched with the page's session, for its headers. */
async function headersOf(page: Page, apiPath: string) {
  const response = await page.request.get(`${server.url}/api/v1${apiPath}`);
  expect(response.status(), apiPath).toBe(200);
  return { type: response.headers()['content-type'] ?? '', size: (await response.body()).length };
}

type Choice = 'Đồng ý' | 'Không đồng ý';

/** Chooses "Đồng ý" for every item on the member's ballot and sends it. */
async function voteYes(page: Page) {
  const ballot = page.locator('.ant-card', { hasText: 'Phiếu của bạn' });
  await ballot.waitFor();
  const groups = ballot.getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBe(2);
  for (let index = 0; index < count; index += 1) {
    await groups
      .nth(index)
      .getByText('Đồng ý' satisfies Choice, { exact: true })
      .click();
  }
  await ballot.getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByText('Đã ghi nhận phiếu của bạn.').waitFor();
}

const isoDaysFrom = (iso: string, days: number) => {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};
const vi = (iso: string) => iso.split('-').reverse().join('/');

beforeAll(async () => {
  databaseName = `congdoan_e2e_award_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${databaseName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-award-'));
  server = await startServer({
    DATABASE_URL: url.toString(),
    CONGDOAN_DATA_DIR: dataDir,
    CONGDOAN_ADMIN_USER: 'admin',
    CONGDOAN_ADMIN_PASSWORD: 'e2e-admin-password',
  });
  db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await db?.end();
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (databaseName) await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('an award from proposal to revoked decision, in the browser', () => {
  it('the hospital’s officer drafts the proposal and corrects its header', async () => {
    proposer = await signedIn('canbo.bachmai');
    const members = await proposer.request.get(`${server.url}/api/v1/members?unit=CDCS-BVBM&pageSize=50`);
    // Someone without an award for 2025 yet: one achievement earns one award, and the demo already gave some.
    const awarded = new Set(
      (await db.query(`SELECT person_id FROM awards WHERE year = 2025 AND person_id IS NOT NULL`)).rows.map(
        (row: { person_id: number }) => row.person_id,
      ),
    );
    const picked = ((await members.json()).items as { id: number; fullName?: string; displayName: string }[]).filter(
      (item) => !awarded.has(item.id),
    )[3]!;
    member = { id: picked.id, fullName: picked.fullName ?? picked.displayName };
    await proposer.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await proposer.waitForURL(/\/proposals/);
    await proposer.getByRole('button', { name: 'Lập đề nghị' }).click();
    await proposer.waitForURL(/\/proposals\/new/);
    await pick(proposer, 'deciderUnitId', '', 'Công đoàn Y tế Việt Nam');
    await proposer.getByLabel('Tên hồ sơ').fill(DRAFT_TITLE);
    await proposer.getByLabel('Năm thành tích').fill('2025');
    await proposer.getByRole('button', { name: 'Lập đề nghị' }).click();
    await proposer.waitForURL(/\/proposals\/\d+$/);
    proposalId = Number(new URL(proposer.url()).pathname.split('/').pop());
    await proposer.getByRole('heading', { name: DRAFT_TITLE }).waitFor();

    await proposer.getByRole('button', { name: 'Sửa thông tin hồ sơ' }).click();
    const dialog = proposer.getByRole('dialog');
    await dialog.getByLabel('Tên hồ sơ').fill(TITLE);
    await snap(proposer, 'award-workflow-01-edit-header');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await proposer.getByRole('heading', { name: TITLE }).waitFor();
    await proposer.getByText('Dự thảo', { exact: true }).first().waitFor();
  });

  it('adds a member and a department with their achievement reports and evidence', async () => {
    await proposer.getByRole('button', { name: 'Thêm cá nhân, tập thể' }).click();
    let dialog = proposer.getByRole('dialog');
    await pick(proposer, 'recipient', member.fullName.split(' ').slice(-2).join(' '), member.fullName);
    await pick(proposer, 'code', 'Công đoàn Y tế Việt Nam', AWARD);
    await dialog
      .getByLabel('Báo cáo thành tích')
      .fill('Hoàn thành xuất sắc nhiệm vụ năm 2025; chủ nhiệm sáng kiến cải tiến quy trình chăm sóc người bệnh.');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'quyet-dinh-cong-nhan-sang-kien.pdf',
      mimeType: 'application/pdf',
      buffer: EVIDENCE_PDF,
    });
    await dialog.getByText('quyet-dinh-cong-nhan-sang-kien.pdf').waitFor();
    await dialog.getByText('Tải minh chứng lên').waitFor();
    await snap(proposer, 'award-workflow-02-item-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await proposer.getByRole('cell', { name: new RegExp(member.fullName) }).waitFor();

    await proposer.getByRole('button', { name: 'Thêm cá nhân, tập thể' }).click();
    dialog = proposer.getByRole('dialog');
    await dialog.getByText('Tập thể', { exact: true }).click();
    await pick(proposer, 'recipient', 'Khoa Ngoại', DEPARTMENT);
    await pick(proposer, 'code', 'Công đoàn Y tế Việt Nam', AWARD);
    await dialog
      .getByLabel('Báo cáo thành tích')
      .fill('Tập thể khoa hoàn thành xuất sắc nhiệm vụ năm 2025; 100% đoàn viên hoàn thành tốt nhiệm vụ.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await proposer.getByRole('cell', { name: new RegExp(DEPARTMENT) }).waitFor();
    await snap(proposer, 'award-workflow-03-draft');
  });

  it('submits and downloads the cover letter', async () => {
    await proposer.getByRole('button', { name: 'Trình cấp trên' }).click();
    await proposer.getByRole('dialog').getByRole('button', { name: 'Trình cấp trên' }).click();
    await proposer.getByText('Đã trình cấp trên', { exact: true }).first().waitFor();
    const cover = await download(proposer, 'Tờ trình (.docx)');
    expect(cover.name).toMatch(/\.docx$/);
    expect(cover.bytes.subarray(0, 2).toString()).toBe('PK');
    const headers = await headersOf(proposer, `/proposals/${proposalId}/cover-letter.docx`);
    expect(headers.type).toContain(DOCX);
    expect(headers.size).toBeGreaterThan(5_000);
    await snap(proposer, 'award-workflow-04-submitted');
  });

  it('the national union’s officer finds it waiting, appraises it and reads the verdicts', async () => {
    officer = await signedIn('thidua');
    await officer.getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    await officer.getByRole('tab', { name: 'Chờ xử lý' }).click();
    await officer.getByRole('link', { name: TITLE }).waitFor();
    expect(await officer.getByText('Chờ Hội đồng xét', { exact: true }).count()).toBeLessThanOrEqual(1);
    await snap(officer, 'award-workflow-05-waiting');
    await officer.getByRole('link', { name: TITLE }).click();
    await officer.waitForURL(new RegExp(`/proposals/${proposalId}$`));
    await officer.getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
    await officer.getByText('Đang thẩm định', { exact: true }).first().waitFor();
    const verdicts = officer.locator('.ant-table-row .ant-tag', { hasText: /Đủ điều kiện|Cần xem xét|Chưa đủ/ });
    await expect.poll(() => verdicts.count()).toBe(2);
    await officer
      .getByRole('button', { name: /expand|Mở rộng/i })
      .first()
      .click();
    await officer.getByText('Báo cáo thành tích').first().waitFor();
    await snap(officer, 'award-workflow-06-appraisal');
  });

  it('plans the council meeting on the council screens and sends the proposal there', async () => {
    await officer.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await officer.getByRole('button', { name: 'Tạo cuộc họp' }).click();
    const dialog = officer.getByRole('dialog');
    await pick(officer, 'unitId', '', 'Công đoàn Y tế Việt Nam');
    await dialog.getByLabel('Tên cuộc họp').fill(MEETING);
    await officer.locator('#heldOn').click();
    await officer.locator('#heldOn').fill(vi(vietnamToday()));
    await officer.locator('#heldOn').press('Enter');
    await dialog.getByLabel('Địa điểm').fill('Hội trường Công đoàn Y tế Việt Nam, Hà Nội');
    await pick(officer, 'members_0_userId', 'thidua', 'Phạm Thị Thủy (thidua)');
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(officer, 'members_1_userId', 'hoidong', 'Hoàng Minh Khôi (hoidong)');
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(officer, 'members_2_userId', 'hoidong.vn1', 'Đỗ Văn Trường (hoidong.vn1)');
    await snap(officer, 'award-workflow-07-meeting-form');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await officer.waitForURL(/\/council\/\d+$/);
    meetingId = Number(new URL(officer.url()).pathname.split('/').pop());

    await officer.goto(`${server.url}/proposals/${proposalId}`);
    await officer.getByRole('button', { name: 'Đưa ra Hội đồng' }).click();
    await pick(officer, 'meetingId', '', MEETING);
    await officer.getByRole('dialog').getByRole('button', { name: 'Đưa ra Hội đồng' }).click();
    await officer.getByText('Chờ Hội đồng xét', { exact: true }).first().waitFor();
    await snap(officer, 'award-workflow-08-council');
  });

  it('the officer marks attendance and opens the secret ballot; the three members vote from their own screens', async () => {
    await officer.goto(`${server.url}/council/${meetingId}`);
    await officer.getByText('Có mặt 0/3 thành viên', { exact: false }).waitFor();
    for (const name of ['Phạm Thị Thủy', 'Hoàng Minh Khôi', 'Đỗ Văn Trường']) {
      await officer.getByLabel(`Có mặt: ${name}`).check();
    }
    await officer.getByRole('button', { name: 'Lưu điểm danh' }).click();
    await officer.getByText('Có mặt 3/3 thành viên', { exact: false }).waitFor();
    await officer.getByRole('button', { name: 'Bắt đầu bỏ phiếu' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Bắt đầu bỏ phiếu' }).click();
    await officer.locator('.ant-tag', { hasText: 'Đang bỏ phiếu' }).waitFor();

    await voteYes(officer);
    for (const username of ['hoidong', 'hoidong.vn1']) {
      const councillor = await signedIn(username);
      await councillor.goto(`${server.url}/council/${meetingId}`);
      await voteYes(councillor);
      if (username === 'hoidong.vn1') await snap(councillor, 'award-workflow-09-voted');
      await councillor.context().close();
    }
  });

  it('closes the meeting: both pass and the list is posted', async () => {
    await officer.reload();
    await officer.getByText('Đã bỏ phiếu 3/3').waitFor();
    await officer.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
    await officer.locator('.ant-tag', { hasText: 'Đã kết thúc' }).waitFor();
    await expect.poll(() => officer.getByText('Đạt', { exact: true }).count()).toBe(2);
    await snap(officer, 'award-workflow-10-results');

    await officer.goto(`${server.url}/proposals/${proposalId}`);
    await officer.getByText('Đang công khai lấy ý kiến', { exact: true }).first().waitFor();
    await officer.getByText('Công khai lấy ý kiến', { exact: true }).waitFor();
  });

  it('refuses to end the posting before it started, and to decide while it runs', async () => {
    await officer.getByRole('button', { name: 'Đổi ngày kết thúc' }).click();
    const dialog = officer.getByRole('dialog');
    const yesterday = vi(isoDaysFrom(vietnamToday(), -1));
    await officer.locator('#postingUntil').click();
    await officer.locator('#postingUntil').fill(yesterday);
    await officer.locator('#postingUntil').press('Enter');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await officer.getByText('Ngày kết thúc công khai không thể trước ngày bắt đầu.').first().waitFor();
    await snap(officer, 'award-workflow-11-posting-refused');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => officer.getByRole('dialog').count()).toBe(0);

    await officer.getByRole('button', { name: 'Ban hành quyết định' }).click();
    const decide = officer.getByRole('dialog');
    await decide.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
    await decide.getByLabel('Người ký', { exact: true }).fill(SIGNER);
    await decide.getByRole('button', { name: 'Ban hành quyết định' }).click();
    await officer
      .getByText(/Thời gian công khai lấy ý kiến đến hết ngày/)
      .first()
      .waitFor();
    await decide.getByRole('button', { name: 'Hủy' }).click();
    await expect.poll(() => officer.getByRole('dialog').count()).toBe(0);
  });

  it('after the window, issues the numbered decision and downloads it with the certificates', async () => {
    // Ten working days pass: the window keeps its length and ends yesterday.
    const yesterday = isoDaysFrom(vietnamToday(), -1);
    await db.query(
      `UPDATE award_proposals SET posting_from = posting_from - (posting_until - $2::date),
       posting_until = $2::date WHERE id = $1`,
      [proposalId, yesterday],
    );
    await officer.reload();
    await officer.getByText(`đến hết ${vi(yesterday)}`, { exact: false }).waitFor();
    await officer.getByRole('button', { name: 'Ban hành quyết định' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByText('2 mục được Hội đồng thông qua sẽ được khen thưởng.').waitFor();
    const numberField = dialog.getByLabel('Số quyết định');
    await expect.poll(() => numberField.getAttribute('placeholder')).toMatch(/^\d+\/QĐ-/);
    const suggested = (await numberField.getAttribute('placeholder'))!;
    await dialog.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
    await dialog.getByLabel('Người ký', { exact: true }).fill(SIGNER);
    await snap(officer, 'award-workflow-12-decide-form');
    await dialog.getByRole('button', { name: 'Ban hành quyết định' }).click();
    await expect.poll(() => officer.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
    await officer.getByText('Đã có quyết định', { exact: true }).first().waitFor();
    const line = officer.getByText(/^Số \d+\/QĐ-[^ ]+ ngày \d{2}\/\d{2}\/\d{4}$/);
    await line.waitFor();
    decisionNo = /^Số (\S+)/.exec((await line.textContent()) ?? '')![1]!;
    expect(decisionNo).toBe(suggested);
    await officer.getByText(`CHỦ TỊCH: ${SIGNER}`).waitFor();
    await snap(officer, 'award-workflow-13-decided');

    const decision = await download(officer, 'Quyết định khen thưởng (.docx)');
    expect(decision.name).toMatch(/\.docx$/);
    const decisionId = (await db.query(`SELECT decision_id FROM award_proposals WHERE id = $1`, [proposalId])).rows[0]
      .decision_id as number;
    const docx = await headersOf(officer, `/award-decisions/${decisionId}/decision.docx`);
    expect(docx.type).toContain(DOCX);
    expect(docx.size).toBeGreaterThan(5_000);

    const certificates = await download(officer, 'In Bằng khen, Giấy khen (PDF)');
    expect(certificates.name).toMatch(/\.pdf$/);
    const pdfPath = path.join(ARTIFACTS, 'award-workflow-certificates.pdf');
    fs.writeFileSync(pdfPath, certificates.bytes);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(/^Pages:\s+(\d+)/m.exec(info)?.[1]).toBe('2');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain(member.fullName.normalize('NFC'));
    expect(text).toContain('Khoa Ngoại');
    const pdf = await headersOf(officer, `/award-decisions/${decisionId}/certificates.pdf`);
    expect(pdf.type).toContain('application/pdf');
  });

  it('the member’s page shows the new award in the timeline', async () => {
    expect(decisionNo).toMatch(/QĐ/);
    await proposer.goto(`${server.url}/members/${member.id}`);
    await proposer.getByRole('tab', { name: 'Khen thưởng' }).click();
    const timeline = proposer.getByTestId('award-timeline');
    await timeline.getByText(`Năm 2025 · ${AWARD}`).first().waitFor();
    await timeline.getByText(`Quyết định số ${decisionNo} `, { exact: false }).first().waitFor();
    await snap(proposer, 'award-workflow-14-timeline');
  });

  it('revokes the decision with a reason', async () => {
    await officer.getByRole('button', { name: 'Hủy bỏ quyết định' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Lý do').fill(REVOKE_REASON);
    await dialog.getByRole('button', { name: 'Hủy bỏ quyết định' }).click();
    await officer.getByText('Quyết định đã bị hủy bỏ', { exact: true }).first().waitFor();
    await officer.getByText(`Lý do: ${REVOKE_REASON}`, { exact: false }).waitFor();
    await snap(officer, 'award-workflow-15-revoked');
    const awards = await db.query(
      `SELECT a.revoked FROM awards a JOIN award_decisions d ON d.id = a.decision_id WHERE d.decision_no = $1`,
      [decisionNo],
    );
    expect(awards.rows.map((row) => row.revoked)).toEqual([true, true]);
  });
});
