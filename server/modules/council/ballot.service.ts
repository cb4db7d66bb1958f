// The secret ballot (bỏ phiếu kín): a present, non-recused member votes once per meeting on every item they may
// vote on, in one transaction. The ballot row keeps who and when; the choices only ever add to the tallies, and
// the audit row names the meeting and the voter, never a choice.
import { and, eq, sql } from 'drizzle-orm';
import type { BallotBody, Meeting, VoteChoice } from '../../../shared/contracts/council.ts';
import type { ActorCtx } from '../../context.ts';
import { councilBallots, councilRecusals, councilTallies } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import { AppError, badRequest, conflict, forbidden } from '../../errors.ts';
import { authorizeMeeting } from '../../policies/council.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { loadMeeting, meetingRecord, votableItems } from './meeting-store.ts';
import { getMeeting } from './meetings.service.ts';

const column = { yes: councilTallies.yes, no: councilTallies.no, abstain: councilTallies.abstain } as const;

function alreadyVoted(): never {
  throw conflict(
    'council.already_voted',
    'Bạn đã bỏ phiếu trong cuộc họp này.',
    'You have already voted in this meeting.',
  );
}

function itemProblem(code: string, vi: string, en: string, index: number): never {
  throw badRequest(code, vi, en, [{ field: `body.choices.${index}.itemId`, message: vi, messageEn: en }]);
}

export async function recordBallot(ctx: ActorCtx, id: number, body: BallotBody): Promise<Meeting> {
  requireCapability(ctx.actor, 'viewProposals');
  await withWrite(ctx, async (tx, audit) => {
    // Shared lock: ballots go side by side, and closing (which locks for update) waits for them.
    const meeting = await loadMeeting(tx, id, 'share');
    const record = await meetingRecord(tx, meeting, ctx.actor);
    authorizeMeeting(ctx.actor, 'read', record);
    if (!record.seat) throw forbidden();
    if (meeting.status !== 'open') {
      throw conflict(
        meeting.status === 'closed' ? 'council.closed' : 'council.not_open',
        meeting.status === 'closed'
          ? 'Cuộc họp đã kết thúc: không thể bỏ phiếu nữa.'
          : 'Cuộc họp chưa bắt đầu bỏ phiếu.',
        meeting.status === 'closed' ? 'The meeting has closed; voting is over.' : 'Voting has not opened yet.',
      );
    }
    if (!record.seat.present) {
      throw new AppError(
        403,
        'council.absent',
        'Bạn không có mặt tại cuộc họp nên không thể bỏ phiếu.',
        'You are not marked present, so you may not vote.',
      );
    }
    if (record.seat.voted) alreadyVoted();

    const items = new Set((await votableItems(tx, id, true)).map((item) => item.id));
    const recused = new Set(
      (
        await tx
          .select({ itemId: councilRecusals.itemId })
          .from(councilRecusals)
          .where(and(eq(councilRecusals.meetingId, id), eq(councilRecusals.userId, ctx.actor.userId)))
      ).map((row) => row.itemId),
    );
    const chosen = new Set<number>();
    body.choices.forEach(({ itemId }, index) => {
      if (chosen.has(itemId)) {
        itemProblem('council.item_repeated', 'Trường hợp bị lặp lại trong phiếu', 'Item listed twice', index);
      }
      chosen.add(itemId);
      if (!items.has(itemId)) {
        itemProblem(
          'council.item_not_in_meeting',
          'Trường hợp không có trong cuộc họp',
          'Item not in this meeting',
          index,
        );
      }
      if (recused.has(itemId)) {
        itemProblem(
          'council.recused',
          'Bạn không tham gia biểu quyết trường hợp này',
          'You are recused from this item',
          index,
        );
      }
    });
    const missing = [...items].filter((itemId) => !recused.has(itemId) && !chosen.has(itemId));
    if (missing.length > 0) {
      throw badRequest(
        'council.ballot_incomplete',
        `Phiếu còn thiếu ${missing.length} trường hợp chưa chọn.`,
        `The ballot leaves ${missing.length} item(s) without a choice.`,
        [{ field: 'body.choices', message: 'Chưa chọn đủ các trường hợp', messageEn: 'Not every item has a choice' }],
      );
    }

    // The primary key (meeting, user) settles a race between two tabs: the second insert finds the first.
    const [ballot] = await tx
      .insert(councilBallots)
      .values({ meetingId: id, userId: ctx.actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!ballot) alreadyVoted();
    for (const { itemId, choice } of body.choices) {
      const counter = column[choice as VoteChoice];
      await tx
        .update(councilTallies)
        .set({ [choice]: sql`${counter} + 1` })
        .where(and(eq(councilTallies.meetingId, id), eq(councilTallies.itemId, itemId)));
    }
    audit({
      action: 'council_meeting.vote',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      after: { voterId: ctx.actor.userId, castAt: ballot.castAt.toISOString(), items: body.choices.length },
    });
  });
  return getMeeting(ctx, id);
}
