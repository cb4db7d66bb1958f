// Who scores and who reviews a movement's score sheets: the covered unit's keepers assess themselves,
// the keepers of the launching unit (the level above) review, compute and publish the ranking.
import type { SheetAbilities, SheetStatus } from '../../shared/contracts/movement-scores.ts';
import type { Role } from '../../shared/enums.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { AWARD_KEEPERS, AWARD_READERS } from './awards.policy.ts';
import { inScope, type Placed } from './scope.ts';

/** Roles that fill a unit's sheet or review one: those who keep its emulation records. */
export const SCORE_KEEPERS: readonly Role[] = AWARD_KEEPERS;
/** Roles that read sheets and rankings. */
export const SCORE_READERS: readonly Role[] = AWARD_READERS;

export type MovementPlaces = { launchingUnit: Placed };

/** What the actor may do on a movement as its reviewer: read everything, or also review and rank. */
export function reviewerAccess(actor: Actor, movement: MovementPlaces) {
  return {
    read: inScope(actor, movement.launchingUnit, SCORE_READERS),
    write: inScope(actor, movement.launchingUnit, SCORE_KEEPERS),
  };
}

/** What the actor may do on one covered unit's sheet, as the unit's own keeper or as the reviewer. */
export function sheetAccess(actor: Actor, movement: MovementPlaces, unit: Placed) {
  const reviewer = reviewerAccess(actor, movement);
  return {
    read: reviewer.read || inScope(actor, unit, SCORE_READERS),
    selfAssess: inScope(actor, unit, SCORE_KEEPERS),
    review: reviewer.write,
    reviewerRead: reviewer.read,
  };
}
export type SheetAccess = ReturnType<typeof sheetAccess>;

/** Out of scope of both the unit and the launching unit: 404; readable but not the actor's to change: 403. */
export function authorizeSheet(access: SheetAccess, action: 'read' | 'self' | 'review'): void {
  if (!access.read) throw notFound('score_sheets');
  if (action === 'self' && !access.selfAssess) throw forbidden();
  if (action === 'review' && !access.review) throw forbidden();
}

/** Computing and publishing a ranking is the reviewer's: 404 when the movement is out of sight, 403 to readers. */
export function authorizeRanking(actor: Actor, movement: MovementPlaces, visible: boolean): void {
  const access = reviewerAccess(actor, movement);
  if (!access.read && !visible) throw notFound('movements');
  if (!access.write) throw forbidden();
}

export type SheetState = {
  status: SheetStatus;
  movementOpen: boolean;
  locked: boolean;
  /** Past the self-assessment deadline, and not returned by the reviewer for correction. */
  selfClosed: boolean;
};

/** The buttons a sheet shows; the service refuses the same steps with a reason when they are not allowed. */
export function sheetAbilities(access: SheetAccess, state: SheetState): SheetAbilities {
  const open = state.movementOpen && !state.locked;
  const unitTurn = state.status === 'not_started' || state.status === 'draft';
  const reviewTurn = state.status === 'submitted' || state.status === 'reviewed';
  return {
    selfAssess: open && access.selfAssess && unitTurn && !state.selfClosed,
    submit: open && access.selfAssess && state.status === 'draft' && !state.selfClosed,
    review: open && access.review && reviewTurn,
    markReviewed: open && access.review && state.status === 'submitted',
    reopen: open && access.review && reviewTurn,
  };
}
