// Everything a decision's documents print, read from the decision, its awards, the proposals it decided and the
// council meetings that considered them. An award revoked on its own is left out of the annex; a revoked decision
// keeps every recipient it named, and prints marked as revoked.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  awardDecisions,
  awardProposals,
  awards,
  councilMeetingProposals,
  councilMeetings,
  movements,
  units,
} from '../../db/schema/index.ts';
import { vietnamToday } from '../../../shared/dates.ts';
import { notFound } from '../../errors.ts';
import type { Placed } from '../../policies/scope.ts';
import type { DecisionData, IssuingBody } from './award-document-data.ts';
import { loadIssuer, loadUnit } from './issuer-loader.ts';
import { resolveRecipients, type ResolvedRecipient } from './recipient-lines.ts';

export type LoadedDecision = {
  decision: typeof awardDecisions.$inferSelect;
  /** The deciding unit and the proposing units: who may print. */
  owners: Placed[];
  issuer: IssuingBody | null;
  data: DecisionData;
  awards: { id: number; revoked: boolean; recipient: ResolvedRecipient }[];
};

/** "đã có thành tích xuất sắc trong phong trào thi đua năm 2025", or in the movement the proposal was for. */
function achievementOf(year: number, movementName: string | undefined): string {
  return movementName
    ? `đã có thành tích xuất sắc trong ${movementName}`
    : `đã có thành tích xuất sắc trong phong trào thi đua năm ${year}`;
}

export async function loadDecision(db: Database, id: number): Promise<LoadedDecision> {
  const [decision] = await db.select().from(awardDecisions).where(eq(awardDecisions.id, id));
  if (!decision) throw notFound('award_decisions');
  const [awardRows, proposalRows] = await Promise.all([
    db.select().from(awards).where(eq(awards.decisionId, id)).orderBy(asc(awards.id)),
    db
      .select({ proposal: awardProposals, proposer: units })
      .from(awardProposals)
      .innerJoin(units, eq(units.id, awardProposals.proposerUnitId))
      .where(eq(awardProposals.decisionId, id))
      .orderBy(asc(awardProposals.id)),
  ]);
  const proposalIds = proposalRows.map((row) => row.proposal.id);
  const movementIds = proposalRows.map((row) => row.proposal.movementId).filter((v): v is number => v !== null);
  const [meetingRows, movementRows, deciderUnit, recipients] = await Promise.all([
    proposalIds.length
      ? db
          .selectDistinct({ heldOn: councilMeetings.heldOn })
          .from(councilMeetingProposals)
          .innerJoin(councilMeetings, eq(councilMeetings.id, councilMeetingProposals.meetingId))
          .where(inArray(councilMeetingProposals.proposalId, proposalIds))
      : Promise.resolve([]),
    movementIds.length ? db.select().from(movements).where(inArray(movements.id, movementIds)) : Promise.resolve([]),
    decision.deciderUnitId ? loadUnit(db, decision.deciderUnitId) : Promise.resolve(null),
    resolveRecipients(
      db,
      awardRows.map((row) => ({ ...row, keeperUnitId: row.unitId })),
    ),
  ]);
  const owners: Placed[] = [...(deciderUnit ? [deciderUnit] : []), ...proposalRows.map((row) => row.proposer)];
  // A decision of an outside authority has no union unit: those who keep its recipients' records may read it.
  if (!deciderUnit && awardRows.length) {
    owners.push(
      ...(await db
        .select()
        .from(units)
        .where(
          inArray(
            units.id,
            awardRows.map((row) => row.unitId),
          ),
        )),
    );
  }
  const issuer = deciderUnit ? await loadIssuer(db, deciderUnit) : null;
  const named = awardRows.map((row, i) => ({ row, recipient: recipients[i]! }));
  const listed = decision.revokedAt ? named : named.filter(({ row }) => !row.revoked);
  const year = awardRows[0]?.year ?? decision.decisionYear;
  return {
    decision,
    owners,
    issuer,
    awards: awardRows.map((row, i) => ({ id: row.id, revoked: row.revoked, recipient: recipients[i]! })),
    data: {
      issuer: issuer ?? { parentBody: null, name: decision.deciderName, place: 'Hà Nội' },
      number: decision.decisionNo,
      date: decision.decisionDate,
      year,
      signerTitle: decision.signerTitle,
      signerName: decision.signerName ?? '',
      councilDates: meetingRows.map((row) => row.heldOn),
      proposals: proposalRows.map((row) => ({
        proposer: row.proposer.name,
        coverLetterNo: row.proposal.coverLetterNo,
        coverLetterDate: row.proposal.coverLetterDate,
      })),
      achievement: achievementOf(year, movementRows[0]?.name),
      recipients: listed.map(({ recipient }) => recipient),
      revoked: decision.revokedAt ? { on: vietnamToday(decision.revokedAt), reason: decision.revokedReason } : null,
    },
  };
}
