import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalDetail } from '../../../shared/contracts/proposals.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import { auditLog, awardDecisions, awards, decisionSequences } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { bachMaiPeople } from '../awards/awards-test-support.ts';
import { initialsOf } from './decision-numbers.ts';
import { addItem, closeCouncil, createDraft, insertMeeting, ok, step } from './proposals-test-support.ts';

let t: TestContext;
let bachMai: Agent;
let sector: Agent;
let people: number[];
const unit: Record<string, number> = {};
const today = vietnamToday();
const year = Number(today.slice(0, 4));
const PAST = { from: '2025-12-12', until: '2025-12-22' };
const signer = { signerName: 'Phạm Thanh Bình', signerTitle: 'CHỦ TỊCH' };

beforeAll(async () => {
  t = await createTestContext();
  [bachMai, sector] = await Promise.all([t.login(accounts.bachMaiOfficer), t.login(accounts.emulationOfficer)]);
  for (const code of ['CDCS-BVBM', 'CDYTVN']) unit[code] = await t.unitId(code);
  people = await bachMaiPeople(t);
});
afterAll(() => t.close());

/** A proposal of Bạch Mai to the national sector union, brought to the posting with `passed` of its items. */
async function postedProposal(personIndexes: number[], passed: number, window = PAST): Promise<ProposalDetail> {
  let p = await createDraft(bachMai, { proposer: unit['CDCS-BVBM']!, decider: unit['CDYTVN']! });
  for (const index of personIndexes) p = ok(await addItem(bachMai, p, { personId: people[index] }), 201);
  p = ok(await step(bachMai, p, 'submit'));
  p = ok(await step(sector, p, 'start_appraisal'));
  p = ok(await step(sector, p, 'send_to_council', { meetingId: await insertMeeting(t, unit['CDYTVN']!) }));
  await closeCouncil(
    t,
    p.id,
    p.items.slice(0, passed).map((item) => item.id),
    window,
  );
  return ok(await sector.get(`/api/v1/proposals/${p.id}`));
}

const decide = (p: ProposalDetail, body: Record<string, unknown> = {}) =>
  sector.post(`/api/v1/proposals/${p.id}/decision`, { version: p.version, decisionDate: today, ...signer, ...body });

describe('the public posting', () => {
  it('refuses the decision while the window is open, and lets the decider move its end', async () => {
    let p = await postedProposal([1], 1, { from: today, until: '2099-12-31' });
    expect(p.status).toBe('posting');
    // The demo decided 52/QĐ-CĐYT in 2025: a later year starts at 1 with that symbol offered, still to confirm.
    const first = (await sector.get(`/api/v1/proposals/${p.id}/decision-number?date=2030-01-05`)).json();
    expect(first).toEqual({ year: 2030, nextNumber: 1, symbol: 'QĐ-CĐYT', symbolKnown: false });
    const demoYear = (await sector.get(`/api/v1/proposals/${p.id}/decision-number?date=2025-12-30`)).json();
    expect(demoYear).toEqual({ year: 2025, nextNumber: 53, symbol: 'QĐ-CĐYT', symbolKnown: true });
    expect(p.nextActions).toEqual(expect.arrayContaining(['decide', 'reject']));
    expect(p.abilities.managePosting).toBe(true);
    const early = await decide(p);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('proposals.posting_not_over');
    const backwards = await sector.patch(`/api/v1/proposals/${p.id}/posting`, {
      version: p.version,
      postingUntil: '2000-01-01',
    });
    expect(backwards.json().error.code).toBe('proposals.posting_until_before_from');
    p = ok(await sector.patch(`/api/v1/proposals/${p.id}/posting`, { version: p.version, postingUntil: '2099-06-30' }));
    expect(p.postingUntil).toBe('2099-06-30');
    expect(
      (await bachMai.patch(`/api/v1/proposals/${p.id}/posting`, { version: p.version, postingUntil: '2099-07-01' }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses the decision while an objection is open; an upheld one excludes its item', async () => {
    let p = await postedProposal([0, 1], 2);
    p = ok(
      await sector.post(`/api/v1/proposals/${p.id}/objections`, {
        receivedOn: '2025-12-15',
        raisedBy: 'Khoa Nội',
        content: 'Thành tích sáng kiến đã được dùng cho hình thức khác',
        itemId: p.items[0]!.id,
      }),
      201,
    );
    const objection = p.objections[0]!;
    expect(objection.status).toBe('open');
    const blocked = await decide(p);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('proposals.open_objections');
    p = ok(
      await sector.post(`/api/v1/proposals/${p.id}/objections/${objection.id}/resolve`, {
        status: 'upheld',
        resolution: 'Trùng thành tích: một thành tích chỉ được khen một lần',
      }),
    );
    expect(p.items[0]).toMatchObject({ outcome: 'excluded', outcomeReason: expect.stringContaining('Trùng') });
    p = ok(await decide(p, { symbol: 'QĐ-CĐYT' }));
    expect(p.status).toBe('decided');
    const decided = p.items.filter((item) => item.awardId !== null);
    expect(decided.map((item) => item.id)).toEqual([p.items[1]!.id]);
  });

  it('refuses a decision when nothing passed the council', async () => {
    const p = await postedProposal([2], 0);
    const response = await decide(p);
    expect(response.json().error.code).toBe('proposals.nothing_passed');
  });
});

describe('POST /api/v1/proposals/:id/decision', () => {
  let first: ProposalDetail;

  it('numbers decisions consecutively per issuer and year, and writes one award per passed item', async () => {
    const a = await postedProposal([3, 4], 2);
    const b = await postedProposal([6], 1);
    const suggestion = (await sector.get(`/api/v1/proposals/${a.id}/decision-number?date=${today}`)).json();
    expect(suggestion).toMatchObject({ year, symbol: 'QĐ-CĐYT', symbolKnown: true });
    first = ok(await decide(a));
    const second = ok(await decide(b));
    expect(first.decision?.decisionNo).toBe(`${suggestion.nextNumber}/QĐ-CĐYT`);
    expect(second.decision?.decisionNo).toBe(`${suggestion.nextNumber + 1}/QĐ-CĐYT`);
    expect(first.decision).toMatchObject({ decisionDate: today, ...signer, revokedAt: null });
    const [decision] = await t.db.select().from(awardDecisions).where(eq(awardDecisions.id, first.decisionId!));
    expect(decision).toMatchObject({ deciderKey: `unit:${unit['CDYTVN']}`, decisionYear: year });
    const written = await t.db.select().from(awards).where(eq(awards.decisionId, first.decisionId!));
    expect(written.map((w) => w.personId).sort()).toEqual([people[3], people[4]].sort());
    expect(written.every((w) => w.year === 2025 && w.occasion === 'regular' && w.code === 'LDTT')).toBe(true);
    const history = (await bachMai.get(`/api/v1/awards?person=${people[3]}`)).json();
    expect(
      history.items.some(
        (award: { decision: { decisionNo: string } }) => award.decision.decisionNo === first.decision!.decisionNo,
      ),
    ).toBe(true);
    const creates = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'award'),
          inArray(
            auditLog.entityId,
            written.map((w) => String(w.id)),
          ),
        ),
      );
    expect(creates.map((c) => c.action)).toEqual(['award.create', 'award.create']);
  });

  it('accepts a number typed by hand once, and refuses it when the issuer already used it that year', async () => {
    const c = await postedProposal([7], 1);
    const taken = await decide(c, { decisionNo: first.decision!.decisionNo });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('proposals.decision_number_taken');
    const unchanged = ok(await sector.get(`/api/v1/proposals/${c.id}`));
    expect(unchanged.status).toBe('posting');
    const typed = ok(await decide(unchanged, { decisionNo: '300/QĐ-CĐYT' }));
    expect(typed.decision?.decisionNo).toBe('300/QĐ-CĐYT');
    const [sequence] = await t.db
      .select()
      .from(decisionSequences)
      .where(and(eq(decisionSequences.issuerKey, `unit:${unit['CDYTVN']}`), eq(decisionSequences.year, year)));
    expect(sequence!.lastNumber).toBe(300);
  });

  it('asks the symbol the first time: the issuer’s earlier symbol, else QĐ- and the initials', () => {
    expect(initialsOf('CĐYTVN')).toBe('CĐYTVN');
    expect(initialsOf('CĐ ngành Y tế Hà Nội')).toBe('CĐNYTHN');
  });

  it('refuses decide from a status that does not allow it, and the proposer deciding', async () => {
    const again = await decide(first);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('proposals.transition_not_allowed');
    const p = await postedProposal([2], 1);
    expect(
      (await bachMai.post(`/api/v1/proposals/${p.id}/decision`, { version: p.version, decisionDate: today, ...signer }))
        .statusCode,
    ).toBe(403);
  });

  it('revokes the decision with a reason, and every award under it', async () => {
    const noReason = await step(sector, first, 'revoke');
    expect(noReason.json().error.code).toBe('proposals.reason_required');
    const revoked = ok(await step(sector, first, 'revoke', { reason: 'Hồ sơ khai không trung thực' }));
    expect(revoked.status).toBe('revoked');
    expect(revoked.decision).toMatchObject({ revokedReason: 'Hồ sơ khai không trung thực' });
    expect(revoked.decision!.revokedAt).not.toBeNull();
    const written = await t.db.select().from(awards).where(eq(awards.decisionId, first.decisionId!));
    expect(written.every((w) => w.revoked && w.revokedReason === 'Hồ sơ khai không trung thực')).toBe(true);
    const audits = await t.db
      .select({ action: auditLog.action, entity: auditLog.entity })
      .from(auditLog)
      .where(inArray(auditLog.action, ['award.revoke', 'award_decision.revoke']));
    expect(audits.filter((a) => a.action === 'award.revoke')).toHaveLength(written.length);
    expect(audits.some((a) => a.action === 'award_decision.revoke' && a.entity === 'award_proposal')).toBe(true);
    expect((await step(sector, revoked, 'revoke', { reason: 'lần nữa' })).statusCode).toBe(409);
  });
});
