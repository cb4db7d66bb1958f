// Who may read and keep the register of initiatives and the annual ratings: decided by the record's unit.
import type { InitiativeAbilities, InitiativeStatus } from '../../shared/contracts/initiatives.ts';
import type { Role } from '../../shared/enums.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { MEMBER_READERS } from './members.policy.ts';
import { inScope, type Placed } from './scope.ts';

/** Roles that enter initiatives, ratings, absences and discipline for the units in their scope. */
export const ACHIEVEMENT_KEEPERS: readonly Role[] = ['admin', 'union_officer', 'emulation_officer'];
/** Roles that read them: the same as those who read member lists. */
export const ACHIEVEMENT_READERS: readonly Role[] = MEMBER_READERS;

/** Which workflow step may start from which status; everything else is refused. */
const FROM: Record<'update' | 'delete' | 'recognise' | 'reject' | 'reopen', InitiativeStatus> = {
  update: 'submitted',
  delete: 'submitted',
  recognise: 'submitted',
  reject: 'submitted',
  reopen: 'rejected',
};

export type InitiativeAction = keyof InitiativeAbilities;

export function allowedFrom(action: InitiativeAction, status: InitiativeStatus): boolean {
  return FROM[action] === status;
}

export function initiativeAbilities(actor: Actor, record: { unit: Placed; status: InitiativeStatus }) {
  const keeps = inScope(actor, record.unit, ACHIEVEMENT_KEEPERS);
  const can = (action: InitiativeAction) => keeps && allowedFrom(action, record.status);
  return {
    update: can('update'),
    delete: can('delete'),
    recognise: can('recognise'),
    reject: can('reject'),
    reopen: can('reopen'),
  } satisfies InitiativeAbilities;
}

/**
 * Out of scope: 404; in scope without a keeper's role: 403. Whether the status allows the step is the
 * service's answer (409), so a keeper learns why a button was missing.
 */
export function authorizeInitiative(actor: Actor, action: 'read' | 'write', unit: Placed): void {
  if (!inScope(actor, unit, ACHIEVEMENT_READERS)) throw notFound('initiatives');
  if (action === 'write' && !inScope(actor, unit, ACHIEVEMENT_KEEPERS)) throw forbidden();
}

/** Reading or entering a unit's ratings: 404 out of scope, 403 without a keeper's role. */
export function authorizeAchievementUnit(actor: Actor, action: 'read' | 'write', unit: Placed): void {
  if (!inScope(actor, unit, ACHIEVEMENT_READERS)) throw notFound('units');
  if (action === 'write' && !inScope(actor, unit, ACHIEVEMENT_KEEPERS)) throw forbidden();
}
