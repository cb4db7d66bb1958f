// Closing the meeting (kết thúc họp): each item judged against its form's threshold without its recused members,
// the outcome written to the item, and every attached proposal moved on — to public posting for 10 working days
// if anything passed, else rejected — all in one transaction.
import { and, eq, inArray } from 'drizzle-orm';
import type { Meeting, Threshold } from '../../../shared/contracts/council.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import { formatViNumber } from '../../../shared/format-number.ts';
import type { ActorCtx } from '../../context.ts';
import {
  awardProposalItems,
  councilBallots,
  councilMeetings,
  councilMembers,
  councilRecusals,
  councilTallies,
} from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { conflict } from '../../errors.ts';
import { authorizeMeeting } from '../../policies/council.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { lockProposal, transitionProposal } from '../proposals/proposal-transition.ts';
import { councilCatalogue } from './council-catalogue.ts';
import { judgeItem, postingWindow, yesVotesNeeded, type ItemVerdict } from './council-rules.ts';
import { loadMeeting, meetingRecord, votableItems } from './meeting-store.ts';
import { getMeeting } from './meetings.service.ts';

export const NOTHING_PASSED = 'Hội đồng không thông qua trường hợp nào';

/** The sentence the minutes carry for one item: the votes, what was required of whom, and on what basis. */
export function outcomeSentence(threshold: Threshold, yes: number, verdict: ItemVerdict): string {
  const of = threshold.denominator === 'of_total_members' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt';
  const share = `${formatViNumber(threshold.share * 100)}%`;
  const needed = yesVotesNeeded(threshold, verdict.eligibleVoters);
  const rule = `cần ${threshold.strict ? 'trên' : 'từ'} ${share} ${of} (${needed}/${verdict.eligibleVoters} phiếu)`;
  const basis =
    threshold.basis === 'majority_of_present'
      ? '; chưa có ngưỡng được cấu hình cho hình thức này nên áp dụng quá nửa số thành viên có mặt'
      : threshold.parameterKey
        ? `; theo tham số ${threshold.parameterKey}`
        : '';
  if (verdict.reason === 'no_quorum') {
    return `Không đủ số thành viên tham gia biểu quyết sau khi trừ người không tham gia biểu quyết${basis}`;
  }
  const head = verdict.passed ? 'Đạt' : 'Không đạt';
  return `${head}: ${yes}/${verdict.eligibleVoters} phiếu đồng ý, ${rule}${basis}`;
}

export async function closeMeeting(ctx: ActorCtx, id: number): Promise<Meeting> {
  requireCapability(ctx.actor, 'viewProposals');
  await withWrite(ctx, async (tx, audit) => {
    const meeting = await loadMeeting(tx, id, 'update');
    authorizeMeeting(ctx.actor, 'close', await meetingRecord(tx, meeting, ctx.actor));
    if (meeting.status !== 'open') {
      throw conflict(
        'council.not_open',
        'Chỉ kết thúc được cuộc họp đang bỏ phiếu.',
        'Only a meeting with voting open can be closed.',
      );
    }
    const items = await votableItems(tx, id, true);
    const catalogue = await councilCatalogue(
      tx,
      items.map((item) => item.catalogueEntryId),
    );
    const members = await tx.select().from(councilMembers).where(eq(councilMembers.meetingId, id));
    const presentIds = new Set(members.filter((m) => m.present).map((m) => m.userId));
    const recusals = await tx.select().from(councilRecusals).where(eq(councilRecusals.meetingId, id));
    const writtenIds = new Set(
      (
        await tx
          .select({ userId: councilBallots.userId })
          .from(councilBallots)
          .where(and(eq(councilBallots.meetingId, id), eq(councilBallots.inWriting, true)))
      ).map((row) => row.userId),
    );
    const tallies = items.length
      ? await tx
          .select()
          .from(councilTallies)
          .where(
            and(
              eq(councilTallies.meetingId, id),
              inArray(
                councilTallies.itemId,
                items.map((item) => item.id),
              ),
            ),
          )
      : [];
    const yesOf = new Map(tallies.map((t) => [t.itemId, t.yes]));

    const passedByProposal = new Map<number, number>();
    const results: { itemId: number; passed: boolean; eligibleVoters: number }[] = [];
    for (const item of items) {
      const threshold = catalogue.formOf(item.catalogueEntryId).threshold;
      const recused = recusals.filter((r) => r.itemId === item.id);
      const yes = yesOf.get(item.id) ?? 0;
      const verdict = judgeItem({
        threshold,
        yes,
        members: members.length,
        present: presentIds.size,
        recused: recused.length,
        recusedPresent: recused.filter((r) => presentIds.has(r.userId)).length,
        written: writtenIds.size,
        recusedWritten: recused.filter((r) => writtenIds.has(r.userId)).length,
        quorumShare: catalogue.settings.quorumShare,
      });
      await tx
        .insert(councilTallies)
        .values({
          meetingId: id,
          itemId: item.id,
          eligibleVoters: verdict.eligibleVoters,
          thresholdShare: threshold.share.toFixed(4),
          denominator: threshold.denominator,
          passed: verdict.passed,
        })
        .onConflictDoUpdate({
          target: [councilTallies.meetingId, councilTallies.itemId],
          set: {
            eligibleVoters: verdict.eligibleVoters,
            thresholdShare: threshold.share.toFixed(4),
            denominator: threshold.denominator,
            passed: verdict.passed,
          },
        });
      await tx
        .update(awardProposalItems)
        .set({
          outcome: verdict.passed ? 'passed' : 'not_passed',
          outcomeReason: outcomeSentence(threshold, yes, verdict),
        })
        .where(eq(awardProposalItems.id, item.id));
      passedByProposal.set(item.proposalId, (passedByProposal.get(item.proposalId) ?? 0) + (verdict.passed ? 1 : 0));
      results.push({ itemId: item.id, passed: verdict.passed, eligibleVoters: verdict.eligibleVoters });
    }

    const closedOn = vietnamToday();
    const window = postingWindow(closedOn);
    const moved: { proposalId: number; to: string }[] = [];
    for (const proposalId of [...passedByProposal.keys()].sort((a, b) => a - b)) {
      const proposal = await lockProposal(tx, proposalId);
      if (proposal.status !== 'council') continue;
      const updated =
        (passedByProposal.get(proposalId) ?? 0) > 0
          ? await transitionProposal(ctx, tx, audit, proposal, 'post', { set: window })
          : await transitionProposal(ctx, tx, audit, proposal, 'council_reject', { reason: NOTHING_PASSED });
      moved.push({ proposalId, to: updated.status });
    }

    await tx.update(councilMeetings).set({ status: 'closed', closedAt: new Date() }).where(eq(councilMeetings.id, id));
    audit({
      action: 'council_meeting.close',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      before: { status: 'open' },
      after: { status: 'closed', closedOn, results, proposals: moved },
    });
  });
  return getMeeting(ctx, id);
}
