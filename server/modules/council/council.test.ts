import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../../../shared/dates.ts';
import {
  auditLog,
  awardProposalEvents,
  awardProposalItems,
  awardProposals,
  councilBallots,
  councilTallies,
  users,
} from '../../db/schema/index.ts';
import { DEMO_PASSWORD } from '../../db/seed/demo-tree.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { NOTHING_PASSED } from './closing.service.ts';
import { postingWindow } from './council-rules.ts';
import { insertCouncilProposal, peopleOf, unitByCode } from './council-test-support.ts';

let t: TestContext;
let hanoi: Agent;
let hn1: Agent;
let hn2: Agent;
let hn3: Agent;
let vn1: Agent;
let council: Agent;
let bachMai: Agent;
const userIds: Record<string, number> = {};
let hanoiUnitId = 0;
let people: number[] = [];

const login = (username: string) => t.login({ username, password: DEMO_PASSWORD });

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, hn1, hn2, hn3, vn1, council, bachMai] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    login('hoidong.hn1'),
    login('hoidong.hn2'),
    login('hoidong.hn3'),
    login('hoidong.vn1'),
    t.login(accounts.councilMember),
    t.login(accounts.bachMaiOfficer),
  ]);
  const rows = await t.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['canbo.hanoi', 'hoidong.hn1', 'hoidong.hn2', 'hoidong.hn3', 'hoidong.vn1']));
  for (const row of rows) userIds[row.username] = row.id;
  hanoiUnitId = (await unitByCode(t.db, 'CDYT-HN')).id;
  people = await peopleOf(t.db, 'CDCS-HN-CDC');
});
afterAll(() => t.close());

/** The council of five the tests use: the Hà Nội officer chairs, hoidong.hn3 is the secretary. */
const fiveMembers = () => [
  { userId: userIds['canbo.hanoi']!, councilRole: 'chair' },
  { userId: userIds['hoidong.hn1']!, councilRole: 'vice_chair' },
  { userId: userIds['hoidong.hn2']!, councilRole: 'member' },
  { userId: userIds['hoidong.hn3']!, councilRole: 'secretary' },
  { userId: userIds['hoidong.vn1']!, councilRole: 'member' },
];

async function createMeeting(title: string) {
  const response = await hanoi.post('/api/v1/council-meetings', {
    unitId: hanoiUnitId,
    title,
    heldOn: '2026-12-10',
    location: 'Hội trường',
    members: fiveMembers(),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: number; abilities: Record<string, boolean> };
}

const present = (meetingId: number, names: string[]) =>
  hanoi.post(`/api/v1/council-meetings/${meetingId}/attendance`, {
    presentUserIds: names.map((name) => userIds[name]),
  });

describe('planning a meeting', () => {
  it('offers as members the users with a grant on the unit’s line, and refuses anyone else', async () => {
    const options = await hanoi.get(`/api/v1/council-meetings/member-options?unitId=${hanoiUnitId}`);
    expect(options.statusCode, options.body).toBe(200);
    const names = options.json().items.map((item: { username: string }) => item.username);
    expect(names).toEqual(expect.arrayContaining(['canbo.hanoi', 'hoidong.hn1', 'hoidong.vn1']));
    expect(names).not.toContain('canbo.bachmai');

    const [bachMaiUser] = await t.db.select().from(users).where(eq(users.username, 'canbo.bachmai'));
    const refused = await hanoi.post('/api/v1/council-meetings', {
      unitId: hanoiUnitId,
      title: 'Họp thử',
      heldOn: '2026-12-10',
      members: [...fiveMembers(), { userId: bachMaiUser!.id, councilRole: 'member' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('council.members_invalid');
    expect(refused.json().error.details[0].field).toBe('body.members.5.userId');
  });

  it('lets only keepers of the unit create one: a council member gets 403, another province’s officer 404', async () => {
    const body = { unitId: hanoiUnitId, title: 'Họp', heldOn: '2026-12-10', members: fiveMembers() };
    expect((await hn1.post('/api/v1/council-meetings', body)).statusCode).toBe(403);
    expect((await bachMai.post('/api/v1/council-meetings', body)).statusCode).toBe(404);
  });

  it('edits a planned meeting and keeps the attendance of members who stay', async () => {
    const meeting = await createMeeting('Họp sửa');
    await present(meeting.id, ['hoidong.hn1']);
    const response = await hanoi.patch(`/api/v1/council-meetings/${meeting.id}`, {
      title: 'Họp đã sửa',
      heldOn: '2026-12-11',
      location: null,
      members: fiveMembers().slice(0, 3),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ title: 'Họp đã sửa', heldOn: '2026-12-11', memberCount: 3 });
    expect(response.json().members.find((m: { username: string }) => m.username === 'hoidong.hn1').present).toBe(true);
  });
});

describe('opening the vote', () => {
  it('is refused without a quorum: 2 of 5 present', async () => {
    const meeting = await createMeeting('Họp thiếu người');
    await insertCouncilProposal(t.db, {
      proposer: 'CDCS-HN-CDC',
      decider: 'CDYT-HN',
      title: 'Đề nghị thiếu người',
      items: [{ code: 'LDTT', personId: people[5]! }],
      meetingId: meeting.id,
    });
    await present(meeting.id, ['canbo.hanoi', 'hoidong.hn1']);
    const response = await hanoi.post(`/api/v1/council-meetings/${meeting.id}/open`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'council.no_quorum' });
    expect(response.json().error.message).toContain('có mặt 2/5, cần ít nhất 3');
  });

  it('is refused without a proposal before the council, even with a quorum', async () => {
    const meeting = await createMeeting('Họp không có đề nghị');
    await present(meeting.id, ['canbo.hanoi', 'hoidong.hn1', 'hoidong.hn2']);
    const response = await hanoi.post(`/api/v1/council-meetings/${meeting.id}/open`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('council.no_proposals');
  });
});

describe('a meeting from attendance to closing', () => {
  let meetingId = 0;
  let p1 = { proposalId: 0, itemIds: [] as number[] };
  let p2 = { proposalId: 0, itemIds: [] as number[] };
  let stranger = { proposalId: 0, itemIds: [] as number[] };
  const url = (suffix = '') => `/api/v1/council-meetings/${meetingId}${suffix}`;

  beforeAll(async () => {
    meetingId = (await createMeeting('Họp xét khen thưởng năm 2026')).id;
    // P1: a grassroots title (no legal threshold), a ministry-level one (90% of all members) and an excluded item.
    p1 = await insertCouncilProposal(t.db, {
      proposer: 'CDCS-HN-CDC',
      decider: 'CDYT-HN',
      title: 'Đề nghị khen thưởng CDC Hà Nội',
      items: [
        { code: 'LDTT', personId: people[0]! },
        { code: 'CSTD_BO', personId: people[1]! },
        { code: 'LDTT', personId: people[3]!, outcome: 'excluded' },
      ],
      meetingId,
    });
    p2 = await insertCouncilProposal(t.db, {
      proposer: 'CDCS-HN-CDC',
      decider: 'CDYT-HN',
      title: 'Đề nghị Chiến sĩ thi đua cấp Bộ',
      items: [{ code: 'CSTD_BO', personId: people[2]! }],
      meetingId,
    });
    stranger = await insertCouncilProposal(t.db, {
      proposer: 'CDCS-HN-CDC',
      decider: 'CDYT-HN',
      title: 'Đề nghị chưa đưa ra họp',
      items: [{ code: 'LDTT', personId: people[4]! }],
    });
    // hoidong.hn2's login is the first candidate's: the rules recuse them from that item.
    await t.db.update(users).set({ personId: people[0]! }).where(eq(users.id, userIds['hoidong.hn2']!));
  });

  it('refuses a vote before voting opens (409)', async () => {
    const response = await hn1.post(url('/ballots'), { choices: [{ itemId: p1.itemIds[0], choice: 'yes' }] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('council.not_open');
  });

  it('opens with 4 of 5 present and recuses the member who is a candidate', async () => {
    expect((await present(meetingId, ['canbo.hanoi', 'hoidong.hn1', 'hoidong.hn2', 'hoidong.hn3'])).statusCode).toBe(
      200,
    );
    const response = await hanoi.post(url('/open'));
    expect(response.statusCode, response.body).toBe(200);
    const meeting = response.json();
    expect(meeting.status).toBe('open');
    expect(meeting.quorum).toMatchObject({ members: 5, present: 4, required: 3, met: true });
    const first = meeting.proposals[0].items[0];
    expect(first.recusals).toEqual([
      { userId: userIds['hoidong.hn2'], fullName: 'Vũ Quang Huy', reason: 'Là người được đề nghị khen thưởng' },
    ]);
    expect(first.threshold).toMatchObject({ share: 0.5, strict: true, denominator: 'of_present' });
    expect(meeting.proposals[0].items[1].threshold).toMatchObject({
      share: 0.9,
      denominator: 'of_total_members',
      parameterKey: 'vote.cstd_bo.min_share',
    });
    const opened = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council_meeting.open'), eq(auditLog.entityId, String(meetingId))));
    expect(opened).toHaveLength(1);
    expect(opened[0]!.after).toMatchObject({ present: 4, members: 5 });
  });

  it('lets a keeper recuse a member from an item with a reason', async () => {
    const response = await hanoi.post(url('/recusals'), {
      userId: userIds['hoidong.hn1'],
      itemId: p2.itemIds[0],
      reason: 'Có quan hệ gia đình với người được đề nghị',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().proposals[1].items[0].recusals).toHaveLength(1);
  });

  it('refuses an absent member (403), a non-member (403) and someone out of scope (404)', async () => {
    const ballot = { choices: [{ itemId: p1.itemIds[0], choice: 'yes' }] };
    const absent = await vn1.post(url('/ballots'), ballot);
    expect(absent.statusCode).toBe(403);
    expect(absent.json().error.code).toBe('council.absent');
    expect((await council.post(url('/ballots'), ballot)).statusCode).toBe(403);
    expect((await bachMai.post(url('/ballots'), ballot)).statusCode).toBe(404);
  });

  it('refuses the item a member is recused from, an item not in the meeting, an excluded item, or a ballot left short (400)', async () => {
    const recused = await hn2.post(url('/ballots'), {
      choices: [
        { itemId: p1.itemIds[0], choice: 'yes' },
        { itemId: p1.itemIds[1], choice: 'yes' },
        { itemId: p2.itemIds[0], choice: 'yes' },
      ],
    });
    expect(recused.statusCode).toBe(400);
    expect(recused.json().error).toMatchObject({ code: 'council.recused' });
    expect(recused.json().error.details[0].field).toBe('body.choices.0.itemId');
    // A proposal attached after voting opened is not voted on at this meeting.
    const late = await insertCouncilProposal(t.db, {
      proposer: 'CDCS-HN-CDC',
      decider: 'CDYT-HN',
      title: 'Đề nghị gửi muộn',
      items: [{ code: 'LDTT', personId: people[4]! }],
      meetingId,
    });
    for (const itemId of [stranger.itemIds[0], p1.itemIds[2], late.itemIds[0]]) {
      const response = await hn2.post(url('/ballots'), { choices: [{ itemId, choice: 'yes' }] });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('council.item_not_in_meeting');
    }
    const short = await hn2.post(url('/ballots'), { choices: [{ itemId: p1.itemIds[1], choice: 'yes' }] });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('council.ballot_incomplete');
    expect(await t.db.select().from(councilBallots).where(eq(councilBallots.meetingId, meetingId))).toHaveLength(0);
  });

  it('records a secret ballot: who voted, the counts, never a choice; a second ballot is 409', async () => {
    const cast = async (agent: Agent, choices: [number, string][]) => {
      const response = await agent.post(url('/ballots'), {
        choices: choices.map(([itemId, choice]) => ({ itemId, choice })),
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const [i1, i2] = p1.itemIds as [number, number];
    const i3 = p2.itemIds[0]!;
    await cast(hanoi, [
      [i1, 'yes'],
      [i2, 'yes'],
      [i3, 'yes'],
    ]);
    await cast(hn1, [
      [i1, 'yes'],
      [i2, 'yes'],
    ]);
    await cast(hn2, [
      [i2, 'yes'],
      [i3, 'yes'],
    ]);
    const seen = await cast(hn3, [
      [i1, 'no'],
      [i2, 'yes'],
      [i3, 'abstain'],
    ]);
    expect(seen.ballots).toEqual({ cast: 4, voters: 4, written: 0 });
    expect(seen.members.filter((m: { voted: boolean }) => m.voted)).toHaveLength(4);
    // Until closing, nobody sees a count.
    expect(seen.proposals[0].items[0].tally).toBeNull();

    const again = await hn1.post(url('/ballots'), { choices: [{ itemId: i1, choice: 'no' }] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('council.already_voted');

    const tallies = await t.db.select().from(councilTallies).where(eq(councilTallies.meetingId, meetingId));
    const count = (itemId: number) => tallies.find((row) => row.itemId === itemId);
    expect(count(i1)).toMatchObject({ yes: 2, no: 1, abstain: 0 });
    expect(count(i2)).toMatchObject({ yes: 4, no: 0, abstain: 0 });
    expect(count(i3)).toMatchObject({ yes: 2, no: 0, abstain: 1 });

    const ballots = await t.db.select().from(councilBallots).where(eq(councilBallots.meetingId, meetingId));
    expect(ballots.map((b) => b.userId).sort()).toEqual(
      ['canbo.hanoi', 'hoidong.hn1', 'hoidong.hn2', 'hoidong.hn3'].map((name) => userIds[name]).sort(),
    );
    expect(Object.keys(ballots[0]!).sort()).toEqual(['castAt', 'inWriting', 'meetingId', 'userId']);
    const votes = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council_meeting.vote'), eq(auditLog.entityId, String(meetingId))));
    expect(votes).toHaveLength(4);
    for (const row of votes) {
      const text = JSON.stringify([row.before, row.after]);
      expect(text).not.toMatch(/yes|abstain|"no"|choice/);
      expect(row.entityId).toBe(String(meetingId));
    }
  });

  it('lets neither a plain member close (403) nor the chair re-open; the secretary closes and proposals move on', async () => {
    expect((await hn2.post(url('/close'))).statusCode).toBe(403);
    const response = await hn3.post(url('/close'));
    expect(response.statusCode, response.body).toBe(200);
    const meeting = response.json();
    expect(meeting.status).toBe('closed');
    const [i1, i2, excluded] = p1.itemIds as [number, number, number];
    const i3 = p2.itemIds[0]!;

    const tallies = await t.db.select().from(councilTallies).where(eq(councilTallies.meetingId, meetingId));
    const tally = (itemId: number) => tallies.find((row) => row.itemId === itemId);
    // Grassroots: no legal figure, so more than half of the 3 present who may vote: 2 of 3 passes.
    expect(tally(i1)).toMatchObject({
      eligibleVoters: 3,
      thresholdShare: '0.5000',
      denominator: 'of_present',
      passed: true,
    });
    // CSTĐ Bộ: 90% of all 5 members; 4 yes of 4 present is 80% of the council: not passed.
    expect(tally(i2)).toMatchObject({
      eligibleVoters: 5,
      thresholdShare: '0.9000',
      denominator: 'of_total_members',
      passed: false,
    });
    // One member recused: 90% of the other 4 needs 4 yes.
    expect(tally(i3)).toMatchObject({ eligibleVoters: 4, denominator: 'of_total_members', passed: false });

    const items = await t.db
      .select()
      .from(awardProposalItems)
      .where(inArray(awardProposalItems.id, [i1, i2, excluded, i3]));
    const outcome = (id: number) => items.find((item) => item.id === id)!;
    expect(outcome(i1).outcome).toBe('passed');
    expect(outcome(i1).outcomeReason).toContain('quá nửa số thành viên có mặt');
    expect(outcome(i2).outcome).toBe('not_passed');
    expect(outcome(i2).outcomeReason).toContain('4/5 phiếu đồng ý, cần từ 90% tổng số thành viên Hội đồng');
    expect(outcome(excluded).outcome).toBe('excluded');
    expect(outcome(i3).outcome).toBe('not_passed');

    const proposals = await t.db
      .select()
      .from(awardProposals)
      .where(inArray(awardProposals.id, [p1.proposalId, p2.proposalId, stranger.proposalId]));
    const proposal = (id: number) => proposals.find((p) => p.id === id)!;
    const window = postingWindow(vietnamToday());
    expect(proposal(p1.proposalId)).toMatchObject({ status: 'posting', ...window });
    expect(proposal(p2.proposalId).status).toBe('rejected');
    expect(proposal(stranger.proposalId).status).toBe('council');
    const [rejection] = await t.db
      .select()
      .from(awardProposalEvents)
      .where(and(eq(awardProposalEvents.proposalId, p2.proposalId), eq(awardProposalEvents.action, 'council_reject')));
    expect(rejection!.reason).toBe(NOTHING_PASSED);

    const closing = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council_meeting.close'), eq(auditLog.entityId, String(meetingId))));
    expect(closing).toHaveLength(1);
    expect(closing[0]!.userId).toBe(userIds['hoidong.hn3']);
    const moves = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.entityId, [String(p1.proposalId), String(p2.proposalId)]),
          inArray(auditLog.action, ['proposal.post', 'proposal.reject']),
        ),
      );
    expect(moves.map((row) => [row.action, row.entityId]).sort()).toEqual(
      [
        ['proposal.post', String(p1.proposalId)],
        ['proposal.reject', String(p2.proposalId)],
      ].sort(),
    );

    // After closing, everyone who reads the meeting sees the counts.
    const seen = await hanoi.get(url());
    expect(seen.json().proposals[0].items[0].tally).toMatchObject({ yes: 2, no: 1, abstain: 0, passed: true });
  });

  it('refuses a vote after closing (409), and closing or editing again (409)', async () => {
    const late = await vn1.post(url('/ballots'), { choices: [{ itemId: p1.itemIds[0], choice: 'yes' }] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('council.closed');
    expect((await hanoi.post(url('/close'))).statusCode).toBe(409);
    expect((await hanoi.post(url('/open'))).statusCode).toBe(409);
  });

  it('lists the meeting for its unit’s readers and its members, not for another province', async () => {
    const ids = async (agent: Agent) =>
      (await agent.get('/api/v1/council-meetings')).json().items.map((m: { id: number }) => m.id);
    expect(await ids(hanoi)).toContain(meetingId);
    expect(await ids(vn1)).toContain(meetingId);
    expect(await ids(bachMai)).not.toContain(meetingId);
    expect((await bachMai.get(url())).statusCode).toBe(404);
  });
});
