// What the council's minutes print: the meeting, its members present and absent, recusals and the tallies.
// Only council_tallies is read for the votes: council_ballots says who voted, never what, and is not needed.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  awardProposalItems,
  awardProposals,
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

export async function loadMinutes(db: Database, id: number): Promise<{ owners: Placed[]; data: MinutesData }> {
  const [meeting] = await db.select().from(councilMeetings).where(eq(councilMeetings.id, id));
  if (!meeting) throw notFound('council_meetings');
  const [unit, members, recusals, tallies] = await Promise.all([
    loadUnit(db, meeting.unitId),
    db.select().from(councilMembers).where(eq(councilMembers.meetingId, id)).orderBy(asc(councilMembers.fullName)),
    db.select().from(councilRecusals).where(eq(councilRecusals.meetingId, id)),
    db
      .select({ tally: councilTallies, item: awardProposalItems, proposalTitle: awardProposals.title })
      .from(councilTallies)
      .innerJoin(awardProposalItems, eq(awardProposalItems.id, councilTallies.itemId))
      .innerJoin(awardProposals, eq(awardProposals.id, awardProposalItems.proposalId))
      .where(eq(councilTallies.meetingId, id))
      .orderBy(asc(awardProposals.id), asc(awardProposalItems.position)),
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
  return {
    owners: [unit!],
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
