// The proposal page: header, items with their eligibility, appraisal, council tally and files, the objections,
// the history of steps and the decision.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AwardType, EligibilityResult } from '../../../shared/contracts/emulation.ts';
import type { ProposalDetail, ProposalItem } from '../../../shared/contracts/proposals.ts';
import type { ActorCtx } from '../../context.ts';
import {
  attachments,
  awardDecisions,
  awardProposalEvents,
  awardProposalItemFiles,
  awardProposalItems,
  catalogueEntries,
  councilMeetingProposals,
  councilMeetings,
  councilTallies,
  people,
  proposalObjections,
  units,
  users,
} from '../../db/schema/index.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeProposalRead } from '../../policies/proposals.policy.ts';
import { loadProposalHeader, placesOf, toProposalSummary } from './proposal-rows.ts';

type Db = ActorCtx['db'];

const recipientUnits = alias(units, 'recipient_unit');
const keeperUnits = alias(units, 'keeper_unit');

/** The latest meeting the proposal was sent to, if any. */
async function latestMeeting(db: Db, proposalId: number) {
  const [meeting] = await db
    .select({
      id: councilMeetings.id,
      title: councilMeetings.title,
      heldOn: councilMeetings.heldOn,
      status: councilMeetings.status,
    })
    .from(councilMeetingProposals)
    .innerJoin(councilMeetings, eq(councilMeetings.id, councilMeetingProposals.meetingId))
    .where(eq(councilMeetingProposals.proposalId, proposalId))
    .orderBy(desc(councilMeetings.heldOn), desc(councilMeetings.id))
    .limit(1);
  return meeting ?? null;
}

function eligibilityOf(stored: unknown): ProposalItem['eligibility'] {
  if (!stored || typeof stored !== 'object') return null;
  const result = stored as EligibilityResult;
  return { verdict: result.verdict, ruleSetId: result.ruleSetId, reasons: result.reasons, pending: result.pending };
}

/** Only a closed meeting's counts: while the ballot is open, counts beside who has voted would reveal choices. */
async function loadItems(db: Db, proposalId: number, closedMeetingId: number | null): Promise<ProposalItem[]> {
  const rows = await db
    .select({
      item: awardProposalItems,
      definition: catalogueEntries.definition,
      person: { id: people.id, fullName: people.fullName },
      recipientUnit: { id: recipientUnits.id, code: recipientUnits.code, name: recipientUnits.name },
      keeper: { id: keeperUnits.id, code: keeperUnits.code, name: keeperUnits.name },
    })
    .from(awardProposalItems)
    .innerJoin(catalogueEntries, eq(catalogueEntries.id, awardProposalItems.catalogueEntryId))
    .innerJoin(keeperUnits, eq(keeperUnits.id, awardProposalItems.keeperUnitId))
    .leftJoin(people, eq(people.id, awardProposalItems.personId))
    .leftJoin(recipientUnits, eq(recipientUnits.id, awardProposalItems.recipientUnitId))
    .where(eq(awardProposalItems.proposalId, proposalId))
    .orderBy(asc(awardProposalItems.position));
  const ids = rows.map((row) => row.item.id);
  const [files, tallies] = ids.length
    ? await Promise.all([
        db
          .select({
            itemId: awardProposalItemFiles.itemId,
            id: attachments.id,
            fileName: attachments.fileName,
            byteSize: attachments.byteSize,
          })
          .from(awardProposalItemFiles)
          .innerJoin(attachments, eq(attachments.id, awardProposalItemFiles.attachmentId))
          .where(inArray(awardProposalItemFiles.itemId, ids))
          .orderBy(asc(attachments.id)),
        closedMeetingId === null
          ? []
          : db
              .select()
              .from(councilTallies)
              .where(and(eq(councilTallies.meetingId, closedMeetingId), inArray(councilTallies.itemId, ids))),
      ])
    : [[], []];
  return rows.map(({ item, definition, person, recipientUnit, keeper }) => {
    const type = definition as AwardType;
    const tally = tallies.find((row) => row.itemId === item.id);
    return {
      id: item.id,
      position: item.position,
      code: item.code,
      nameVi: type.nameVi,
      nameEn: type.nameEn,
      recipient:
        item.personId !== null
          ? { kind: 'individual' as const, personId: item.personId, fullName: person?.fullName ?? '' }
          : {
              kind: 'collective' as const,
              unitId: recipientUnit!.id,
              code: recipientUnit!.code,
              name: recipientUnit!.name,
            },
      keeperUnit: keeper,
      achievementReport: item.achievementReport,
      files: files.filter((file) => file.itemId === item.id).map(({ itemId: _itemId, ...file }) => file),
      eligibility: eligibilityOf(item.eligibility),
      eligibilityCheckedAt: item.eligibilityCheckedAt?.toISOString() ?? null,
      appraisalNote: item.appraisalNote,
      outcome: item.outcome,
      outcomeReason: item.outcomeReason,
      awardId: item.awardId,
      tally: tally
        ? {
            yes: tally.yes,
            no: tally.no,
            abstain: tally.abstain,
            eligibleVoters: tally.eligibleVoters,
            passed: tally.passed,
          }
        : null,
    };
  });
}

export async function getProposal(ctx: ActorCtx, id: number): Promise<ProposalDetail> {
  requireCapability(ctx.actor, 'viewProposals');
  const header = await loadProposalHeader(ctx.db, id);
  authorizeProposalRead(ctx.actor, placesOf(header));
  const meeting = await latestMeeting(ctx.db, id);
  const [items, objections, events, decision] = await Promise.all([
    loadItems(ctx.db, id, meeting?.status === 'closed' ? meeting.id : null),
    ctx.db
      .select()
      .from(proposalObjections)
      .where(eq(proposalObjections.proposalId, id))
      .orderBy(asc(proposalObjections.receivedOn), asc(proposalObjections.id)),
    ctx.db
      .select({ event: awardProposalEvents, actorName: users.displayName })
      .from(awardProposalEvents)
      .leftJoin(users, eq(users.id, awardProposalEvents.actorId))
      .where(eq(awardProposalEvents.proposalId, id))
      .orderBy(asc(awardProposalEvents.at), asc(awardProposalEvents.id)),
    header.proposal.decisionId === null
      ? Promise.resolve([])
      : ctx.db.select().from(awardDecisions).where(eq(awardDecisions.id, header.proposal.decisionId)),
  ]);
  const d = decision[0];
  return {
    ...toProposalSummary(ctx.actor, header),
    items,
    objections: objections.map((o) => ({
      id: o.id,
      itemId: o.itemId,
      receivedOn: o.receivedOn,
      raisedBy: o.raisedBy,
      content: o.content,
      status: o.status,
      resolution: o.resolution,
      resolvedAt: o.resolvedAt?.toISOString() ?? null,
    })),
    events: events.map(({ event, actorName }) => ({
      id: event.id,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      actorName,
      at: event.at.toISOString(),
    })),
    meeting,
    decision: d
      ? {
          id: d.id,
          decisionNo: d.decisionNo,
          decisionDate: d.decisionDate,
          signerName: d.signerName,
          signerTitle: d.signerTitle,
          revokedAt: d.revokedAt?.toISOString() ?? null,
          revokedReason: d.revokedReason,
        }
      : null,
  };
}
