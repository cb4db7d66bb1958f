// The secret ballot (bỏ phiếu kín): a present, non-recused member votes once per meeting on every item they may
// vote on, in one transaction; the sealed written ballot of an absent member (lấy ý kiến bằng văn bản, reference
// §5.3) is entered by the secretary, the chair or a keeper under the same rules. The ballot row keeps who and
// when; the choices only ever add to the tallies, and the audit row names the meeting and the voter, never a choice.
import { and, eq, sql } from 'drizzle-orm';
import type { BallotBody, Meeting, WrittenBallotBody } from '../../../shared/contracts/council.ts';
import type { ActorCtx } from '../../context.ts';
import { councilBallots, councilMembers, councilRecusals, councilTallies } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { AppError, badRequest, conflict, forbidden } from '../../errors.ts';
import { authorizeMeeting } from '../../policies/council.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { entersWrittenBallots, loadMeeting, meetingRecord, votableItems, type MeetingRow } from './meeting-store.ts';
import { getMeeting } from './meetings.service.ts';

function alreadyVoted(own: boolean): never {
  throw conflict(
    'council.already_voted',
    own ? 'Bạn đã bỏ phiếu trong cuộc họp này.' : 'Thành viên này đã bỏ phiếu trong cuộc họp này.',
    own ? 'You have already voted in this meeting.' : 'This member has already voted in this meeting.',
  );
}

function requireOpen(meeting: MeetingRow): void {
  if (meeting.status === 'open') return;
  throw conflict(
    meeting.status === 'closed' ? 'council.closed' : 'council.not_open',
    meeting.status === 'closed' ? 'Cuộc họp đã kết thúc: không thể bỏ phiếu nữa.' : 'Cuộc họp chưa bắt đầu bỏ phiếu.',
    meeting.status === 'closed' ? 'The meeting has closed; voting is over.' : 'Voting has not opened yet.',
  );
}

function itemProblem(code: string, vi: string, en: string, index: number): never {
  throw badRequest(code, vi, en, [{ field: `body.choices.${index}.itemId`, message: vi, messageEn: en }]);
}

/** Refuses a choice list that repeats an item, names one not before the meeting or one the voter is recused from. */
async function checkChoices(tx: Tx, meetingId: number, voterId: number, choices: BallotBody['choices']) {
  const items = new Set((await votableItems(tx, meetingId, true)).map((item) => item.id));
  const recused = new Set(
    (
      await tx
        .select({ itemId: councilRecusals.itemId })
        .from(councilRecusals)
        .where(and(eq(councilRecusals.meetingId, meetingId), eq(councilRecusals.userId, voterId)))
    ).map((row) => row.itemId),
  );
  const chosen = new Set<number>();
  choices.forEach(({ itemId }, index) => {
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
        'Thành viên không tham gia biểu quyết trường hợp này',
        'The voter is recused from this item',
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
}

/**
 * Adds the ballot and its choices to the tallies. The rows are updated in item order, so two ballots at once
 * lock them in the same order and never deadlock; and every update has the same text with the increments as
 * parameters, so not even a failed statement's SQL names a choice.
 */
async function castBallot(
  tx: Tx,
  meetingId: number,
  voterId: number,
  choices: BallotBody['choices'],
  inWriting: boolean,
) {
  // The primary key (meeting, user) settles a race between two tabs: the second insert finds the first.
  const [ballot] = await tx
    .insert(councilBallots)
    .values({ meetingId, userId: voterId, inWriting })
    .onConflictDoNothing()
    .returning();
  if (!ballot) alreadyVoted(!inWriting);
  for (const { itemId, choice } of [...choices].sort((a, b) => a.itemId - b.itemId)) {
    await tx
      .update(councilTallies)
      .set({
        yes: sql`${councilTallies.yes} + ${choice === 'yes' ? 1 : 0}`,
        no: sql`${councilTallies.no} + ${choice === 'no' ? 1 : 0}`,
        abstain: sql`${councilTallies.abstain} + ${choice === 'abstain' ? 1 : 0}`,
      })
      .where(and(eq(councilTallies.meetingId, meetingId), eq(councilTallies.itemId, itemId)));
  }
  return ballot;
}

export async function recordBallot(ctx: ActorCtx, id: number, body: BallotBody): Promise<Meeting> {
  requireCapability(ctx.actor, 'viewProposals');
  await withWrite(ctx, async (tx, audit) => {
    // Shared lock: ballots go side by side, and closing (which locks for update) waits for them.
    const meeting = await loadMeeting(tx, id, 'share');
    const record = await meetingRecord(tx, meeting, ctx.actor);
    authorizeMeeting(ctx.actor, 'read', record);
    if (!record.seat) throw forbidden();
    requireOpen(meeting);
    if (!record.seat.present) {
      throw new AppError(
        403,
        'council.absent',
        'Bạn không có mặt tại cuộc họp nên không thể bỏ phiếu.',
        'You are not marked present, so you may not vote.',
      );
    }
    if (record.seat.voted) alreadyVoted(true);
    await checkChoices(tx, id, ctx.actor.userId, body.choices);
    const ballot = await castBallot(tx, id, ctx.actor.userId, body.choices, false);
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

/** POST /council-meetings/:id/written-ballots — an absent member's sealed written ballot, while voting is open. */
export async function recordWrittenBallot(ctx: ActorCtx, id: number, body: WrittenBallotBody): Promise<Meeting> {
  requireCapability(ctx.actor, 'viewProposals');
  await withWrite(ctx, async (tx, audit) => {
    const meeting = await loadMeeting(tx, id, 'share');
    const record = await meetingRecord(tx, meeting, ctx.actor);
    authorizeMeeting(ctx.actor, 'read', record);
    if (!entersWrittenBallots(ctx.actor, meeting, record.seat)) throw forbidden();
    requireOpen(meeting);
    const [member] = await tx
      .select({ present: councilMembers.present })
      .from(councilMembers)
      .where(and(eq(councilMembers.meetingId, id), eq(councilMembers.userId, body.userId)));
    if (!member) {
      throw badRequest('council.not_a_member', 'Người này không thuộc Hội đồng.', 'Not on this council.', [
        { field: 'body.userId', message: 'Không phải thành viên Hội đồng', messageEn: 'Not a member' },
      ]);
    }
    if (member.present) {
      throw conflict(
        'council.member_present',
        'Thành viên có mặt tự bỏ phiếu kín tại cuộc họp; chỉ nhập phiếu bằng văn bản của thành viên vắng mặt.',
        'A present member votes in person; only an absent member’s written ballot is entered.',
        [{ field: 'body.userId', message: 'Thành viên có mặt', messageEn: 'Member is present' }],
      );
    }
    await checkChoices(tx, id, body.userId, body.choices);
    const ballot = await castBallot(tx, id, body.userId, body.choices, true);
    audit({
      action: 'council_meeting.vote',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      after: {
        voterId: body.userId,
        castAt: ballot.castAt.toISOString(),
        items: body.choices.length,
        inWriting: true,
        by: ctx.actor.userId,
      },
    });
  });
  return getMeeting(ctx, id);
}
