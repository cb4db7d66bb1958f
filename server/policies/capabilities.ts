// What the menu may show, decided here from the actor's grants so the web app never guesses.
import type { Capabilities } from '../../shared/contracts/auth.ts';
import type { Role } from '../../shared/enums.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';
import { MEMBER_KEEPERS } from './members.policy.ts';
import { ACHIEVEMENT_KEEPERS, ACHIEVEMENT_READERS } from './initiatives.policy.ts';
import { AWARD_KEEPERS, AWARD_READERS, CATALOGUE_EDITORS } from './awards.policy.ts';

const has = (actor: Actor, roles: readonly Role[]) => actor.grants.some((grant) => roles.includes(grant.role));

export function capabilitiesOf(actor: Actor): Capabilities {
  return {
    viewUnits: actor.grants.length > 0,
    manageUnits: has(actor, ['admin', 'union_officer']),
    viewMembers: has(actor, ['admin', 'union_officer', 'emulation_officer', 'council_member']),
    manageMembers: has(actor, ['admin', 'union_officer']),
    exportMembers: has(actor, ['admin', 'union_officer']),
    viewAudit: has(actor, ['admin']),
    manageUsers: has(actor, ['admin']),
    ownRecord: Boolean(actor.personId),
    reviewCorrections: has(actor, MEMBER_KEEPERS),
    viewTargets: has(actor, ['admin', 'union_officer', 'emulation_officer', 'council_member']),
    manageTargets: has(actor, ['admin', 'union_officer']),
    viewInitiatives: has(actor, ACHIEVEMENT_READERS),
    manageInitiatives: has(actor, ACHIEVEMENT_KEEPERS),
    viewPerformanceRatings: has(actor, ACHIEVEMENT_READERS),
    managePerformanceRatings: has(actor, ACHIEVEMENT_KEEPERS),
    viewAwards: has(actor, AWARD_READERS),
    manageAwards: has(actor, AWARD_KEEPERS),
    manageCatalogue: has(actor, CATALOGUE_EDITORS),
    viewMovements: has(actor, AWARD_READERS),
    manageMovements: has(actor, AWARD_KEEPERS),
    viewProposals: has(actor, AWARD_READERS),
    manageProposals: has(actor, AWARD_KEEPERS),
  };
}

/** Guards a whole area of the API by capability; record-level checks still follow. */
export function requireCapability(actor: Actor, capability: keyof Capabilities): void {
  if (!capabilitiesOf(actor)[capability]) throw forbidden();
}
