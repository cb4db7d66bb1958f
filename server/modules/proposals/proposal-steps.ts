// The workflow's steps taken from the screens, each through transitionProposal, with what a step brings along:
// submission needs a complete dossier, appraisal runs the eligibility check, the council gets its agenda row,
// and revoking the decision revokes its awards.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { MeetingOptions, transitionBodySchema } from '../../../shared/contracts/proposals.ts';
import { canTransition, proposalTransitions } from '../../../shared/proposal-workflow.ts';
import type { z } from 'zod';
import type { ActorCtx } from '../../context.ts';
import { awardProposalItems, councilMeetingProposals, councilMeetings } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeProposalSide } from '../../policies/proposals.policy.ts';
import { lockForSide, requireVersion } from './proposal-access.ts';
import { storeEligibility } from './proposal-appraisal.ts';
import { revokeDecisionEffects } from './proposal-decision.ts';
import { loadProposalHeader, placesOf } from './proposal-rows.ts';
import { transitionProposal, type ProposalRow } from './proposal-transition.ts';

type StepInput = z.infer<typeof transitionBodySchema>;

/** A dossier goes up with at least one item, each with its achievement report. */
async function requireCompleteDossier(tx: Tx, row: ProposalRow) {
  const items = await tx
    .select({ position: awardProposalItems.position, report: awardProposalItems.achievementReport })
    .from(awardProposalItems)
    .where(eq(awardProposalItems.proposalId, row.id))
    .orderBy(asc(awardProposalItems.position));
  if (items.length === 0) {
    throw badRequest(
      'proposals.no_items',
      'Đề nghị chưa có cá nhân, tập thể nào.',
      'The proposal names no recipient yet.',
      [{ field: 'items', message: 'Thêm ít nhất một cá nhân hoặc tập thể', messageEn: 'Add at least one recipient' }],
    );
  }
  const missing = items.filter((item) => !item.report?.trim());
  if (missing.length) {
    throw badRequest(
      'proposals.report_missing',
      `Còn ${missing.length} mục chưa có báo cáo thành tích.`,
      `${missing.length} item(s) have no achievement report.`,
      missing.map((item) => ({
        row: item.position,
        field: 'achievementReport',
        message: 'Chưa có báo cáo thành tích',
        messageEn: 'No achievement report',
      })),
    );
  }
}

/**
 * The meeting must be the deciding unit's council and not yet opened: voting opens on the agenda as it stands, so
 * an item added later would have no tally. At least one item must still be open.
 */
async function putOnAgenda(tx: Tx, row: ProposalRow, meetingId: number | undefined) {
  const meetingError = (vi: string, en: string) =>
    badRequest('proposals.meeting_unavailable', vi, en, [{ field: 'meetingId', message: vi, messageEn: en }]);
  if (!meetingId) throw meetingError('Chọn phiên họp Hội đồng.', 'Choose a council meeting.');
  const [meeting] = await tx.select().from(councilMeetings).where(eq(councilMeetings.id, meetingId));
  if (!meeting || meeting.unitId !== row.deciderUnitId || meeting.status !== 'planned') {
    throw meetingError(
      'Phiên họp không thuộc Hội đồng của cấp quyết định, hoặc đã bắt đầu bỏ phiếu.',
      'The meeting is not the deciding unit’s council, or its voting has already opened.',
    );
  }
  const open = await tx
    .select({ id: awardProposalItems.id })
    .from(awardProposalItems)
    .where(and(eq(awardProposalItems.proposalId, row.id), inArray(awardProposalItems.outcome, ['pending'])));
  if (open.length === 0) {
    throw badRequest(
      'proposals.nothing_to_consider',
      'Mọi mục đều đã bị loại; không có gì để đưa ra Hội đồng.',
      'Every item was excluded; nothing is left for the council.',
    );
  }
  await tx.insert(councilMeetingProposals).values({ meetingId, proposalId: row.id }).onConflictDoNothing();
}

/**
 * Taken back from the council (returned or rejected), a proposal leaves the agenda of meetings not yet voting,
 * so a later meeting alone votes on it. While a meeting's ballot is open it cannot leave: votes are being cast.
 */
async function leaveAgenda(tx: Tx, row: ProposalRow) {
  const meetings = await tx
    .select({ id: councilMeetings.id, status: councilMeetings.status })
    .from(councilMeetingProposals)
    .innerJoin(councilMeetings, eq(councilMeetings.id, councilMeetingProposals.meetingId))
    .where(eq(councilMeetingProposals.proposalId, row.id));
  if (meetings.some((meeting) => meeting.status === 'open')) {
    throw conflict(
      'proposals.council_voting',
      'Hội đồng đang bỏ phiếu về đề nghị này; hãy chờ phiên họp kết thúc.',
      'The council is voting on this proposal; wait until the meeting closes.',
    );
  }
  const planned = meetings.filter((meeting) => meeting.status === 'planned').map((meeting) => meeting.id);
  if (planned.length > 0) {
    await tx
      .delete(councilMeetingProposals)
      .where(and(eq(councilMeetingProposals.proposalId, row.id), inArray(councilMeetingProposals.meetingId, planned)));
  }
}

export async function takeStep(ctx: ActorCtx, id: number, body: StepInput): Promise<void> {
  requireCapability(ctx.actor, 'manageProposals');
  const rule = proposalTransitions[body.action];
  if (rule.side === 'council' || body.action === 'decide') {
    throw badRequest(
      'proposals.step_not_here',
      body.action === 'decide'
        ? 'Quyết định được ban hành bằng biểu mẫu quyết định.'
        : 'Bước này diễn ra khi phiên họp Hội đồng kết thúc.',
      body.action === 'decide' ? 'Issue the decision with its form.' : 'This step is taken when the council closes.',
    );
  }
  await withWrite(ctx, async (tx, audit) => {
    const { row } = await lockForSide(ctx, tx, id, rule.side);
    requireVersion(row, body.version);
    // What a step brings along is checked only once the step itself is allowed, so the refusal names the status.
    const allowed = canTransition(body.action, row.status);
    if (allowed && body.action === 'submit') await requireCompleteDossier(tx, row);
    if (allowed && body.action === 'send_to_council') await putOnAgenda(tx, row, body.meetingId);
    if (allowed && row.status === 'council') await leaveAgenda(tx, row);
    const moved = await transitionProposal(ctx, tx, audit, row, body.action, {
      reason: body.reason ?? null,
      expectedVersion: body.version,
    });
    if (body.action === 'start_appraisal') await storeEligibility(ctx, tx, moved);
    if (body.action === 'revoke') await revokeDecisionEffects(ctx, tx, audit, row, body.reason!.trim());
  });
}

/** The deciding unit's council meetings not yet closed, for "send to the council". */
export async function findMeetingOptions(ctx: ActorCtx, id: number): Promise<MeetingOptions> {
  requireCapability(ctx.actor, 'manageProposals');
  const header = await loadProposalHeader(ctx.db, id);
  authorizeProposalSide(ctx.actor, placesOf(header), 'decider');
  const rows = await ctx.db
    .select({
      id: councilMeetings.id,
      title: councilMeetings.title,
      heldOn: councilMeetings.heldOn,
      status: councilMeetings.status,
    })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.unitId, header.deciderUnit.id), eq(councilMeetings.status, 'planned')))
    .orderBy(asc(councilMeetings.heldOn), asc(councilMeetings.id));
  return { items: rows };
}
