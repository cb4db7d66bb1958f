// Who may read an award proposal and which side of its workflow an officer stands on: the proposing unit's
// keepers draft and submit, the deciding unit's keepers appraise, post and decide.
import {
  nextActions,
  proposalTransitions,
  type ProposalAction,
  type ProposalActorSide,
  type ProposalStatus,
} from '../../shared/proposal-workflow.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { AWARD_KEEPERS, AWARD_READERS } from './awards.policy.ts';
import { inScope, type Placed } from './scope.ts';

export type ProposalPlaces = { proposerUnit: Placed; deciderUnit: Placed; status: ProposalStatus };
type WorkSide = Exclude<ProposalActorSide, 'council'>;

/** The sides the actor keeps: both when one grant covers the proposer and the decider. */
export function proposalSides(actor: Actor, proposal: ProposalPlaces): WorkSide[] {
  const sides: WorkSide[] = [];
  if (inScope(actor, proposal.proposerUnit, AWARD_KEEPERS)) sides.push('proposer');
  if (inScope(actor, proposal.deciderUnit, AWARD_KEEPERS)) sides.push('decider');
  return sides;
}

/** The steps the screens offer this actor: the union over the sides they keep. */
export function proposalNextActions(actor: Actor, proposal: ProposalPlaces): ProposalAction[] {
  const sides = proposalSides(actor, proposal);
  return sides.flatMap((side) => nextActions(proposal.status, side));
}

export function proposalAbilities(actor: Actor, proposal: ProposalPlaces) {
  const sides = proposalSides(actor, proposal);
  const proposer = sides.includes('proposer');
  const decider = sides.includes('decider');
  return {
    edit: proposer && (proposal.status === 'draft' || proposal.status === 'returned'),
    delete: proposer && proposal.status === 'draft',
    appraise: decider && proposal.status === 'appraisal',
    managePosting: decider && proposal.status === 'posting',
  };
}

/** Out of scope of both units: 404 (existence is not revealed). */
export function authorizeProposalRead(actor: Actor, proposal: ProposalPlaces): void {
  if (!inScope(actor, proposal.proposerUnit, AWARD_READERS) && !inScope(actor, proposal.deciderUnit, AWARD_READERS)) {
    throw notFound('proposals');
  }
}

/** A step of one side: 404 when the proposal cannot be read, 403 when the actor is not on that side. */
export function authorizeProposalSide(actor: Actor, proposal: ProposalPlaces, side: WorkSide): void {
  authorizeProposalRead(actor, proposal);
  if (!proposalSides(actor, proposal).includes(side)) throw forbidden();
}

/** The side a workflow action belongs to; the council's own steps are taken only by the meeting's closing. */
export function sideOfAction(action: ProposalAction): ProposalActorSide {
  return proposalTransitions[action].side;
}
