// Reading proposals back: the header rows with both units placed in the tree, and the summary every list and
// page shows with the actor's next actions and abilities.
import { eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ProposalSummary } from '../../../shared/contracts/proposals.ts';
import type { ActorCtx } from '../../context.ts';
import { awardDecisions, awardProposals, movements, units } from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../../policies/actor.ts';
import { proposalAbilities, proposalNextActions } from '../../policies/proposals.policy.ts';

type Reader = ActorCtx['db'] | Tx;

export const proposerUnits = alias(units, 'proposer_unit');
export const deciderUnits = alias(units, 'decider_unit');

const unitColumns = (table: typeof proposerUnits | typeof deciderUnits) => ({
  id: table.id,
  code: table.code,
  name: table.name,
  shortName: table.shortName,
  path: table.path,
  reportPath: table.reportPath,
});

const itemCount = sql<number>`(SELECT count(*)::int FROM award_proposal_items i WHERE i.proposal_id = ${awardProposals.id})`;

/** The proposal with both units, its movement and decision number, filtered by `where`. */
export function selectProposalRows(db: Reader, where: SQL | undefined) {
  return db
    .select({
      proposal: awardProposals,
      proposerUnit: unitColumns(proposerUnits),
      deciderUnit: unitColumns(deciderUnits),
      movement: { id: movements.id, name: movements.name },
      decisionNo: awardDecisions.decisionNo,
      itemCount,
    })
    .from(awardProposals)
    .innerJoin(proposerUnits, eq(proposerUnits.id, awardProposals.proposerUnitId))
    .innerJoin(deciderUnits, eq(deciderUnits.id, awardProposals.deciderUnitId))
    .leftJoin(movements, eq(movements.id, awardProposals.movementId))
    .leftJoin(awardDecisions, eq(awardDecisions.id, awardProposals.decisionId))
    .where(where);
}

export type ProposalHeaderRow = Awaited<ReturnType<typeof selectProposalRows>>[number];

/** One proposal with its places, or 404. */
export async function loadProposalHeader(db: Reader, id: number): Promise<ProposalHeaderRow> {
  const [row] = await selectProposalRows(db, eq(awardProposals.id, id));
  if (!row) throw notFound('proposals');
  return row;
}

/** The places the policy decides on. */
export const placesOf = (row: ProposalHeaderRow) => ({
  proposerUnit: row.proposerUnit,
  deciderUnit: row.deciderUnit,
  status: row.proposal.status,
});

const ref = (unit: { id: number; code: string; name: string }) => ({ id: unit.id, code: unit.code, name: unit.name });

export function toProposalSummary(actor: Actor, row: ProposalHeaderRow): ProposalSummary {
  const p = row.proposal;
  const places = placesOf(row);
  return {
    id: p.id,
    proposerUnit: ref(row.proposerUnit),
    deciderUnit: ref(row.deciderUnit),
    movement: row.movement?.id ? { id: row.movement.id, name: row.movement.name } : null,
    title: p.title,
    year: p.year,
    occasion: p.occasion,
    status: p.status,
    postingFrom: p.postingFrom,
    postingUntil: p.postingUntil,
    decisionId: p.decisionId,
    decisionNo: row.decisionNo ?? null,
    itemCount: row.itemCount,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
    nextActions: proposalNextActions(actor, places),
    abilities: proposalAbilities(actor, places),
  };
}
