// Who may print the award workflow's documents: readers of proposals in scope of the deciding or the proposing
// unit. Out of scope the document does not exist for them (404).
import { notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { AWARD_READERS } from './awards.policy.ts';
import { requireCapability } from './capabilities.ts';
import { inScope, type Placed } from './scope.ts';

/** 403 without the proposals capability; 404 when none of the units that own the document is in scope. */
export function authorizeAwardDocument(actor: Actor, entity: string, owners: readonly Placed[]): void {
  requireCapability(actor, 'viewProposals');
  if (!owners.some((unit) => inScope(actor, unit, AWARD_READERS))) throw notFound(entity);
}
