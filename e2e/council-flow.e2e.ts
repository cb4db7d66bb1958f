// The Hà Nội council meets: the officer marks attendance and opens the secret ballot on the demo meeting, she
// and two council members vote from their own screens (the page shows who voted, never what), and she closes
// the meeting and reads the results. The app runs on a database of its own on the test PostgreSQL, so a
// proposal before the council can be prepared there when the demo has none yet.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../server/test/cli-process.ts';
import { DEMO_PASSWORD, logIn, snap } from './harness.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MEETING_TITLE = 'Họp Hội đồng Thi đua – Khen thưởng Công đoàn ngành Y tế Hà Nội xét khen thưởng năm 2026';
const PROPOSAL_TITLE = 'Đề nghị công nhận Lao động tiên tiến năm 2026 — CDC Hà Nội';

let server: Running;
let browser: Browser;
let db: pg.Client;
let databaseName = '';
let dataDir = '';
let meetingId = 0;
/** The prepared proposal's two candidates, by full name. */
let candidates: string[] = [];
const contexts: Page[] = [];

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/**
 * A proposal in status 'council' with two Lao động tiên tiến items, attached to the demo meeting: the flow's
 * known case, whatever the demo's own proposals are (they may be attached too, or not yet seeded).
 */
async function prepareProposalBeforeCouncil() {
  const units = await db.query(`SELECT id, code, path FROM units WHERE code IN ('CDCS-HN-CDC', 'CDYT-HN')`);
  const cdc = units.rows.find((u) => u.code === 'CDCS-HN-CDC');
  const hanoi = units.rows.find((u) => u.code === 'CDYT-HN');
  const people = await db.query(
    `SELECT DISTINCT m.person_id, p.full_name FROM memberships m JOIN units u ON u.id = m.unit_id
     JOIN people p ON p.id = m.person_id
     WHERE u.path LIKE $1 AND m.valid_to IS NULL ORDER BY m.person_id LIMIT 2`,
    [`${cdc.path}%`],
  );
  const entry = await db.query(
    `SELECT id FROM catalogue_entries WHERE kind = 'award_type' AND key = 'LDTT' AND is_current`,
  );
  const proposal = await db.query(
    `INSERT INTO award_proposals (proposer_unit_id, decider_unit_id, title, year, occasion, status)
     VALUES ($1, $2, $3, 2026, 'regular', 'council') RETURNING id`,
    [cdc.id, hanoi.id, PROPOSAL_TITLE],
  );
  candidates = people.rows.map((row) => row.full_name as string);
  for (const [index, row] of people.rows.entries()) {
    await db.query(
      `INSERT INTO award_proposal_items (proposal_id, position, code, catalogue_entry_id, person_id, keeper_unit_id)
       VALUES ($1, $2, 'LDTT', $3, $4, $5)`,
      [proposal.rows[0].id, index + 1, entry.rows[0].id, row.person_id, cdc.id],
    );
  }
  await db.query(`INSERT INTO council_meeting_proposals (meeting_id, proposal_id) VALUES ($1, $2)`, [
    meetingId,
    proposal.rows[0].id,
  ]);
}

async function signedIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  contexts.push(page);
  await logIn(page, server.url, username, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

beforeAll(async () => {
  databaseName = `congdoan_e2e_council_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${databaseName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-council-'));
  server = await startServer({
    DATABASE_URL: url.toString(),
    CONGDOAN_DATA_DIR: dataDir,
    CONGDOAN_ADMIN_USER: 'admin',
    CONGDOAN_ADMIN_PASSWORD: 'e2e-admin-password',
  });
  db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const meeting = await db.query(`SELECT id FROM council_meetings WHERE title = $1`, [MEETING_TITLE]);
  meetingId = meeting.rows[0].id;
  await prepareProposalBeforeCouncil();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
});

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

type Choice = 'Đồng ý' | 'Không đồng ý';

/** Chooses a vote for every item on the member's ballot, by the item's label, and sends it. */
async function vote(page: Page, choose: (label: string) => Choice) {
  const ballot = page.locator('.ant-card', { hasText: 'Phiếu của bạn' });
  await ballot.waitFor();
  const groups = ballot.getByRole('radiogroup');
  for (let index = 0; index < (await groups.count()); index += 1) {
    const group = groups.nth(index);
    const label = (await group.getAttribute('aria-label')) ?? '';
    await group.getByText(choose(label), { exact: true }).click();
  }
  await ballot.getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi phiếu' }).click();
  await page.getByText('Đã ghi nhận phiếu của bạn.').waitFor();
}

const yesToAll = (): Choice => 'Đồng ý';
/** Yes to the first prepared candidate only. */
const yesToFirst = (label: string): Choice => (label.startsWith(`${candidates[0]} —`) ? 'Đồng ý' : 'Không đồng ý');

describe('a council meeting in the browser', () => {
  let officer: Page;

  it('the officer finds the planned meeting, marks attendance and opens the secret ballot', async () => {
    officer = await signedIn('canbo.hanoi');
    await officer.getByRole('menuitem', { name: 'Hội đồng TĐKT' }).click();
    await officer.getByRole('link', { name: MEETING_TITLE }).click();
    await officer.waitForURL(new RegExp(`/council/${meetingId}$`));
    await officer.getByText('Có mặt 0/5 thành viên (cần ít nhất 3)').waitFor();
    await snap(officer, 'council-01-planned');

    for (const name of ['Trần Thị Thu Hằng', 'Nguyễn Thị Minh Nguyệt', 'Vũ Quang Huy', 'Lê Thị Phương Thảo']) {
      await officer.getByLabel(`Có mặt: ${name}`).check();
    }
    await officer.getByRole('button', { name: 'Lưu điểm danh' }).click();
    await officer.getByText('Có mặt 4/5 thành viên (cần ít nhất 3)').waitFor();
    await officer.getByRole('button', { name: 'Bắt đầu bỏ phiếu' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Bắt đầu bỏ phiếu' }).click();
    await officer.locator('.ant-tag', { hasText: 'Đang bỏ phiếu' }).waitFor();
    await officer.getByText('Đã bỏ phiếu 0/4').waitFor();
    await snap(officer, 'council-02-open');
  });

  it('the chair and two members vote; the page shows who voted and no count', async () => {
    await vote(officer, yesToAll);
    const first = await signedIn('hoidong.hn1');
    await first.goto(`${server.url}/council/${meetingId}`);
    await vote(first, yesToAll);
    const second = await signedIn('hoidong.hn2');
    await second.goto(`${server.url}/council/${meetingId}`);
    await second.getByText('Phiếu của bạn').waitFor();
    await snap(second, 'council-03-ballot');
    await vote(second, yesToFirst);
    await second.getByText('Đã bỏ phiếu 3/4').waitFor();
    await expect.poll(() => second.locator('.ant-card', { hasText: 'Phiếu của bạn' }).count()).toBe(0);
    await expect.poll(() => second.getByRole('columnheader', { name: 'Đồng ý' }).count()).toBe(0);
    await snap(second, 'council-04-voted');
  });

  it('the officer closes the meeting and reads the results; the proposal goes to public posting', async () => {
    await officer.reload();
    await officer.getByText('Đã bỏ phiếu 3/4').waitFor();
    await officer.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByText('Đã có 3/4 thành viên có mặt bỏ phiếu.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
    await officer.locator('.ant-tag', { hasText: 'Đã kết thúc' }).waitFor();
    await officer.getByRole('columnheader', { name: 'Đồng ý', exact: true }).first().waitFor();
    // The prepared proposal's first item had 3 yes of 4 present (more than half: passed), its second 2 of 4.
    await officer.getByText('Đang công khai lấy ý kiến').first().waitFor();
    const row = (name: string) => officer.locator('tr', { hasText: name });
    await row(candidates[0]!).getByText('Đạt', { exact: true }).waitFor();
    await row(candidates[1]!).getByText('Không đạt', { exact: true }).waitFor();
    await officer.getByRole('link', { name: 'Biên bản họp (.docx)' }).waitFor();
    await snap(officer, 'council-05-results');
    const status = await db.query(
      `SELECT p.status FROM council_meeting_proposals cmp JOIN award_proposals p ON p.id = cmp.proposal_id
       WHERE cmp.meeting_id = $1 AND p.title = $2`,
      [meetingId, PROPOSAL_TITLE],
    );
    expect(status.rows[0].status).toBe('posting');
    const outcomes = await db.query(
      `SELECT i.outcome FROM award_proposal_items i JOIN award_proposals p ON p.id = i.proposal_id
       WHERE p.title = $1 ORDER BY i.position`,
      [PROPOSAL_TITLE],
    );
    expect(outcomes.rows.map((row) => row.outcome)).toEqual(['passed', 'not_passed']);
  });
});
