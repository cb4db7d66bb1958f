// One meeting as its page shows it: members with attendance and whether they voted, the quorum, the attached
// proposals and their items with recusals and thresholds, and — only once closed — each item's tally.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Meeting, MeetingItem, VoteDenominator } from '../../../shared/contracts/council.ts';
import type { ActorCtx } from '../../context.ts';
import {
  awardProposalItems,
  awardProposals,
  councilBallots,
  councilMeetingProposals,
  councilMembers,
  councilRecusals,
  councilTallies,
  people,
  units,
  users,
} from '../../db/schema/index.ts';
import { meetingAbilities } from '../../policies/council.policy.ts';
import { councilCatalogue } from './council-catalogue.ts';
import { hasQuorum, quorumRequired } from './council-rules.ts';
import { entersWrittenBallots, meetingRecord, votableItems, type MeetingRow } from './meeting-store.ts';

async function membersOf(ctx: ActorCtx, meetingId: number) {
  return ctx.db
    .select({
      userId: councilMembers.userId,
      username: users.username,
      fullName: councilMembers.fullName,
      councilRole: councilMembers.councilRole,
      present: councilMembers.present,
      votedAt: councilBallots.castAt,
      inWriting: councilBallots.inWriting,
    })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .leftJoin(
      councilBallots,
      and(eq(councilBallots.meetingId, councilMembers.meetingId), eq(councilBallots.userId, councilMembers.userId)),
    )
    .where(eq(councilMembers.meetingId, meetingId))
    .orderBy(
      // As the minutes list them: the chair, the vice chairs, the secretary, then the members.
      sql`CASE ${councilMembers.councilRole} WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END`,
      asc(councilMembers.fullName),
    );
}

async function proposalsOf(ctx: ActorCtx, meetingId: number) {
  return ctx.db
    .select({
      id: awardProposals.id,
      title: awardProposals.title,
      proposerUnitName: units.name,
      status: awardProposals.status,
      postingFrom: awardProposals.postingFrom,
      postingUntil: awardProposals.postingUntil,
    })
    .from(councilMeetingProposals)
    .innerJoin(awardProposals, eq(awardProposals.id, councilMeetingProposals.proposalId))
    .innerJoin(units, eq(units.id, awardProposals.proposerUnitId))
    .where(eq(councilMeetingProposals.meetingId, meetingId))
    .orderBy(awardProposals.id);
}

async function itemsOf(ctx: ActorCtx, proposalIds: number[]) {
  if (proposalIds.length === 0) return [];
  return ctx.db
    .select({
      id: awardProposalItems.id,
      proposalId: awardProposalItems.proposalId,
      position: awardProposalItems.position,
      code: awardProposalItems.code,
      catalogueEntryId: awardProposalItems.catalogueEntryId,
      personName: people.fullName,
      recipientUnitName: units.name,
      outcome: awardProposalItems.outcome,
      outcomeReason: awardProposalItems.outcomeReason,
    })
    .from(awardProposalItems)
    .leftJoin(people, eq(people.id, awardProposalItems.personId))
    .leftJoin(units, eq(units.id, awardProposalItems.recipientUnitId))
    .where(inArray(awardProposalItems.proposalId, proposalIds))
    .orderBy(awardProposalItems.proposalId, awardProposalItems.position);
}

/** Builds the page's data for `ctx.actor`; the caller has already decided the actor may read it. */
export async function buildMeetingView(ctx: ActorCtx, meeting: MeetingRow): Promise<Meeting> {
  const [members, proposals, record] = await Promise.all([
    membersOf(ctx, meeting.id),
    proposalsOf(ctx, meeting.id),
    meetingRecord(ctx.db, meeting, ctx.actor),
  ]);
  const items = await itemsOf(
    ctx,
    proposals.map((p) => p.id),
  );
  const [recusals, tallies, catalogue, votable] = await Promise.all([
    ctx.db
      .select({ userId: councilRecusals.userId, itemId: councilRecusals.itemId, reason: councilRecusals.reason })
      .from(councilRecusals)
      .where(eq(councilRecusals.meetingId, meeting.id)),
    meeting.status === 'closed'
      ? ctx.db.select().from(councilTallies).where(eq(councilTallies.meetingId, meeting.id))
      : Promise.resolve([]),
    councilCatalogue(
      ctx.db,
      items.map((item) => item.catalogueEntryId),
    ),
    votableItems(ctx.db, meeting.id, true),
  ]);
  const nameOf = new Map(members.map((m) => [m.userId, m.fullName]));
  const tallyOf = new Map(tallies.map((t) => [t.itemId, t]));
  const present = members.filter((m) => m.present).length;
  const share = catalogue.settings.quorumShare;

  const toItem = (item: (typeof items)[number]): MeetingItem => {
    const form = catalogue.formOf(item.catalogueEntryId);
    const tally = tallyOf.get(item.id);
    return {
      id: item.id,
      position: item.position,
      code: item.code,
      awardName: form.nameVi || item.code,
      recipientName: item.personName ?? item.recipientUnitName ?? '',
      recipientUnitName: item.recipientUnitName,
      outcome: item.outcome,
      outcomeReason: item.outcomeReason,
      threshold: form.threshold,
      recusals: recusals
        .filter((r) => r.itemId === item.id)
        .map((r) => ({ userId: r.userId, fullName: nameOf.get(r.userId) ?? '', reason: r.reason })),
      tally: tally
        ? {
            yes: tally.yes,
            no: tally.no,
            abstain: tally.abstain,
            eligibleVoters: tally.eligibleVoters,
            thresholdShare: tally.thresholdShare === null ? null : Number(tally.thresholdShare),
            denominator: (tally.denominator as VoteDenominator | null) ?? null,
            passed: tally.passed,
          }
        : null,
    };
  };

  // What each member may vote on: every item set up at opening, less their recusals. A member recused from every
  // item has no ballot to cast and is not counted among the voters.
  const itemsOfMember = (userId: number) => {
    const recused = new Set(recusals.filter((r) => r.userId === userId).map((r) => r.itemId));
    return votable.map((v) => v.id).filter((id) => !recused.has(id));
  };
  const mayVote = new Map(members.map((m) => [m.userId, itemsOfMember(m.userId)]));
  const myItems = mayVote.get(ctx.actor.userId) ?? [];
  const base = meetingAbilities(ctx.actor, record);
  const abilities = { ...base, vote: base.vote && myItems.length > 0 };
  const writtenFor =
    meeting.status === 'open' && entersWrittenBallots(ctx.actor, meeting, record.seat)
      ? members.filter((m) => !m.present && m.votedAt === null && (mayVote.get(m.userId)?.length ?? 0) > 0)
      : [];
  const voters = members.filter(
    (m) => (m.present && (mayVote.get(m.userId)?.length ?? 0) > 0) || (!m.present && m.votedAt !== null),
  ).length;
  return {
    id: meeting.id,
    unitId: meeting.unit.id,
    unitCode: meeting.unit.code,
    unitName: meeting.unit.name,
    title: meeting.title,
    heldOn: meeting.heldOn,
    location: meeting.location,
    status: meeting.status,
    openedAt: meeting.openedAt?.toISOString() ?? null,
    closedAt: meeting.closedAt?.toISOString() ?? null,
    memberCount: members.length,
    proposalCount: proposals.length,
    members: members.map((m) => ({
      userId: m.userId,
      username: m.username,
      fullName: m.fullName,
      councilRole: m.councilRole,
      present: m.present,
      voted: m.votedAt !== null,
      votedAt: m.votedAt?.toISOString() ?? null,
      inWriting: m.inWriting === true,
    })),
    quorum: {
      members: members.length,
      present,
      required: quorumRequired(members.length, share),
      share,
      met: hasQuorum(present, members.length, share),
    },
    ballots: {
      cast: members.filter((m) => m.votedAt !== null).length,
      voters,
      written: members.filter((m) => m.inWriting === true).length,
    },
    proposals: proposals.map((p) => ({
      ...p,
      items: items.filter((item) => item.proposalId === p.id).map(toItem),
    })),
    myVotableItemIds: abilities.vote ? myItems : [],
    writtenBallotUserIds: writtenFor.map((m) => m.userId),
    votableItemIdsByMember: writtenFor.map((m) => ({ userId: m.userId, itemIds: mayVote.get(m.userId)! })),
    abilities,
  };
}
