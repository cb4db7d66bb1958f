import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  awardProposalEvents,
  awardProposals,
  councilBallots,
  councilMeetings,
  councilMembers,
  movementUnits,
  movements,
  notifications,
  pledges,
  scoreSheets,
  users,
} from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { scanReminders } from './reminder-scan.ts';

let t: TestContext;
const unit: Record<string, number> = {};
const user: Record<string, number> = {};
const id: Record<string, number> = {};
/** 10:00 in Hà Nội on 1 March 2031: far from any date the demo data uses. */
const NOW = new Date('2031-03-01T03:00:00Z');

async function launch(values: Partial<typeof movements.$inferInsert> & { covered: string[] }) {
  const [row] = await t.db
    .insert(movements)
    .values({
      name: 'Phong trào thi đua',
      launchingUnitId: unit['CDYT-HN']!,
      kind: 'regular',
      year: 2031,
      startsOn: '2031-01-01',
      endsOn: '2031-12-31',
      status: 'launched',
      ...values,
    })
    .returning({ id: movements.id });
  await t.db.insert(movementUnits).values(values.covered.map((code) => ({ movementId: row!.id, unitId: unit[code]! })));
  return row!.id;
}

async function proposal(values: Partial<typeof awardProposals.$inferInsert>, event?: { reason?: string }) {
  const [row] = await t.db
    .insert(awardProposals)
    .values({
      proposerUnitId: unit['CDCS-BVBM']!,
      deciderUnitId: unit.CDYTVN!,
      title: 'Đề nghị khen thưởng năm 2030',
      year: 2030,
      occasion: 'regular',
      ...values,
    })
    .returning({ id: awardProposals.id });
  if (event)
    await t.db.insert(awardProposalEvents).values({
      proposalId: row!.id,
      action: values.status === 'returned' ? 'return' : 'submit',
      toStatus: values.status!,
      reason: event.reason ?? null,
      at: new Date('2031-02-26T02:00:00Z'),
    });
  return row!.id;
}

/** Who holds a notification whose subject key starts with `prefix`. */
async function holders(prefix: string): Promise<string[]> {
  const rows = await t.db
    .select({ username: users.username })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(like(notifications.subjectKey, `${prefix}%`));
  return rows.map((row) => row.username).sort();
}

async function one(prefix: string, username: string) {
  const [row] = await t.db
    .select()
    .from(notifications)
    .where(and(like(notifications.subjectKey, `${prefix}%`), eq(notifications.userId, user[username]!)));
  return row!;
}

beforeAll(async () => {
  t = await createTestContext();
  for (const code of ['CDYTVN', 'CDYT-HN', 'CDCS-HN-CDC', 'CDCS-HN-BVTP', 'CDCS-BVBM'])
    unit[code] = await t.unitId(code);
  const rows = await t.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(
      inArray(users.username, ['admin', 'quantri', 'canbo.hanoi', 'canbo.bachmai', 'thidua', 'hoidong', 'doanvien']),
    );
  for (const row of rows) user[row.username] = row.id;

  // Hà Nội's movement: the CDC has pledged and submitted its sheet, Thanh Nhàn has done neither.
  id.hanoi = await launch({
    name: 'Thi đua "Đổi mới phong cách, thái độ phục vụ"',
    covered: ['CDCS-HN-CDC', 'CDCS-HN-BVTP'],
    pledgeDeadline: '2031-03-05',
    selfAssessmentDeadline: '2031-03-08',
    proposalDeadline: '2031-03-20',
  });
  await t.db.insert(pledges).values([
    { movementId: id.hanoi, unitId: unit['CDCS-HN-CDC']!, registeredOn: '2031-02-01' },
    // A withdrawn registration no longer counts.
    {
      movementId: id.hanoi,
      unitId: unit['CDCS-HN-BVTP']!,
      personId: null,
      registeredOn: '2031-02-01',
      withdrawnAt: new Date('2031-02-10'),
    },
  ]);
  await t.db.insert(scoreSheets).values([
    { movementId: id.hanoi, unitId: unit['CDCS-HN-CDC']!, status: 'submitted', submittedAt: new Date('2031-02-20') },
    { movementId: id.hanoi, unitId: unit['CDCS-HN-BVTP']!, status: 'draft' },
  ]);
  // A draft movement reminds nobody; Bạch Mai's proposal deadline is tomorrow.
  id.draft = await launch({
    name: 'Dự thảo',
    status: 'draft',
    covered: ['CDCS-HN-BVTP'],
    pledgeDeadline: '2031-03-03',
  });
  id.bachMai = await launch({
    name: 'Thi đua chuyên đề phòng, chống dịch',
    launchingUnitId: unit.CDYTVN!,
    covered: ['CDCS-BVBM'],
    proposalDeadline: '2031-03-02',
  });

  id.submitted = await proposal({ status: 'submitted', title: 'Đề nghị Bằng khen Công đoàn Y tế Việt Nam 2030' }, {});
  id.returned = await proposal(
    { status: 'returned', proposerUnitId: unit['CDCS-HN-CDC']!, deciderUnitId: unit['CDYT-HN']! },
    { reason: 'Thiếu báo cáo thành tích của tập thể Khoa Xét nghiệm' },
  );
  id.postingEnded = await proposal({ status: 'posting', postingFrom: '2031-02-20', postingUntil: '2031-02-27' });
  id.postingOpen = await proposal({ status: 'posting', postingFrom: '2031-02-25', postingUntil: '2031-03-05' });

  const [open, closed] = await t.db
    .insert(councilMeetings)
    .values([
      {
        unitId: unit.CDYTVN!,
        title: 'Phiên họp Hội đồng thi đua, khen thưởng quý I/2031',
        heldOn: '2031-03-01',
        status: 'open',
      },
      { unitId: unit.CDYTVN!, title: 'Phiên họp đã kết thúc', heldOn: '2031-02-01', status: 'closed' },
    ])
    .returning({ id: councilMeetings.id });
  id.open = open!.id;
  id.closed = closed!.id;
  await t.db.insert(councilMembers).values([
    { meetingId: id.open, userId: user.hoidong!, fullName: 'Hoàng Minh Khôi', present: true },
    { meetingId: id.open, userId: user.thidua!, fullName: 'Phạm Thị Thủy', present: true },
    { meetingId: id.open, userId: user.quantri!, fullName: 'Nguyễn Văn Quản', present: false },
    { meetingId: id.closed, userId: user.hoidong!, fullName: 'Hoàng Minh Khôi', present: true },
  ]);
  await t.db.insert(councilBallots).values({ meetingId: id.open, userId: user.thidua! });
});
afterAll(() => t.close());

describe('scanReminders', () => {
  it('writes each reminder once, however many times it scans', async () => {
    const first = await scanReminders(t.db, NOW);
    expect(first.created).toBeGreaterThan(0);
    expect(first.mail).toBeNull();
    const count = async () => (await t.db.select({ id: notifications.id }).from(notifications)).length;
    const scans = async () =>
      (await t.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.action, 'notification.create')))
        .length;
    const before = await count();
    expect(await scans()).toBe(1);
    const second = await scanReminders(t.db, NOW);
    expect(second.created).toBe(0);
    // A scan that finds nothing new writes nothing, not even an audit row.
    expect(await scans()).toBe(1);
    expect(second.due).toBe(first.due);
    expect(await count()).toBe(before);
    expect(await holders(`proposal:${id.submitted}:submitted`)).toEqual(['admin', 'quantri', 'thidua']);
  });

  it('reminds the keepers of a covered unit without a collective pledge, naming the unit, a week ahead', async () => {
    expect(await holders(`movement:${id.hanoi}:pledge-deadline:2031-03-05`)).toEqual([
      'admin',
      'canbo.hanoi',
      'quantri',
      'thidua',
    ]);
    const reminder = await one(`movement:${id.hanoi}:pledge-deadline`, 'canbo.hanoi');
    expect(reminder).toMatchObject({
      kind: 'pledge_deadline',
      title: 'Sắp hết hạn đăng ký thi đua: Thi đua "Đổi mới phong cách, thái độ phục vụ"',
      link: `/movements/${id.hanoi}`,
    });
    expect(reminder.body).toContain('Hạn chót ngày 05/03/2031');
    expect(reminder.body).toContain('Chưa đăng ký thi đua (1 đơn vị): Công đoàn Bệnh viện Thanh Nhàn');
    expect(reminder.body).not.toContain('Kiểm soát bệnh tật');
    expect(await holders(`movement:${id.draft}:`)).toEqual([]);
  });

  it('reminds of the self-assessment deadline (the seventh day included) for sheets not submitted', async () => {
    const reminder = await one(`movement:${id.hanoi}:self-assessment-deadline:2031-03-08`, 'canbo.hanoi');
    expect(reminder.kind).toBe('self_assessment_deadline');
    expect(reminder.link).toBe(`/scoring/${id.hanoi}`);
    expect(reminder.body).toContain('Chưa gửi bảng tự chấm điểm (1 đơn vị): Công đoàn Bệnh viện Thanh Nhàn');
  });

  it('reminds of the proposal deadline only within the week, and only the covered unit’s keepers', async () => {
    expect(await holders(`movement:${id.hanoi}:proposal-deadline`)).toEqual([]);
    expect(await holders(`movement:${id.bachMai}:proposal-deadline:2031-03-02`)).toEqual([
      'admin',
      'canbo.bachmai',
      'quantri',
      'thidua',
    ]);
  });

  it('tells the deciding unit’s keepers a submitted proposal waits for appraisal', async () => {
    const reminder = await one(`proposal:${id.submitted}:submitted`, 'thidua');
    expect(reminder.title).toBe('Đề nghị khen thưởng chờ thẩm định: Đề nghị Bằng khen Công đoàn Y tế Việt Nam 2030');
    expect(reminder.body).toBe(
      'Đề nghị "Đề nghị Bằng khen Công đoàn Y tế Việt Nam 2030" của Công đoàn Bệnh viện Bạch Mai đã trình ngày 26/02/2031, chờ thẩm định.',
    );
    expect(reminder.link).toBe(`/proposals/${id.submitted}`);
    expect(await holders(`proposal:${id.submitted}:`)).not.toContain('canbo.bachmai');
  });

  it('tells the proposing unit’s keepers a proposal came back, with the reason', async () => {
    expect(await holders(`proposal:${id.returned}:returned`)).toEqual(['admin', 'canbo.hanoi', 'quantri', 'thidua']);
    const reminder = await one(`proposal:${id.returned}:returned`, 'canbo.hanoi');
    expect(reminder.body).toContain('Lý do: Thiếu báo cáo thành tích của tập thể Khoa Xét nghiệm');
  });

  it('says a decision can be issued once the posting has ended, not before', async () => {
    const reminder = await one(`proposal:${id.postingEnded}:posting-ended:2031-02-27`, 'quantri');
    expect(reminder.title).toContain('có thể ban hành quyết định');
    expect(await holders(`proposal:${id.postingOpen}:`)).toEqual([]);
  });

  it('asks present council members who have not voted, and nobody else', async () => {
    expect(await holders(`council:${id.open}:vote`)).toEqual(['hoidong']);
    expect((await one(`council:${id.open}:vote`, 'hoidong')).link).toBe(`/council/${id.open}`);
    expect(await holders(`council:${id.closed}:`)).toEqual([]);
  });

  it('reminds again when a deadline moves, and stops when the step is done', async () => {
    await t.db.update(movements).set({ pledgeDeadline: '2031-03-06' }).where(eq(movements.id, id.hanoi!));
    await t.db.insert(councilBallots).values({ meetingId: id.open!, userId: user.hoidong! });
    const report = await scanReminders(t.db, NOW);
    expect(report.created).toBe(4);
    expect(await holders(`movement:${id.hanoi}:pledge-deadline:2031-03-06`)).toEqual([
      'admin',
      'canbo.hanoi',
      'quantri',
      'thidua',
    ]);
    await t.db
      .insert(pledges)
      .values({ movementId: id.hanoi!, unitId: unit['CDCS-HN-BVTP']!, registeredOn: '2031-03-01' });
    const after = await scanReminders(t.db, NOW);
    expect(after.created).toBe(0);
    expect(after.due).toBe(report.due - 4);
  });
});
