import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalDetail } from '../../../shared/contracts/proposals.ts';
import { auditLog, awardProposalEvents, councilMeetingProposals } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { bachMaiPeople } from '../awards/awards-test-support.ts';
import { addItem, createDraft, insertMeeting, ok, REPORT, step } from './proposals-test-support.ts';

let t: TestContext;
let bachMai: Agent;
let sector: Agent;
let hanoi: Agent;
const unit: Record<string, number> = {};
let people: number[];
let hanoiPerson: number;

beforeAll(async () => {
  t = await createTestContext();
  [bachMai, sector, hanoi] = await Promise.all([
    t.login(accounts.bachMaiOfficer),
    t.login(accounts.emulationOfficer),
    t.login(accounts.hanoiOfficer),
  ]);
  for (const code of ['CDCS-BVBM', 'CDYTVN', 'CDYT-HN', 'CDCS-BVBM-KNOI']) unit[code] = await t.unitId(code);
  people = await bachMaiPeople(t);
  const hn = await hanoi.get('/api/v1/members?unit=CDCS-HN-CDC&pageSize=1');
  hanoiPerson = hn.json().items[0].id;
});
afterAll(() => t.close());

const bvbmToSector = () => ({ proposer: unit['CDCS-BVBM']!, decider: unit['CDYTVN']! });

async function auditActions(id: number) {
  const rows = await t.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'award_proposal'), eq(auditLog.entityId, String(id))))
    .orderBy(auditLog.id);
  return rows.map((row) => row.action);
}

describe('drafting a proposal', () => {
  it('creates a draft the proposer may submit, with the submit step only', async () => {
    const draft = await createDraft(bachMai, bvbmToSector());
    expect(draft.status).toBe('draft');
    expect(draft.nextActions).toEqual(['submit']);
    expect(draft.abilities).toMatchObject({ edit: true, delete: true, appraise: false });
    expect(await auditActions(draft.id)).toEqual(['proposal.create']);
  });

  it('refuses a deciding unit that is not above the proposer', async () => {
    const response = await bachMai.post('/api/v1/proposals', {
      proposerUnitId: unit['CDCS-BVBM'],
      deciderUnitId: unit['CDYT-HN'],
      title: 'Sai cấp',
      year: 2025,
      occasion: 'regular',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('proposals.decider_not_above');
  });

  it('lists the deciding units a proposer may address: itself and the units above it', async () => {
    const response = await bachMai.get(`/api/v1/proposals/decider-options?proposerUnitId=${unit['CDCS-BVBM']}`);
    const codes = response.json().items.map((u: { code: string }) => u.code);
    expect(codes[0]).toBe('CDCS-BVBM');
    expect(codes).toContain('CDYTVN');
    expect(codes).not.toContain('CDYT-HN');
  });

  it('adds people and collectives of the subtree, and refuses outsiders, unknown codes and the wrong kind', async () => {
    let draft = await createDraft(bachMai, bvbmToSector());
    draft = ok(await addItem(bachMai, draft, { personId: people[0] }), 201);
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]).toMatchObject({ code: 'LDTT', nameVi: 'Lao động tiên tiến', outcome: 'pending' });
    draft = ok(await addItem(bachMai, draft, { unitCode: 'CDCS-BVBM-KNOI', code: 'CDCS_HTXSNV' }), 201);
    expect(draft.items[1]!.recipient).toMatchObject({ kind: 'collective', code: 'CDCS-BVBM-KNOI' });

    const outsider = await addItem(bachMai, draft, { personId: hanoiPerson });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.code).toBe('proposals.recipient_outside_subtree');
    const unknown = await addItem(bachMai, draft, { personId: people[1], code: 'NO_SUCH' });
    expect(unknown.json().error.code).toBe('proposals.unknown_code');
    const wrongKind = await addItem(bachMai, draft, { personId: people[1], code: 'CDCS_HTXSNV' });
    expect(wrongKind.json().error.code).toBe('proposals.wrong_recipient_kind');
    const duplicate = await addItem(bachMai, draft, { personId: people[0] });
    expect(duplicate.statusCode).toBe(409);
    const stale = await addItem(bachMai, { ...draft, version: draft.version - 1 }, { personId: people[1] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('proposals.stale');
    const after = ok(await bachMai.get(`/api/v1/proposals/${draft.id}`));
    expect(after.items).toHaveLength(2);
    expect(after.version).toBe(draft.version);
  });

  it('edits and removes items only while draft or returned, and deletes a draft', async () => {
    let draft = await createDraft(bachMai, bvbmToSector());
    draft = ok(await addItem(bachMai, draft, { personId: people[2] }), 201);
    const item = draft.items[0]!;
    draft = ok(
      await bachMai.patch(`/api/v1/proposals/${draft.id}/items/${item.id}`, {
        version: draft.version,
        personId: people[2],
        code: 'CSTDCS',
        achievementReport: 'Báo cáo đã sửa',
      }),
    );
    expect(draft.items[0]).toMatchObject({ code: 'CSTDCS', achievementReport: 'Báo cáo đã sửa' });
    draft = ok(await bachMai.delete(`/api/v1/proposals/${draft.id}/items/${item.id}?version=${draft.version}`));
    expect(draft.items).toHaveLength(0);
    expect((await bachMai.delete(`/api/v1/proposals/${draft.id}?version=${draft.version}`)).statusCode).toBe(200);
    expect((await bachMai.get(`/api/v1/proposals/${draft.id}`)).statusCode).toBe(404);
    expect(await auditActions(draft.id)).toEqual([
      'proposal.create',
      'proposal.item_add',
      'proposal.item_update',
      'proposal.item_remove',
      'proposal.delete',
    ]);
  });
});

describe('POST /api/v1/proposals/:id/transitions', () => {
  let proposal: ProposalDetail;

  it('refuses to submit without items, or with an item lacking its achievement report', async () => {
    let draft = await createDraft(bachMai, bvbmToSector());
    const empty = await step(bachMai, draft, 'submit');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('proposals.no_items');
    draft = ok(await addItem(bachMai, draft, { personId: people[0], achievementReport: '' }), 201);
    const noReport = await step(bachMai, draft, 'submit');
    expect(noReport.json().error.code).toBe('proposals.report_missing');
  });

  it('submits, and the proposer cannot take the decider’s steps (403) nor an outsider read it (404)', async () => {
    let draft = await createDraft(bachMai, bvbmToSector());
    draft = ok(await addItem(bachMai, draft, { personId: people[0] }), 201);
    draft = ok(await addItem(bachMai, draft, { personId: people[5], code: 'CSTDCS' }), 201);
    proposal = ok(await step(bachMai, draft, 'submit'));
    expect(proposal.status).toBe('submitted');
    expect(proposal.nextActions).toEqual(['withdraw']);
    expect(proposal.abilities.edit).toBe(false);
    expect((await step(bachMai, proposal, 'start_appraisal')).statusCode).toBe(403);
    expect((await hanoi.get(`/api/v1/proposals/${proposal.id}`)).statusCode).toBe(404);
    expect((await step(hanoi, proposal, 'start_appraisal')).statusCode).toBe(404);
    const editLate = await addItem(bachMai, proposal, { personId: people[1] });
    expect(editLate.statusCode).toBe(409);
    expect(editLate.json().error.code).toBe('proposals.transition_not_allowed');
  });

  it('shows the decider the appraisal step and runs the eligibility check for every item', async () => {
    const seen = ok(await sector.get(`/api/v1/proposals/${proposal.id}`));
    expect(seen.nextActions).toEqual(expect.arrayContaining(['start_appraisal', 'reject', 'withdraw']));
    proposal = ok(await step(sector, proposal, 'start_appraisal'));
    expect(proposal.status).toBe('appraisal');
    for (const item of proposal.items) {
      expect(item.eligibility?.verdict).toMatch(/eligible|ineligible|needs_review/);
      expect(item.eligibilityCheckedAt).not.toBeNull();
    }
    expect(
      proposal.items[1]!.eligibility!.reasons.length + proposal.items[1]!.eligibility!.pending.length,
    ).toBeGreaterThan(0);
  });

  it('refuses a step the status does not allow, a stale version, and a missing reason', async () => {
    const again = await step(sector, proposal, 'submit');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('proposals.transition_not_allowed');
    const stale = await step(sector, { ...proposal, version: proposal.version - 1 }, 'return', { reason: 'x' });
    expect(stale.json().error.code).toBe('proposals.stale');
    const noReason = await step(sector, proposal, 'return');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('proposals.reason_required');
    const council = await step(sector, proposal, 'post');
    expect(council.json().error.code).toBe('proposals.step_not_here');
  });

  it('lets the appraiser note and exclude an item (with a reason) and re-run the check', async () => {
    const item = proposal.items[0]!;
    const url = `/api/v1/proposals/${proposal.id}/items/${item.id}/appraisal`;
    const noReason = await sector.patch(url, { version: proposal.version, excluded: true });
    expect(noReason.json().error.code).toBe('proposals.reason_required');
    proposal = ok(await sector.patch(url, { version: proposal.version, appraisalNote: 'Hồ sơ đầy đủ' }));
    expect(proposal.items[0]!.appraisalNote).toBe('Hồ sơ đầy đủ');
    proposal = ok(await sector.patch(url, { version: proposal.version, excluded: true, reason: 'Trùng thành tích' }));
    expect(proposal.items[0]).toMatchObject({ outcome: 'excluded', outcomeReason: 'Trùng thành tích' });
    proposal = ok(await sector.patch(url, { version: proposal.version, excluded: false }));
    expect(proposal.items[0]!.outcome).toBe('pending');
    proposal = ok(await sector.post(`/api/v1/proposals/${proposal.id}/eligibility`, { version: proposal.version }));
    expect((await bachMai.patch(url, { version: proposal.version, appraisalNote: 'x' })).statusCode).toBe(403);
  });

  it('returns for revision with a reason; the proposer corrects and submits again', async () => {
    proposal = ok(await step(sector, proposal, 'return', { reason: 'Bổ sung minh chứng sáng kiến' }));
    expect(proposal.status).toBe('returned');
    const mine = ok(await bachMai.get(`/api/v1/proposals/${proposal.id}`));
    expect(mine.nextActions).toEqual(['submit']);
    expect(mine.abilities.edit).toBe(true);
    const item = mine.items[1]!;
    proposal = ok(
      await bachMai.patch(`/api/v1/proposals/${proposal.id}/items/${item.id}`, {
        version: mine.version,
        personId: people[5],
        code: 'CSTDCS',
        achievementReport: `${REPORT} Bổ sung quyết định công nhận sáng kiến.`,
      }),
    );
    proposal = ok(await step(bachMai, proposal, 'submit'));
    proposal = ok(await step(sector, proposal, 'start_appraisal'));
    expect(proposal.events.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'start_appraisal',
      'return',
      'submit',
      'start_appraisal',
    ]);
    expect(proposal.events[3]!.reason).toBe('Bổ sung minh chứng sáng kiến');
  });

  it('sends to a planned meeting of the deciding unit’s council only, writing the agenda row', async () => {
    const missing = await step(sector, proposal, 'send_to_council');
    expect(missing.json().error.code).toBe('proposals.meeting_unavailable');
    const otherUnit = await insertMeeting(t, unit['CDYT-HN']!);
    expect((await step(sector, proposal, 'send_to_council', { meetingId: otherUnit })).statusCode).toBe(400);
    const meetingId = await insertMeeting(t, unit['CDYTVN']!);
    const options = await sector.get(`/api/v1/proposals/${proposal.id}/meeting-options`);
    expect(options.json().items.map((m: { id: number }) => m.id)).toContain(meetingId);
    proposal = ok(await step(sector, proposal, 'send_to_council', { meetingId }));
    expect(proposal.status).toBe('council');
    expect(proposal.meeting?.id).toBe(meetingId);
    const rows = await t.db
      .select()
      .from(councilMeetingProposals)
      .where(eq(councilMeetingProposals.proposalId, proposal.id));
    expect(rows).toHaveLength(1);
    expect((await step(bachMai, proposal, 'withdraw', { reason: 'x' })).statusCode).toBe(409);
  });

  it('withdraws a submitted proposal with a reason back to draft, and rejects another with one', async () => {
    let draft = await createDraft(bachMai, bvbmToSector());
    draft = ok(await addItem(bachMai, draft, { personId: people[3] }), 201);
    let submitted = ok(await step(bachMai, draft, 'submit'));
    submitted = ok(await step(bachMai, submitted, 'withdraw', { reason: 'Bổ sung hồ sơ' }));
    expect(submitted.status).toBe('draft');
    submitted = ok(await step(bachMai, submitted, 'submit'));
    const rejected = ok(await step(sector, submitted, 'reject', { reason: 'Không đúng đối tượng' }));
    expect(rejected.status).toBe('rejected');
    expect(rejected.nextActions).toEqual([]);
    const events = await t.db
      .select({ action: awardProposalEvents.action })
      .from(awardProposalEvents)
      .where(eq(awardProposalEvents.proposalId, rejected.id));
    expect(events.map((e) => e.action)).toEqual(['create', 'submit', 'withdraw', 'submit', 'reject']);
    expect(await auditActions(rejected.id)).toEqual([
      'proposal.create',
      'proposal.item_add',
      'proposal.submit',
      'proposal.withdraw',
      'proposal.submit',
      'proposal.reject',
    ]);
  });
});

describe('GET /api/v1/proposals', () => {
  it('shows the proposer its unit’s proposals and the decider those addressed to it, never drafts', async () => {
    const mine = (await bachMai.get('/api/v1/proposals?tab=proposer&pageSize=100')).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((p: { proposerUnit: { code: string } }) => p.proposerUnit.code === 'CDCS-BVBM')).toBe(true);
    const waiting = (await sector.get('/api/v1/proposals?tab=decider&pageSize=100')).json();
    expect(waiting.items.some((p: { status: string }) => p.status === 'draft')).toBe(false);
    expect(waiting.items.some((p: { status: string }) => p.status === 'council')).toBe(true);
    const filtered = (await sector.get('/api/v1/proposals?tab=decider&status=rejected&year=2025')).json();
    expect(filtered.items.every((p: { status: string }) => p.status === 'rejected')).toBe(true);
    const outside = (await hanoi.get('/api/v1/proposals?tab=proposer')).json();
    expect(outside.items.some((p: { proposerUnit: { code: string } }) => p.proposerUnit.code === 'CDCS-BVBM')).toBe(
      false,
    );
  });

  it('lists as waiting only the steps the actor’s own unit takes, not those before the council or below them', async () => {
    type Row = { status: string; deciderUnit: { code: string }; proposerUnit: { code: string } };
    const waiting = (await sector.get('/api/v1/proposals?tab=waiting&pageSize=200')).json() as { items: Row[] };
    expect(waiting.items.length).toBeGreaterThan(0);
    for (const row of waiting.items) {
      expect(['submitted', 'appraisal', 'posting']).toContain(row.status);
      expect(row.deciderUnit.code).toBe('CDYTVN');
    }
    const all = (await sector.get('/api/v1/proposals?tab=decider&pageSize=200')).json() as { items: Row[] };
    // Hà Nội's proposal in appraisal is addressed below the national union: its own officers take the step.
    expect(all.items.some((p) => p.deciderUnit.code === 'CDYT-HN' && p.status === 'appraisal')).toBe(true);
    const atHanoi = (await hanoi.get('/api/v1/proposals?tab=waiting&pageSize=200')).json() as { items: Row[] };
    expect(atHanoi.items.some((p) => p.deciderUnit.code === 'CDYT-HN' && p.status === 'appraisal')).toBe(true);

    const returned = await createDraft(bachMai, bvbmToSector(), { title: 'Đề nghị bị trả lại để bổ sung' });
    let current = ok(await addItem(bachMai, returned, { personId: people[0] }), 201);
    current = ok(await step(bachMai, current, 'submit'));
    current = ok(await step(sector, current, 'start_appraisal'));
    ok(await step(sector, current, 'return', { reason: 'Thiếu minh chứng sáng kiến.' }));
    const mine = (await bachMai.get('/api/v1/proposals?tab=waiting&pageSize=200')).json() as {
      items: (Row & { id: number })[];
    };
    expect(mine.items.map((p) => p.id)).toContain(returned.id);
    expect(mine.items.every((p) => p.status === 'returned')).toBe(true);
  });
});
