// Reading a meeting as every use case needs it: the row with its unit's place in the tree, the asking user's
// seat, and the items the council votes on (of attached proposals still before the council, not excluded).
import { and, eq, exists, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import {
  awardProposalItems,
  awardProposals,
  councilBallots,
  councilMeetingProposals,
  councilMeetings,
  councilMembers,
  councilTallies,
  units,
} from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../../policies/actor.ts';
import { keepsMeeting, type MeetingRecord, type Seat } from '../../policies/council.policy.ts';

type Reader = Ctx['db'] | Tx;

export type MeetingRow = typeof councilMeetings.$inferSelect & {
  unit: { id: number; code: string; name: string; path: string; reportPath: string };
};

/** The meeting with its unit; `lock` serialises votes (share) against closing (update). */
export async function loadMeeting(db: Reader, id: number, lock?: 'share' | 'update'): Promise<MeetingRow> {
  const query = db
    .select({
      meeting: councilMeetings,
      unit: { id: units.id, code: units.code, name: units.name, path: units.path, reportPath: units.reportPath },
    })
    .from(councilMeetings)
    .innerJoin(units, eq(units.id, councilMeetings.unitId))
    .where(eq(councilMeetings.id, id));
  const [row] = lock ? await query.for(lock, { of: councilMeetings }) : await query;
  if (!row) throw notFound('council_meetings');
  return { ...row.meeting, unit: row.unit };
}

export async function seatOf(db: Reader, meetingId: number, userId: number): Promise<Seat> {
  const [member] = await db
    .select({ councilRole: councilMembers.councilRole, present: councilMembers.present })
    .from(councilMembers)
    .where(and(eq(councilMembers.meetingId, meetingId), eq(councilMembers.userId, userId)));
  if (!member) return null;
  const [ballot] = await db
    .select({ userId: councilBallots.userId })
    .from(councilBallots)
    .where(and(eq(councilBallots.meetingId, meetingId), eq(councilBallots.userId, userId)));
  return { ...member, voted: Boolean(ballot) };
}

/** What the policy needs to decide about this actor and this meeting. */
export async function meetingRecord(db: Reader, meeting: MeetingRow, actor: Actor): Promise<MeetingRecord> {
  return { unit: meeting.unit, status: meeting.status, seat: await seatOf(db, meeting.id, actor.userId) };
}

/** Who may enter an absent member's written ballot: a keeper of the meeting's unit, or its chair or secretary. */
export function entersWrittenBallots(actor: Actor, meeting: MeetingRow, seat: Seat): boolean {
  return keepsMeeting(actor, meeting.unit) || seat?.councilRole === 'chair' || seat?.councilRole === 'secretary';
}

export type VotableItem = {
  id: number;
  proposalId: number;
  code: string;
  catalogueEntryId: number;
  personId: number | null;
  unitId: number;
};

/**
 * Items of the attached proposals still in status 'council', not excluded: what the ballot covers. Once voting
 * has opened (`opened`), only the items set up then, with their tally row: a proposal attached later is not
 * voted on half-way through.
 */
export async function votableItems(db: Reader, meetingId: number, opened = false): Promise<VotableItem[]> {
  const proposalIds = await attachedProposalIds(db, meetingId, 'council');
  if (proposalIds.length === 0) return [];
  const rows = await db
    .select({
      id: awardProposalItems.id,
      proposalId: awardProposalItems.proposalId,
      code: awardProposalItems.code,
      catalogueEntryId: awardProposalItems.catalogueEntryId,
      personId: awardProposalItems.personId,
      recipientUnitId: awardProposalItems.recipientUnitId,
      keeperUnitId: awardProposalItems.keeperUnitId,
    })
    .from(awardProposalItems)
    .where(
      and(
        inArray(awardProposalItems.proposalId, proposalIds),
        ne(awardProposalItems.outcome, 'excluded'),
        opened
          ? exists(
              db
                .select({ one: councilTallies.itemId })
                .from(councilTallies)
                .where(and(eq(councilTallies.meetingId, meetingId), eq(councilTallies.itemId, awardProposalItems.id))),
            )
          : undefined,
      ),
    )
    .orderBy(awardProposalItems.proposalId, awardProposalItems.position);
  return rows.map((row) => ({
    id: row.id,
    proposalId: row.proposalId,
    code: row.code,
    catalogueEntryId: row.catalogueEntryId,
    personId: row.personId,
    // A collective is placed by itself; a person by the unit that keeps their record.
    unitId: row.recipientUnitId ?? row.keeperUnitId,
  }));
}

/** The proposals attached to a meeting, optionally only those in one status. */
export async function attachedProposalIds(db: Reader, meetingId: number, status?: 'council'): Promise<number[]> {
  const rows = await db
    .select({ id: awardProposals.id })
    .from(councilMeetingProposals)
    .innerJoin(awardProposals, eq(awardProposals.id, councilMeetingProposals.proposalId))
    .where(
      and(eq(councilMeetingProposals.meetingId, meetingId), status ? eq(awardProposals.status, status) : undefined),
    )
    .orderBy(awardProposals.id);
  return rows.map((row) => row.id);
}
