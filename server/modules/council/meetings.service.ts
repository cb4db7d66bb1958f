// Meetings of a deciding unit's council: the list a user may see, one meeting, and creating or editing a
// planned one with its members (users holding a grant on the unit's line of the tree).
import { and, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type {
  CouncilUnitOption,
  Meeting,
  MeetingBody,
  MeetingList,
  MeetingListQuery,
  MeetingSummary,
  MeetingUpdate,
  MemberOption,
} from '../../../shared/contracts/council.ts';
import type { ActorCtx } from '../../context.ts';
import {
  councilMeetingProposals,
  councilMeetings,
  councilMembers,
  roleGrants,
  units,
  users,
} from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { AWARD_KEEPERS, AWARD_READERS } from '../../policies/awards.policy.ts';
import { authorizeCouncilUnit, authorizeMeeting } from '../../policies/council.policy.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { scopeWhere, subtreeWhere, type Placed } from '../../policies/scope.ts';
import { buildMeetingView } from './meeting-view.ts';
import { loadMeeting, meetingRecord } from './meeting-store.ts';

/** Meetings of units in the actor's reading scope, and those they sit on, newest first, a page at a time. */
export async function listMeetings(ctx: ActorCtx, query: MeetingListQuery): Promise<MeetingList> {
  requireCapability(ctx.actor, 'viewProposals');
  const seated = sql`EXISTS (SELECT 1 FROM ${councilMembers} WHERE ${councilMembers.meetingId} = ${councilMeetings.id} AND ${councilMembers.userId} = ${ctx.actor.userId})`;
  const where = and(
    or(scopeWhere(ctx.actor, AWARD_READERS), seated),
    query.status ? eq(councilMeetings.status, query.status) : undefined,
    query.unitId ? eq(councilMeetings.unitId, query.unitId) : undefined,
  );
  const [counted] = await ctx.db
    .select({ total: count() })
    .from(councilMeetings)
    .innerJoin(units, eq(units.id, councilMeetings.unitId))
    .where(where);
  const rows: MeetingSummary[] = await ctx.db
    .select({
      id: councilMeetings.id,
      unitId: units.id,
      unitName: units.name,
      title: councilMeetings.title,
      heldOn: councilMeetings.heldOn,
      location: councilMeetings.location,
      status: councilMeetings.status,
      memberCount: sql<number>`(SELECT count(*)::int FROM ${councilMembers} WHERE ${councilMembers.meetingId} = ${councilMeetings.id})`,
      proposalCount: sql<number>`(SELECT count(*)::int FROM ${councilMeetingProposals} WHERE ${councilMeetingProposals.meetingId} = ${councilMeetings.id})`,
    })
    .from(councilMeetings)
    .innerJoin(units, eq(units.id, councilMeetings.unitId))
    .where(where)
    .orderBy(desc(councilMeetings.heldOn), desc(councilMeetings.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows, total: counted?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getMeeting(ctx: ActorCtx, id: number): Promise<Meeting> {
  requireCapability(ctx.actor, 'viewProposals');
  const meeting = await loadMeeting(ctx.db, id);
  authorizeMeeting(ctx.actor, 'read', await meetingRecord(ctx.db, meeting, ctx.actor));
  return buildMeetingView(ctx, meeting);
}

async function placedUnit(ctx: ActorCtx, unitId: number) {
  const [unit] = await ctx.db
    .select({ id: units.id, path: units.path, reportPath: units.reportPath })
    .from(units)
    .where(and(eq(units.id, unitId), isNull(units.validTo)));
  if (!unit) throw notFound('units');
  return unit;
}

/** Users who may sit on the unit's council: a grant on the unit, above it or below it. */
async function memberCandidates(db: ActorCtx['db'] | Tx, unit: Placed, userIds?: number[]) {
  return db
    .selectDistinct({ userId: users.id, username: users.username, fullName: users.displayName })
    .from(users)
    .innerJoin(roleGrants, eq(roleGrants.userId, users.id))
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(
      and(
        eq(users.disabled, false),
        // Below the unit, or above it along either line (the provincial union reports to the national one).
        or(
          subtreeWhere(unit),
          sql`${unit.path} LIKE ${units.path} || '%'`,
          sql`${unit.reportPath} LIKE ${units.reportPath} || '%'`,
        ),
        userIds ? inArray(users.id, userIds) : undefined,
      ),
    )
    .orderBy(users.displayName);
}

export async function findMemberOptions(ctx: ActorCtx, unitId: number): Promise<{ items: MemberOption[] }> {
  requireCapability(ctx.actor, 'manageProposals');
  const unit = await placedUnit(ctx, unitId);
  authorizeCouncilUnit(ctx.actor, unit);
  return { items: await memberCandidates(ctx.db, unit) };
}

/** The units of the actor's keeper grants: the councils they convene. */
export async function findUnitOptions(ctx: ActorCtx): Promise<{ items: CouncilUnitOption[] }> {
  requireCapability(ctx.actor, 'manageProposals');
  const seen = new Map<number, CouncilUnitOption>();
  for (const grant of ctx.actor.grants) {
    if (AWARD_KEEPERS.includes(grant.role) && !seen.has(grant.unitId)) {
      seen.set(grant.unitId, { id: grant.unitId, code: grant.unitCode, name: grant.unitName });
    }
  }
  return { items: [...seen.values()] };
}

/** Refuses a member list with a repeated user, two chairs, or someone who may not sit on this council. */
async function checkedMembers(tx: Tx, unit: Placed, members: MeetingBody['members']) {
  const problems: { field: string; message: string; messageEn: string }[] = [];
  const seen = new Set<number>();
  members.forEach((member, index) => {
    if (seen.has(member.userId)) {
      problems.push({
        field: `body.members.${index}.userId`,
        message: 'Thành viên bị trùng',
        messageEn: 'Listed twice',
      });
    }
    seen.add(member.userId);
  });
  if (members.filter((m) => m.councilRole === 'chair').length > 1) {
    problems.push({
      field: 'body.members',
      message: 'Hội đồng chỉ có một Chủ tịch',
      messageEn: 'A council has one chair',
    });
  }
  const allowed = new Map(
    (
      await memberCandidates(
        tx,
        unit,
        members.map((m) => m.userId),
      )
    ).map((c) => [c.userId, c]),
  );
  members.forEach((member, index) => {
    if (!allowed.has(member.userId)) {
      problems.push({
        field: `body.members.${index}.userId`,
        message: 'Người này không có quyền tại đơn vị của Hội đồng',
        messageEn: 'This user holds no grant on the council’s unit',
      });
    }
  });
  if (problems.length > 0) {
    throw badRequest(
      'council.members_invalid',
      'Danh sách thành viên Hội đồng không hợp lệ.',
      'The council’s member list is not valid.',
      problems,
    );
  }
  return members.map((member) => ({ ...member, fullName: allowed.get(member.userId)!.fullName }));
}

export async function createMeeting(ctx: ActorCtx, body: MeetingBody): Promise<Meeting> {
  requireCapability(ctx.actor, 'manageProposals');
  const unit = await placedUnit(ctx, body.unitId);
  authorizeCouncilUnit(ctx.actor, unit);
  const id = await withWrite(ctx, async (tx, audit) => {
    const members = await checkedMembers(tx, unit, body.members);
    const [meeting] = await tx
      .insert(councilMeetings)
      .values({
        unitId: unit.id,
        title: body.title,
        heldOn: body.heldOn,
        location: body.location ?? null,
        createdBy: ctx.actor.userId,
      })
      .returning();
    await tx.insert(councilMembers).values(members.map((m) => ({ ...m, meetingId: meeting!.id })));
    audit({
      action: 'council_meeting.create',
      entity: 'council_meeting',
      entityId: meeting!.id,
      unitId: unit.id,
      after: { title: body.title, heldOn: body.heldOn, location: body.location ?? null, members: body.members },
    });
    return meeting!.id;
  });
  return getMeeting(ctx, id);
}

export function notPlanned(): never {
  throw conflict(
    'council.not_planned',
    'Cuộc họp đã bắt đầu bỏ phiếu hoặc đã kết thúc: không thể thay đổi.',
    'The meeting has opened or closed; it can no longer be changed.',
  );
}

/** Edits a planned meeting; members who stay keep their attendance. */
export async function updateMeeting(ctx: ActorCtx, id: number, body: MeetingUpdate): Promise<Meeting> {
  requireCapability(ctx.actor, 'viewProposals');
  await withWrite(ctx, async (tx, audit) => {
    const meeting = await loadMeeting(tx, id, 'update');
    authorizeMeeting(ctx.actor, 'manage', await meetingRecord(tx, meeting, ctx.actor));
    if (meeting.status !== 'planned') notPlanned();
    const members = await checkedMembers(tx, meeting.unit, body.members);
    const before = await tx.select().from(councilMembers).where(eq(councilMembers.meetingId, id));
    const wasPresent = new Set(before.filter((m) => m.present).map((m) => m.userId));
    await tx
      .update(councilMeetings)
      .set({ title: body.title, heldOn: body.heldOn, location: body.location ?? null })
      .where(eq(councilMeetings.id, id));
    await tx.delete(councilMembers).where(eq(councilMembers.meetingId, id));
    await tx
      .insert(councilMembers)
      .values(members.map((m) => ({ ...m, meetingId: id, present: wasPresent.has(m.userId) })));
    audit({
      action: 'council_meeting.update',
      entity: 'council_meeting',
      entityId: id,
      unitId: meeting.unit.id,
      before: {
        title: meeting.title,
        heldOn: meeting.heldOn,
        location: meeting.location,
        members: before.map((m) => ({ userId: m.userId, councilRole: m.councilRole })),
      },
      after: { title: body.title, heldOn: body.heldOn, location: body.location ?? null, members: body.members },
    });
  });
  return getMeeting(ctx, id);
}
