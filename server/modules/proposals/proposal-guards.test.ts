// The guards a review asked for: no running tally before the meeting closes, no names of people outside the
// proposer's subtree, a proposal taken back from the council leaves the agenda, votes pin an item's recipient,
// decision numbers clash on their number alone, one achievement earns one award, a revocation audits the decision.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalDetail } from '../../../shared/contracts/proposals.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import {
  auditLog,
  awardDecisions,
  councilMeetingProposals,
  councilMeetings,
  councilTallies,
  people as peopleTable,
  memberships,
  movements,
} from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { bachMaiPeople } from '../awards/awards-test-support.ts';
import { addItem, closeCouncil, createDraft, insertMeeting, ok, step } from './proposals-test-support.ts';

let t: TestContext;
let bachMai: Agent;
let sector: Agent;
let people: number[];
const unit: Record<string, number> = {};
const today = vietnamToday();
const PAST = { from: '2025-12-12', until: '2025-12-22' };
const signer = { signerName: 'Phạm Thanh Bình', signerTitle: 'CHỦ TỊCH' };

beforeAll(async () => {
  t = await createTestContext();
  [bachMai, sector] = await Promise.all([t.login(accounts.bachMaiOfficer), t.login(accounts.emulationOfficer)]);
  for (const code of ['CDCS-BVBM', 'CDYTVN', 'CDYT-HN']) unit[code] = await t.unitId(code);
  people = await bachMaiPeople(t);
});
afterAll(() => t.close());

async function beforeCouncil(personIndexes: number[], meetingId: number): Promise<ProposalDetail> {
  let p = await createDraft(bachMai, { proposer: unit['CDCS-BVBM']!, decider: unit['CDYTVN']! });
  for (const index of personIndexes) p = ok(await addItem(bachMai, p, { personId: people[index] }), 201);
  p = ok(await step(bachMai, p, 'submit'));
  p = ok(await step(sector, p, 'start_appraisal'));
  return ok(await step(sector, p, 'send_to_council', { meetingId }));
}

const decide = (p: ProposalDetail, body: Record<string, unknown> = {}) =>
  sector.post(`/api/v1/proposals/${p.id}/decision`, { version: p.version, decisionDate: today, ...signer, ...body });

describe('the secret ballot seen from the proposal', () => {
  it('shows no count while the meeting votes, and the counts once it has closed', async () => {
    const meetingId = await insertMeeting(t, unit['CDYTVN']!);
    const p = await beforeCouncil([2], meetingId);
    await t.db.update(councilMeetings).set({ status: 'open' }).where(eq(councilMeetings.id, meetingId));
    await t.db.insert(councilTallies).values({ meetingId, itemId: p.items[0]!.id, no: 1 });
    const during = ok(await sector.get(`/api/v1/proposals/${p.id}`));
    expect(during.items[0]!.tally).toBeNull();
    await t.db.update(councilMeetings).set({ status: 'closed' }).where(eq(councilMeetings.id, meetingId));
    const after = ok(await sector.get(`/api/v1/proposals/${p.id}`));
    expect(after.items[0]!.tally).toMatchObject({ yes: 0, no: 1 });
  });
});

describe('leaving the council', () => {
  it('takes a returned proposal off a planned agenda, and refuses while the ballot is open', async () => {
    const planned = await insertMeeting(t, unit['CDYTVN']!);
    let p = await beforeCouncil([3], planned);
    p = ok(await step(sector, p, 'return', { reason: 'Bổ sung minh chứng sáng kiến.' }));
    const agenda = await t.db
      .select()
      .from(councilMeetingProposals)
      .where(eq(councilMeetingProposals.proposalId, p.id));
    expect(agenda).toEqual([]);

    p = ok(await step(bachMai, p, 'submit'));
    p = ok(await step(sector, p, 'start_appraisal'));
    const voting = await insertMeeting(t, unit['CDYTVN']!);
    p = ok(await step(sector, p, 'send_to_council', { meetingId: voting }));
    await t.db.update(councilMeetings).set({ status: 'open' }).where(eq(councilMeetings.id, voting));
    const refused = await step(sector, p, 'return', { reason: 'Xem lại.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('proposals.council_voting');
  });

  it('refuses to change the recipient of an item the council has voted on', async () => {
    const planned = await insertMeeting(t, unit['CDYTVN']!);
    let p = await beforeCouncil([4], planned);
    await t.db.insert(councilTallies).values({ meetingId: planned, itemId: p.items[0]!.id, yes: 2 });
    await t.db.update(councilMeetings).set({ status: 'closed' }).where(eq(councilMeetings.id, planned));
    p = ok(await step(sector, p, 'return', { reason: 'Bổ sung báo cáo.' }));
    const item = p.items[0]!;
    const swap = await bachMai.patch(`/api/v1/proposals/${p.id}/items/${item.id}`, {
      version: p.version,
      personId: people[5],
      code: item.code,
      achievementReport: 'Báo cáo đã bổ sung.',
    });
    expect(swap.statusCode).toBe(409);
    expect(swap.json().error.code).toBe('proposals.item_has_votes');
    const completed = await bachMai.patch(`/api/v1/proposals/${p.id}/items/${item.id}`, {
      version: p.version,
      personId: people[4],
      code: item.code,
      achievementReport: 'Báo cáo đã bổ sung số liệu năm.',
    });
    expect(completed.statusCode).toBe(200);
  });
});

describe('recipients outside the subtree', () => {
  it('are refused without saying who they are', async () => {
    const [outsider] = await t.db
      .select({ id: peopleTable.id, fullName: peopleTable.fullName })
      .from(memberships)
      .innerJoin(peopleTable, eq(peopleTable.id, memberships.personId))
      .where(and(eq(memberships.unitId, await t.unitId('CDCS-HN-BVXP'))))
      .limit(1);
    if (!outsider) throw new Error('the demo has members at Xanh Pôn');
    const p = await createDraft(bachMai, { proposer: unit['CDCS-BVBM']!, decider: unit['CDYTVN']! });
    const response = await addItem(bachMai, p, { personId: outsider.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('proposals.recipient_outside_subtree');
    expect(response.body).not.toContain(outsider.fullName);
  });
});

describe('the proposal itself', () => {
  it('answers a draft movement of another unit as unknown', async () => {
    const [hidden] = await t.db
      .insert(movements)
      .values({
        name: 'Phong trào chưa phát động của Hà Nội',
        launchingUnitId: unit['CDYT-HN']!,
        kind: 'thematic',
        year: 2025,
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
      })
      .returning({ id: movements.id });
    const response = await bachMai.post('/api/v1/proposals', {
      proposerUnitId: unit['CDCS-BVBM'],
      deciderUnitId: unit['CDYTVN'],
      title: 'Đề nghị khen thưởng chuyên đề',
      year: 2025,
      occasion: 'thematic',
      movementId: hidden!.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('proposals.unknown_movement');
    expect(response.body).not.toContain('Hà Nội');
  });

  it('keeps a draft that was once submitted, with its history', async () => {
    let p = await createDraft(bachMai, { proposer: unit['CDCS-BVBM']!, decider: unit['CDYTVN']! });
    p = ok(await addItem(bachMai, p, { personId: people[0] }), 201);
    p = ok(await step(bachMai, p, 'submit'));
    p = ok(await step(bachMai, p, 'withdraw', { reason: 'Bổ sung thêm người.' }));
    const refused = await bachMai.delete(`/api/v1/proposals/${p.id}?version=${p.version}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('proposals.was_submitted');
  });
});

describe('the decision', () => {
  it('refuses a number already used with another symbol, and a second award for the same achievement', async () => {
    const first = await beforeCouncil([6], await insertMeeting(t, unit['CDYTVN']!));
    await closeCouncil(t, first.id, [first.items[0]!.id], PAST);
    const posted = ok(await sector.get(`/api/v1/proposals/${first.id}`));
    const decided = ok(await decide(posted, { decisionNo: '901/QĐ-CĐYT', symbol: 'QĐ-CĐYT' }));
    expect(decided.status).toBe('decided');

    // The same person proposed again for the same form and year, by another proposal decided later.
    const second = await beforeCouncil([6], await insertMeeting(t, unit['CDYTVN']!));
    // The appraisal already says so, before anyone votes.
    expect(second.items[0]!.eligibility).toMatchObject({ verdict: 'ineligible' });
    expect(second.items[0]!.eligibility!.reasons[0]!.messageVi).toContain('Quyết định số 901/QĐ-CĐYT');
    await closeCouncil(t, second.id, [second.items[0]!.id], PAST);
    const again = ok(await sector.get(`/api/v1/proposals/${second.id}`));
    const sameNumber = await decide(again, { decisionNo: '901/QĐ-CĐ' });
    expect(sameNumber.statusCode).toBe(409);
    const twice = await decide(again, { decisionNo: '902/QĐ-CĐYT' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('proposals.already_awarded');
    expect(twice.json().error.message).toContain('901/QĐ-CĐYT');
  });

  it('audits the revocation on the decision itself', async () => {
    const p = await beforeCouncil([7], await insertMeeting(t, unit['CDYTVN']!));
    await closeCouncil(t, p.id, [p.items[0]!.id], PAST);
    const decided = ok(await decide(ok(await sector.get(`/api/v1/proposals/${p.id}`))));
    const revoked = ok(await step(sector, decided, 'revoke', { reason: 'Hồ sơ không trung thực.' }));
    expect(revoked.status).toBe('revoked');
    const [decision] = await t.db
      .select({ id: awardDecisions.id })
      .from(awardDecisions)
      .where(eq(awardDecisions.decisionNo, revoked.decision!.decisionNo));
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'award_decision'), eq(auditLog.entityId, String(decision!.id))));
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['award_decision.create', 'award_decision.revoke']),
    );
  });
});
