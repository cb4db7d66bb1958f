// Who may see and change a person's record: decided by where the person belongs in the tree.
import type { MemberAbilities } from '../../shared/contracts/members.ts';
import type { Role } from '../../shared/enums.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { inScope, type Placed } from './scope.ts';

export type MemberAction = keyof MemberAbilities | 'read';

/** Roles that keep member records; they also see the citizen ID in full. */
export const MEMBER_KEEPERS: readonly Role[] = ['admin', 'union_officer'];
/** Roles that read member lists (masked personal data); a plain member sees only their own record (later). */
export const MEMBER_READERS: readonly Role[] = ['admin', 'union_officer', 'emulation_officer', 'council_member'];

/**
 * A person is placed by the units of their open membership and employment (or, when both have ended,
 * the last ones); a grant covering any of them covers the person.
 */
export type PersonPlacement = { units: Placed[]; hasOpenMembership: boolean };

function covers(actor: Actor, placement: PersonPlacement, roles: readonly Role[]): boolean {
  return placement.units.some((unit) => inScope(actor, unit, roles));
}

export function memberAbilities(actor: Actor, placement: PersonPlacement): MemberAbilities {
  const keeps = covers(actor, placement, MEMBER_KEEPERS);
  return {
    update: keeps,
    transfer: keeps && placement.hasOpenMembership,
    leave: keeps && placement.hasOpenMembership,
    join: keeps && !placement.hasOpenMembership,
    viewCitizenId: keeps,
  };
}

/** Out of scope: 404; in scope but not allowed: 403. */
export function authorizeMember(actor: Actor, action: MemberAction, placement: PersonPlacement): void {
  if (!covers(actor, placement, MEMBER_READERS)) throw notFound('members');
  if (action === 'read') return;
  if (!memberAbilities(actor, placement)[action]) throw forbidden();
}

/** '079203001234' → '********1234': lists and exports show only the last four digits. */
export function maskCitizenId(citizenId: string | null): string | null {
  if (!citizenId) return null;
  return `${'*'.repeat(Math.max(0, citizenId.length - 4))}${citizenId.slice(-4)}`;
}
