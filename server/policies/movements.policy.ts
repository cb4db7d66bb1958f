// Who may read and run emulation movements, clusters, pledges and agreements: decided by the units they touch.
import type { MovementAbilities, MovementStatus } from '../../shared/contracts/movements.ts';
import type { Role } from '../../shared/enums.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { AWARD_KEEPERS, AWARD_READERS } from './awards.policy.ts';
import { inScope, type Placed } from './scope.ts';

/** Roles that launch movements, keep clusters and agreements, and register pledges for the units in their scope. */
export const MOVEMENT_KEEPERS: readonly Role[] = AWARD_KEEPERS;
/** Roles that read them: those who read award histories, which the movements feed. */
export const MOVEMENT_READERS: readonly Role[] = AWARD_READERS;

/** A movement is placed by its launching unit and by each unit it covers. */
export type MovementPlaces = { launching: Placed; covered: readonly Placed[] };

export function canReadMovement(actor: Actor, places: MovementPlaces): boolean {
  return (
    inScope(actor, places.launching, MOVEMENT_READERS) ||
    places.covered.some((unit) => inScope(actor, unit, MOVEMENT_READERS))
  );
}

/** Out of scope of the launching unit and of every covered unit: 404; a write needs a keeper above the launcher: 403. */
export function authorizeMovement(actor: Actor, action: 'read' | 'write', places: MovementPlaces): void {
  if (!canReadMovement(actor, places)) throw notFound('movements');
  if (action === 'write' && !inScope(actor, places.launching, MOVEMENT_KEEPERS)) throw forbidden();
}

export function movementAbilities(actor: Actor, launching: Placed, status: MovementStatus): MovementAbilities {
  const keeps = inScope(actor, launching, MOVEMENT_KEEPERS);
  return {
    update: keeps && status !== 'closed',
    editSheet: keeps && status === 'draft',
    delete: keeps && status === 'draft',
    launch: keeps && status === 'draft',
    close: keeps && status === 'launched',
    manageAgreements: keeps && status !== 'draft',
  };
}

/** A new record's own unit (launching unit, organising unit): 404 out of scope, 403 without a keeper's role. */
export function authorizeKeeperUnit(actor: Actor, unit: Placed, entity: string): void {
  if (!inScope(actor, unit, MOVEMENT_READERS)) throw notFound(entity);
  if (!inScope(actor, unit, MOVEMENT_KEEPERS)) throw forbidden();
}

/** A pledge is registered by keepers in scope of the covered unit (keepers of the launching unit are above it). */
export function canKeepPledges(actor: Actor, unit: Placed): boolean {
  return inScope(actor, unit, MOVEMENT_KEEPERS);
}

export function authorizePledgeUnit(actor: Actor, unit: Placed): void {
  if (!inScope(actor, unit, MOVEMENT_READERS)) throw notFound('units');
  if (!canKeepPledges(actor, unit)) throw forbidden();
}

/** A cluster is placed by its organising unit and its members; its organiser's keepers edit it. */
export function authorizeCluster(
  actor: Actor,
  action: 'read' | 'write',
  places: { organising: Placed; members: readonly Placed[] },
): void {
  const reads =
    inScope(actor, places.organising, MOVEMENT_READERS) ||
    places.members.some((unit) => inScope(actor, unit, MOVEMENT_READERS));
  if (!reads) throw notFound('emulation_clusters');
  if (action === 'write' && !inScope(actor, places.organising, MOVEMENT_KEEPERS)) throw forbidden();
}

export function canKeepUnit(actor: Actor, unit: Placed): boolean {
  return inScope(actor, unit, MOVEMENT_KEEPERS);
}
