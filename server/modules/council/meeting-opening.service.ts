// Before the vote: who is present, opening the vote (quorum and at least one proposal before the council), and
// the recusals — computed at opening (the candidate themself; their own unit where the settings say so) or
// added by a keeper with a reason.
import { and, eq, inArray } from 'drizzle-orm';
import type { AttendanceBody, Meeting, RecusalBody } from '../../../shared/contracts/council.ts';
import type { ActorCtx } from '../../context.ts';
import {
  councilBallots,
  councilMeetings,
  councilMembers,
  councilRecusals,
  councilTallies,
  roleGrants,
  units,
  users,
} from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict } from '../../errors.ts';
import { authorizeMeeting } from '../../policies/council.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import type { Placed } from '../../policies/scope.ts';
import { councilCatalogue } from './council-catalogue.ts';
import { hasQuorum, quorumRequired } from './council-rules.ts';
import type { CouncilSettings } from './council-settings.ts';
import { loadMeeting, meetingRecord, votableItems, type MeetingRow, type VotableItem } from './meeting-store.ts';
import { getMeeting, notPlanned } from './meetings.service.ts';

export const RECUSAL_CANDIDATE = 'Là người được đề nghị khen thưởng';
export const RECUSAL_SAME_UNIT = 'Cùng đơn vị với đối tượng được đề nghị khen thưởng';

async function managedMeeting(ctx: ActorCtx, tx: Tx, id: number): Promise<MeetingRow> {
  requireCapability(ctx.actor, 'viewProposals');
  const meeting = await loadMeeting(tx, id, 'update');
  authorizeMeeting(ctx.actor, 'manage', await meetingRecord(tx, meeting, ctx.actor));
  return meeting;
}

/** Marks who is present (everyone else absent); only before the vote opens. */
export async function recordAttendance(ctx: ActorCtx, id: number, body: AttendanceBody): Promise<Meeting> {
  await withWrite(ctx, async (tx, audit) => {
    const meeting = await managedMeeting(ctx, tx, id);
    if (meeting.status !== 'planned') notPlanned();
    const members = await tx.select().from(councilMembers).where(eq(councilMembers.meetingId, id));
    const memberIds = new Set(members.map((m) => m.userId));
    const strangers = body.presentUserIds.filter((userId) => !memberIds.has(userId));
    if (strangers.length > 0) {
      throw badRequest(
        'council.not_a_member',
        'Có người không thuộc Hội đồng của cuộc họp này.',
        'Someone listed is not on this meeting’s council.',
        [{ field: 'body.presentUserIds', message: 'Không phải thành viên Hội đồng', messageEn: 'Not a member' }],
      );
    }
    const present = new Set(body.presentUserIds);
    for (const member of members) {
      const now = present.has(member.userId);
      if (now !== member.present) {
        await tx
          .update(councilMembers)
          .set({ present: now })
          .where(and(eq(councilMembers.meetingId, id), eq(councilMembers.userId, member.userId)));
      }
    }
    audit({
      action: 'council_meeting.attendance',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      before: { present: members.filter((m) => m.present).map((m) => m.userId) },
      after: { present: [...present], members: members.length },
    });
  });
  return getMeeting(ctx, id);
}

const isAncestorOrSelf = (upper: Placed, lower: Placed) =>
  lower.path.startsWith(upper.path) || lower.reportPath.startsWith(upper.reportPath);

/**
 * The recusals the rules impose: a member whose login is the candidate's, or, where set, a member with a grant on
 * the candidate's unit or a unit above it (the hospital for one of its departments). Grants on the council's own
 * unit or above it do not count: every candidate before the council sits below those.
 */
async function computedRecusals(
  tx: Tx,
  meeting: MeetingRow,
  items: VotableItem[],
  settings: CouncilSettings,
  levelOf: (item: VotableItem) => string | null,
) {
  const members = await tx
    .select({ userId: councilMembers.userId, personId: users.personId })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(eq(councilMembers.meetingId, meeting.id));
  const meetingId = meeting.id;
  const grants = (
    members.length
      ? await tx
          .select({ userId: roleGrants.userId, path: units.path, reportPath: units.reportPath })
          .from(roleGrants)
          .innerJoin(units, eq(units.id, roleGrants.unitId))
          .where(
            inArray(
              roleGrants.userId,
              members.map((m) => m.userId),
            ),
          )
      : []
  ).filter((grant) => !isAncestorOrSelf(grant, meeting.unit));
  const itemUnits = new Map(
    (items.length
      ? await tx
          .select({ id: units.id, path: units.path, reportPath: units.reportPath })
          .from(units)
          .where(
            inArray(
              units.id,
              items.map((item) => item.unitId),
            ),
          )
      : []
    ).map((unit) => [unit.id, unit]),
  );
  const rows: { meetingId: number; userId: number; itemId: number; reason: string }[] = [];
  for (const item of items) {
    const level = levelOf(item);
    const sameUnitApplies =
      settings.recuseCandidateUnit.codes.includes(item.code) ||
      (level !== null && (settings.recuseCandidateUnit.levels as readonly string[]).includes(level));
    for (const member of members) {
      if (item.personId !== null && member.personId === item.personId) {
        rows.push({ meetingId, userId: member.userId, itemId: item.id, reason: RECUSAL_CANDIDATE });
      } else if (
        sameUnitApplies &&
        grants.some((g) => g.userId === member.userId && isAncestorOrSelf(g, itemUnits.get(item.unitId)!))
      ) {
        rows.push({ meetingId, userId: member.userId, itemId: item.id, reason: RECUSAL_SAME_UNIT });
      }
    }
  }
  return rows;
}

/** Opens the vote: needs the quorum and at least one item before the council; recusals and tallies are set up. */
export async function openMeeting(ctx: ActorCtx, id: number): Promise<Meeting> {
  await withWrite(ctx, async (tx, audit) => {
    const meeting = await managedMeeting(ctx, tx, id);
    if (meeting.status !== 'planned') notPlanned();
    const items = await votableItems(tx, id);
    const catalogue = await councilCatalogue(
      tx,
      items.map((item) => item.catalogueEntryId),
    );
    const members = await tx.select().from(councilMembers).where(eq(councilMembers.meetingId, id));
    const present = members.filter((m) => m.present).length;
    const share = catalogue.settings.quorumShare;
    if (!hasQuorum(present, members.length, share)) {
      const required = quorumRequired(members.length, share);
      throw conflict(
        'council.no_quorum',
        `Chưa đủ số thành viên dự họp: có mặt ${present}/${members.length}, cần ít nhất ${required}.`,
        `No quorum: ${present} of ${members.length} present, at least ${required} needed.`,
      );
    }
    if (items.length === 0) {
      throw conflict(
        'council.no_proposals',
        'Cuộc họp chưa có đề nghị nào đang chờ Hội đồng xét.',
        'The meeting has no proposal before the council.',
      );
    }
    const recusals = await computedRecusals(
      tx,
      meeting,
      items,
      catalogue.settings,
      (item) => catalogue.formOf(item.catalogueEntryId).level,
    );
    if (recusals.length > 0) await tx.insert(councilRecusals).values(recusals).onConflictDoNothing();
    await tx
      .insert(councilTallies)
      .values(items.map((item) => ({ meetingId: id, itemId: item.id })))
      .onConflictDoNothing();
    await tx.update(councilMeetings).set({ status: 'open', openedAt: new Date() }).where(eq(councilMeetings.id, id));
    audit({
      action: 'council_meeting.open',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      before: { status: 'planned' },
      after: {
        status: 'open',
        members: members.length,
        present,
        quorumShare: share,
        items: items.map((item) => item.id),
        recusals: recusals.map(({ userId, itemId, reason }) => ({ userId, itemId, reason })),
      },
    });
  });
  return getMeeting(ctx, id);
}

/** A keeper recuses a member from an item, with a reason; not once the member has voted. */
export async function addRecusal(ctx: ActorCtx, id: number, body: RecusalBody): Promise<Meeting> {
  await withWrite(ctx, async (tx, audit) => {
    const meeting = await managedMeeting(ctx, tx, id);
    if (meeting.status === 'closed') {
      throw conflict('council.closed', 'Cuộc họp đã kết thúc.', 'The meeting has closed.');
    }
    const [member] = await tx
      .select()
      .from(councilMembers)
      .where(and(eq(councilMembers.meetingId, id), eq(councilMembers.userId, body.userId)));
    if (!member) {
      throw badRequest('council.not_a_member', 'Người này không thuộc Hội đồng.', 'Not on this council.', [
        { field: 'body.userId', message: 'Không phải thành viên Hội đồng', messageEn: 'Not a member' },
      ]);
    }
    const items = await votableItems(tx, id, meeting.status === 'open');
    if (!items.some((item) => item.id === body.itemId)) {
      throw badRequest(
        'council.item_not_in_meeting',
        'Trường hợp này không có trong cuộc họp.',
        'This item is not before this meeting.',
        [{ field: 'body.itemId', message: 'Không có trong cuộc họp', messageEn: 'Not in this meeting' }],
      );
    }
    const [ballot] = await tx
      .select()
      .from(councilBallots)
      .where(and(eq(councilBallots.meetingId, id), eq(councilBallots.userId, body.userId)));
    if (ballot) {
      throw conflict(
        'council.already_voted',
        'Thành viên này đã bỏ phiếu: không thể cho rút khỏi biểu quyết nữa.',
        'This member has already voted; the recusal comes too late.',
      );
    }
    await tx
      .insert(councilRecusals)
      .values({ meetingId: id, userId: body.userId, itemId: body.itemId, reason: body.reason })
      .onConflictDoUpdate({
        target: [councilRecusals.meetingId, councilRecusals.userId, councilRecusals.itemId],
        set: { reason: body.reason },
      });
    audit({
      action: 'council_meeting.update',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      after: { recusal: body },
    });
  });
  return getMeeting(ctx, id);
}
