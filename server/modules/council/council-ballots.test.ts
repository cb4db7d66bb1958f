// The written ballots of absent members, the ballot's row order, members with nothing to vote on, recusal by a
// unit above the candidate's, and the paged list: each on meetings of their own.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  catalogueEntries,
  councilBallots,
  councilTallies,
  roleGrants,
  units,
  users,
} from '../../db/schema/index.ts';
import { DEMO_PASSWORD } from '../../db/seed/demo-tree.ts';
import { paragraphTexts, readDocxPart } from '../../documents/docx/docx-reader.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { RECUSAL_SAME_UNIT } from './meeting-opening.service.ts';
import { insertCouncilProposal, peopleOf, unitByCode } from './council-test-support.ts';

let t: TestContext;
let hanoi: Agent;
let hn1: Agent;
let hn2: Agent;
let hn3: Agent;
const userIds: Record<string, number> = {};
let hanoiUnitId = 0;
let people: number[] = [];

const login = (username: string) => t.login({ username, password: DEMO_PASSWORD });
const names = ['canbo.hanoi', 'hoidong.hn1', 'hoidong.hn2', 'hoidong.hn3', 'hoidong.vn1'];

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, hn1, hn2, hn3] = await Promise.all([
    t.login(accounts.hanoiOfficer),
    login('hoidong.hn1'),
    login('hoidong.hn2'),
    login('hoidong.hn3'),
  ]);
  const rows = await t.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, names));
  for (const row of rows) userIds[row.username] = row.id;
  hanoiUnitId = (await unitByCode(t.db, 'CDYT-HN')).id;
  people = await peopleOf(t.db, 'CDYT-HN', 40);
});
afterAll(() => t.close());

const roles = ['chair', 'vice_chair', 'member', 'secretary', 'member'];

async function openMeeting(
  title: string,
  items: { code: string; personId: number }[],
  presentNames: string[],
  proposer = 'CDCS-HN-CDC',
) {
  const created = await hanoi.post('/api/v1/council-meetings', {
    unitId: hanoiUnitId,
    title,
    heldOn: '2026-12-10',
    members: names.map((name, i) => ({ userId: userIds[name], councilRole: roles[i] })),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const proposal = await insertCouncilProposal(t.db, { proposer, decider: 'CDYT-HN', title, items, meetingId: id });
  const attendance = await hanoi.post(`/api/v1/council-meetings/${id}/attendance`, {
    presentUserIds: presentNames.map((name) => userIds[name]),
  });
  expect(attendance.statusCode, attendance.body).toBe(200);
  const opened = await hanoi.post(`/api/v1/council-meetings/${id}/open`);
  expect(opened.statusCode, opened.body).toBe(200);
  return { id, itemIds: proposal.itemIds, url: (suffix = '') => `/api/v1/council-meetings/${id}${suffix}` };
}

describe('POST /council-meetings/:id/written-ballots', () => {
  let meeting: Awaited<ReturnType<typeof openMeeting>>;
  const yes = () => [{ itemId: meeting.itemIds[0], choice: 'yes' }];

  beforeAll(async () => {
    // CSTĐ cấp Bộ needs 90% of all five members: with one absent it passes only with the absentee's written vote.
    meeting = await openMeeting(
      'Họp có phiếu bằng văn bản',
      [{ code: 'CSTD_BO', personId: people[30]! }],
      names.slice(0, 4),
    );
  });

  it('refuses the minutes while voting is open (409), whoever asks', async () => {
    const response = await hanoi.get(meeting.url('/minutes.docx'));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'award_documents.meeting_not_closed',
      message: 'Chỉ in biên bản sau khi Hội đồng kết thúc bỏ phiếu.',
    });
  });

  it('is refused to a plain member (403), for a present member (409) and for someone not on the council (400)', async () => {
    const plain = await hn2.post(meeting.url('/written-ballots'), { userId: userIds['hoidong.vn1'], choices: yes() });
    expect(plain.statusCode).toBe(403);
    const present = await hn3.post(meeting.url('/written-ballots'), { userId: userIds['hoidong.hn1'], choices: yes() });
    expect(present.statusCode).toBe(409);
    expect(present.json().error.code).toBe('council.member_present');
    const [stranger] = await t.db.select().from(users).where(eq(users.username, 'thidua'));
    const outsider = await hn3.post(meeting.url('/written-ballots'), { userId: stranger!.id, choices: yes() });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.code).toBe('council.not_a_member');
  });

  it('offers the secretary the absent member’s form, and nobody else', async () => {
    const seen = (await hn3.get(meeting.url())).json();
    expect(seen.writtenBallotUserIds).toEqual([userIds['hoidong.vn1']]);
    expect(seen.votableItemIdsByMember).toEqual([{ userId: userIds['hoidong.vn1'], itemIds: meeting.itemIds }]);
    expect((await hn2.get(meeting.url())).json().writtenBallotUserIds).toEqual([]);
  });

  it('records the written ballot once, audited with who entered it and no choice, and counts it at closing', async () => {
    const response = await hn3.post(meeting.url('/written-ballots'), {
      userId: userIds['hoidong.vn1'],
      choices: yes(),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.ballots).toEqual({ cast: 1, voters: 5, written: 1 });
    expect(body.members.find((m: { username: string }) => m.username === 'hoidong.vn1')).toMatchObject({
      voted: true,
      inWriting: true,
    });
    expect(body.writtenBallotUserIds).toEqual([]);
    expect(body.proposals[0].items[0].tally).toBeNull();
    const again = await hanoi.post(meeting.url('/written-ballots'), { userId: userIds['hoidong.vn1'], choices: yes() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('council.already_voted');

    const [ballot] = await t.db
      .select()
      .from(councilBallots)
      .where(and(eq(councilBallots.meetingId, meeting.id), eq(councilBallots.userId, userIds['hoidong.vn1']!)));
    expect(ballot!.inWriting).toBe(true);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council_meeting.vote'), eq(auditLog.entityId, String(meeting.id))));
    expect(audit!.userId).toBe(userIds['hoidong.hn3']);
    expect(audit!.after).toMatchObject({
      voterId: userIds['hoidong.vn1'],
      inWriting: true,
      by: userIds['hoidong.hn3'],
    });
    expect(JSON.stringify(audit!.after)).not.toMatch(/yes|abstain|"no"|choice/);

    for (const agent of [hanoi, hn1, hn2, hn3]) {
      expect((await agent.post(meeting.url('/ballots'), { choices: yes() })).statusCode).toBe(200);
    }
    const closed = await hn3.post(meeting.url('/close'));
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().proposals[0].items[0].tally).toMatchObject({ yes: 5, eligibleVoters: 5, passed: true });
  });

  it('prints the minutes once closed, saying how many ballots were written', async () => {
    const response = await hanoi.get(meeting.url('/minutes.docx'));
    expect(response.statusCode, response.body).toBe(200);
    const text = paragraphTexts(await readDocxPart(response.rawPayload, 'word/document.xml'));
    expect(text).toContain(
      'Số phiếu thu về: 5, trong đó 1 phiếu bằng văn bản của thành viên vắng mặt (Đỗ Văn Trường).',
    );
  });
});

describe('the ballot’s updates', () => {
  it('lets ballots listing the items in opposite orders go through at the same time', async () => {
    const items = people.slice(0, 24).map((personId) => ({ code: 'LDTT', personId }));
    const meeting = await openMeeting('Họp nhiều trường hợp', items, names.slice(0, 4));
    const forward = meeting.itemIds.map((itemId) => ({ itemId, choice: 'yes' }));
    const backward = [...forward].reverse();
    const responses = await Promise.all([
      hanoi.post(meeting.url('/ballots'), { choices: forward }),
      hn1.post(meeting.url('/ballots'), { choices: backward }),
      hn2.post(meeting.url('/ballots'), { choices: forward }),
      hn3.post(meeting.url('/ballots'), { choices: backward }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const tallies = await t.db.select().from(councilTallies).where(eq(councilTallies.meetingId, meeting.id));
    expect(new Set(tallies.map((row) => row.yes))).toEqual(new Set([4]));
  });
});

describe('a member with nothing to vote on', () => {
  it('is not offered the vote and is not counted among the voters', async () => {
    const meeting = await openMeeting(
      'Họp rút khỏi mọi trường hợp',
      [{ code: 'LDTT', personId: people[25]! }],
      names.slice(0, 4),
    );
    const recused = await hanoi.post(meeting.url('/recusals'), {
      userId: userIds['hoidong.hn2'],
      itemId: meeting.itemIds[0],
      reason: 'Có quan hệ gia đình',
    });
    expect(recused.statusCode, recused.body).toBe(200);
    expect(recused.json().ballots).toEqual({ cast: 0, voters: 3, written: 0 });
    const seen = (await hn2.get(meeting.url())).json();
    expect(seen.abilities.vote).toBe(false);
    expect(seen.myVotableItemIds).toEqual([]);
    expect((await hn1.get(meeting.url())).json().abilities.vote).toBe(true);
  });
});

describe('recusal for the candidate’s unit', () => {
  it('recuses a member whose grant is on the unit above the candidate’s department, not one on the council’s unit', async () => {
    const cdc = await unitByCode(t.db, 'CDCS-HN-CDC');
    const [department] = await t.db.select().from(units).where(eq(units.code, 'CDCS-HN-CDC-KNOI'));
    await t.db.insert(roleGrants).values({ userId: userIds['hoidong.hn2']!, unitId: cdc.id, role: 'council_member' });
    // A new version of the parameter, as an administrator's edit makes it: LĐTT recuses the candidate's unit.
    const key = 'council.recusal.candidate_unit_codes';
    const [current] = await t.db
      .update(catalogueEntries)
      .set({ isCurrent: false })
      .where(and(eq(catalogueEntries.key, key), eq(catalogueEntries.isCurrent, true)))
      .returning();
    await t.db.insert(catalogueEntries).values({
      kind: 'parameter',
      key,
      version: current!.version + 1,
      isCurrent: true,
      definition: { ...(current!.definition as object), default: ['LDTT'] },
    });
    const meeting = await openMeeting(
      'Họp có người cùng đơn vị',
      [{ code: 'LDTT', personId: people[26]! }],
      names.slice(0, 4),
      department!.code,
    );
    const seen = (await hanoi.get(meeting.url())).json();
    expect(seen.proposals[0].items[0].recusals).toEqual([
      { userId: userIds['hoidong.hn2'], fullName: expect.any(String), reason: RECUSAL_SAME_UNIT },
    ]);
  });
});

describe('GET /council-meetings', () => {
  it('pages the list and gives the total', async () => {
    const all = (await hanoi.get('/api/v1/council-meetings')).json();
    expect(all.total).toBeGreaterThanOrEqual(4);
    expect(all).toMatchObject({ page: 1, pageSize: 50 });
    const second = (await hanoi.get('/api/v1/council-meetings?page=2&pageSize=1')).json();
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 1 });
    expect(second.items.map((m: { id: number }) => m.id)).toEqual([all.items[1].id]);
  });
});
