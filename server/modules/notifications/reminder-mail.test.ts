import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config.ts';
import { auditLog, councilMeetings, councilMembers, notifications, people, users } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { insertPeople } from '../award-stats/award-stats-test-support.ts';
import { startFakeSmtp, type FakeSmtp } from './fake-smtp.ts';
import { scanReminders } from './reminder-scan.ts';

let t: TestContext;
let smtp: FakeSmtp;
let config: Config;
const user: Record<string, number> = {};
let meeting: number;
const NOW = new Date('2031-03-01T03:00:00Z');
const logged: string[] = [];
const log = (message: string) => logged.push(message);

async function userId(username: string) {
  const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

/** A login gets an address through the person it belongs to. */
async function giveEmail(username: string, email: string) {
  const [person] = await insertPeople(t.db, 1, username.replace(/\W/g, ''));
  await t.db.update(people).set({ email }).where(eq(people.id, person!));
  await t.db.update(users).set({ personId: person! }).where(eq(users.username, username));
}

async function emailAudits() {
  return t.db
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.action, 'notification.email'))
    .orderBy(auditLog.id);
}

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestContext(), startFakeSmtp()]);
  config = loadConfig({
    LOG_LEVEL: 'silent',
    CONGDOAN_SMTP_URL: smtp.url,
    CONGDOAN_SMTP_FROM: 'Công đoàn Y tế Việt Nam <thongbao@congdoanyte.vn>',
    CONGDOAN_PUBLIC_URL: 'https://congdoan.example.vn/',
  });
  for (const name of ['hoidong', 'thidua', 'quantri']) user[name] = await userId(name);
  await giveEmail('hoidong', 'khoi.hm@congdoanyte.vn');
  await giveEmail('thidua', 'thuy.pt@congdoanyte.vn');
  // Whatever the demo data already calls for is settled first, so only this test's meeting is mailed below.
  await scanReminders(t.db, NOW);
  await t.db.update(notifications).set({ emailedAt: new Date() });
  // quantri has no address: in-app only.
  const [row] = await t.db
    .insert(councilMeetings)
    .values({
      unitId: await t.unitId('CDYTVN'),
      title: 'Phiên họp xét Cờ thi đua 2030',
      heldOn: '2031-03-01',
      status: 'open',
    })
    .returning({ id: councilMeetings.id });
  meeting = row!.id;
  await t.db.insert(councilMembers).values(
    ['hoidong', 'thidua', 'quantri'].map((name) => ({
      meetingId: meeting,
      userId: user[name]!,
      fullName: name,
      present: true,
    })),
  );
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const mine = (name: string) =>
  and(eq(notifications.userId, user[name]!), eq(notifications.subjectKey, `council:${meeting}:vote`));

describe('scanReminders with SMTP configured', () => {
  it('refuses an SMTP address without a sender, and a sender-less configuration stays in the app', () => {
    expect(() => loadConfig({ CONGDOAN_SMTP_URL: smtp.url })).toThrow(/CONGDOAN_SMTP_FROM/);
    expect(() => loadConfig({ CONGDOAN_SMTP_URL: 'http://mail', CONGDOAN_SMTP_FROM: 'x <a@b.vn>' })).toThrow(
      /CONGDOAN_SMTP_URL/,
    );
    expect(loadConfig({}).smtp).toBeNull();
  });

  it('mails each user with an address their new notifications, once, and audits the scan', async () => {
    smtp.refuse.add('thuy.pt@congdoanyte.vn');
    const report = await scanReminders(t.db, NOW, { config, log });
    expect(report.mail).toEqual({ sent: 1, failed: 1, notifications: 1 });

    const [mail] = smtp.messages.filter((message) => message.to.includes('khoi.hm@congdoanyte.vn'));
    expect(mail).toBeDefined();
    expect(mail!.from).toBe('thongbao@congdoanyte.vn');
    expect(mail!.subject).toBe('[CongDoan] Hội đồng thi đua, khen thưởng đang bỏ phiếu: Phiên họp xét Cờ thi đua 2030');
    expect(mail!.text).toContain('Kính gửi Hoàng Minh Khôi,');
    expect(mail!.text).toContain('Phiên họp "Phiên họp xét Cờ thi đua 2030" ngày 01/03/2031 đang mở bỏ phiếu kín');
    expect(mail!.text).toContain(`https://congdoan.example.vn/council/${meeting}`);

    const [sent] = await t.db.select().from(notifications).where(mine('hoidong'));
    expect(sent!.emailedAt).not.toBeNull();
    const [refused] = await t.db.select().from(notifications).where(mine('thidua'));
    expect(refused!.emailedAt).toBeNull();
    expect(logged.some((line) => line.includes(`user ${user.thidua} failed`))).toBe(true);
    const [noAddress] = await t.db.select().from(notifications).where(mine('quantri'));
    expect(noAddress!.emailedAt).toBeNull();
    expect((await emailAudits()).at(-1)!.after).toEqual({ sent: 1, failed: 1, notifications: 1 });
  });

  it('retries a failed message on the next scan and never mails the same notification twice', async () => {
    smtp.refuse.clear();
    const before = smtp.messages.length;
    const report = await scanReminders(t.db, NOW, { config, log });
    expect(report.created).toBe(0);
    expect(report.mail).toEqual({ sent: 1, failed: 0, notifications: 1 });
    expect(smtp.messages.slice(before).map((message) => message.to)).toEqual([['thuy.pt@congdoanyte.vn']]);
    const third = await scanReminders(t.db, NOW, { config, log });
    expect(third.mail).toEqual({ sent: 0, failed: 0, notifications: 0 });
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('does not mail a notification already read in the app', async () => {
    await giveEmail('quantri', 'quan.nv@congdoanyte.vn');
    await t.db.update(notifications).set({ readAt: new Date() }).where(mine('quantri'));
    const before = smtp.messages.length;
    const report = await scanReminders(t.db, NOW, { config, log });
    expect(report.mail?.notifications ?? 0).toBe(0);
    expect(smtp.messages).toHaveLength(before);
    const unsentRead = await t.db
      .select()
      .from(notifications)
      .where(and(mine('quantri'), isNotNull(notifications.readAt), isNull(notifications.emailedAt)));
    expect(unsentRead).toHaveLength(1);
  });
});
