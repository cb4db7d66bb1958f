// Who may print a membership card and who may see what a scanned card says.
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { MEMBER_KEEPERS, MEMBER_READERS, type PersonPlacement } from './members.policy.ts';
import { inScope, type Placed } from './scope.ts';

/**
 * A card is printed by those who keep the members of the union that issues it (without a current union,
 * those who keep the record, so they learn why there is no card). A person outside the actor's reading
 * scope is not found (404); one they may read but whose union they do not keep is 403.
 */
export function authorizeCardPrint(actor: Actor, placement: PersonPlacement, issuingUnit: Placed | null): void {
  if (!mayVerifyCard(actor, placement)) throw notFound('members');
  const kept = issuingUnit ? [issuingUnit] : placement.units;
  if (!kept.some((unit) => inScope(actor, unit, MEMBER_KEEPERS))) throw forbidden();
}

/** A batch of a union's cards: only for keepers of that union. */
export function authorizeUnitCardPrint(actor: Actor, unit: Placed): void {
  if (!inScope(actor, unit, MEMBER_KEEPERS)) throw forbidden();
}

/** A scanned card shows its holder to officers who may read that person's record, and to nobody else. */
export function mayVerifyCard(actor: Actor, placement: PersonPlacement): boolean {
  return placement.units.some((unit) => inScope(actor, unit, MEMBER_READERS));
}
