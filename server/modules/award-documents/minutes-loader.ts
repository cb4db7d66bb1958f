// What the council's minutes print: the meeting, its members present and absent, recusals, the ballots received
// (how many were absent members' written ones) and the tallies. Only council_tallies is read for the votes:
// council_ballots says who voted and how, never what. Nothing of the votes is read before the meeting closed.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  awardProposalItems,
  awardProposals,
  councilBallots,
  councilMeetings,
  councilMembers,
  councilRecusals,
  councilTallies,
} from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import type { Placed } from '../../policies/scope.ts';
import type { MinutesData } from './award-document-data.ts';
import { loadIssuer, loadUnit } from './issuer-loader.ts';
import { resolveRecipients } from './recipient-lines.ts';

/** "8 giờ 30 phút", in Vietnam's time zone. */
export function clockVi(at: Date | null): string | null {
  if (!at) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value);
  return minute === 0 ? `${hour} giờ` : `${hour} giờ ${minute} phút`;
}

export type LoadedMinutes = { owners: Placed[]; closed: false } | { owners: Placed[]; closed: true; data: MinutesData };

/**
 * The minutes of a closed meeting. While voting is open the counts change ballot by ballot, and with each
 * member's time of voting on the meeting page they would tell who chose what: only the owners are returned then.
 */
export async function loadMinutes(db: Database, id: number): Promise<LoadedMinutes> {
  const [meeting] = await db.select().from(councilMeetings).where(eq(councilMeetings.id, id));
  if (!meeting) throw notFound('council_meetings');
  const unit = await loadUnit(db, meeting.unitId);
  if (meeting.status !== 'closed') return { owners: [unit!], closed: false };
  const [members, recusals, tallies, ballots] = await Promise.all([
    db.select().from(councilMembers).where(eq(councilMembers.meetingId, id)).orderBy(asc(councilMembers.fullName)),
    db.select().from(councilRecusals).where(eq(councilRecusals.meetingId, id)),
    db
      .select({ tally: councilTallies, item: awardProposalItems, proposalTitle: awardProposals.title })
      .from(councilTallies)
      .innerJoin(awardProposalItems, eq(awardProposalItems.id, councilTallies.itemId))
      .innerJoin(awardProposals, eq(awardProposals.id, awardProposalItems.proposalId))
      .where(eq(councilTallies.meetingId, id))
      .orderBy(asc(awardProposals.id), asc(awardProposalItems.position)),
    db
      .select({ userId: councilBallots.userId, inWriting: councilBallots.inWriting })
      .from(councilBallots)
      .where(eq(councilBallots.meetingId, id)),
  ]);
  const recusedItemIds = recusals
    .map((row) => row.itemId)
    .filter((itemId) => !tallies.some((t) => t.item.id === itemId));
  const recusedItems = recusedItemIds.length
    ? await db.select().from(awardProposalItems).where(inArray(awardProposalItems.id, recusedItemIds))
    : [];
  const allItems = [...tallies.map((row) => row.item), ...recusedItems];
  const lines = await resolveRecipients(db, allItems);
  const nameOfItem = new Map(allItems.map((item, i) => [item.id, lines[i]!.name]));
  const memberName = new Map(members.map((member) => [member.userId, member.fullName]));
  const written = ballots.filter((ballot) => ballot.inWriting);
  return {
    owners: [unit!],
    closed: true,
    data: {
      council: await loadIssuer(db, unit!),
      title: meeting.title,
      heldOn: meeting.heldOn,
      openedAt: clockVi(meeting.openedAt),
      closedAt: clockVi(meeting.closedAt),
      location: meeting.location,
      members: members.map((member) => ({ name: member.fullName, role: member.councilRole, present: member.present })),
      recusals: recusals.map((row) => ({
        member: memberName.get(row.userId) ?? '',
        recipient: nameOfItem.get(row.itemId) ?? '',
        reason: row.reason,
      })),
      ballots: {
        cast: ballots.length,
        written: written.length,
        writtenBy: written
          .map((ballot) => memberName.get(ballot.userId) ?? '')
          .sort((a, b) => a.localeCompare(b, 'vi')),
      },
      items: tallies.map(({ tally, proposalTitle }, i) => ({
        recipient: lines[i]!.name,
        awardName: lines[i]!.awardName,
        proposal: proposalTitle,
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        eligibleVoters: tally.eligibleVoters,
        thresholdShare: tally.thresholdShare === null ? null : Number(tally.thresholdShare),
        denominator: tally.denominator,
        passed: tally.passed,
      })),
    },
  };
}
