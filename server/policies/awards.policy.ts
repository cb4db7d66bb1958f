// Who may read and enter awards, check eligibility and edit the catalogue: decided by the recipient's place.
import type { Role } from '../../shared/enums.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { ACHIEVEMENT_KEEPERS, ACHIEVEMENT_READERS } from './initiatives.policy.ts';
import { inScope, type Placed } from './scope.ts';

/** Roles that record awards (also those conferred by outside authorities) for recipients in their scope. */
export const AWARD_KEEPERS: readonly Role[] = ACHIEVEMENT_KEEPERS;
/** Roles that read award histories and run the eligibility check: those who read the records it rests on. */
export const AWARD_READERS: readonly Role[] = ACHIEVEMENT_READERS;
/** The catalogue is one for the whole system: only administrators edit it. */
export const CATALOGUE_EDITORS: readonly Role[] = ['admin'];

/** A recipient is placed by one or more units (a person's membership and employment, or the collective itself). */
export function canKeepAwards(actor: Actor, places: readonly Placed[]): boolean {
  return places.some((unit) => inScope(actor, unit, AWARD_KEEPERS));
}

/** Out of scope: 404; in scope without a keeper's role: 403. */
export function authorizeAwardRecipient(actor: Actor, action: 'read' | 'write', places: readonly Placed[]): void {
  if (!places.some((unit) => inScope(actor, unit, AWARD_READERS))) throw notFound('awards');
  if (action === 'write' && !canKeepAwards(actor, places)) throw forbidden();
}
