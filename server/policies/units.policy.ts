// Who may do what to a unit of the organisation tree.
import { allowedChildKinds, type Role, type UnitKind, type UnitStatus } from '../../shared/enums.ts';
import type { UnitAbilities } from '../../shared/contracts/units.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { inScope, strictlyBelowScope, type Placed } from './scope.ts';

export type UnitForPolicy = Placed & { kind: UnitKind; status: UnitStatus };
export type UnitAction = keyof UnitAbilities | 'read';

const MANAGERS: readonly Role[] = ['admin', 'union_officer'];

/** Every action's answer for one unit; responses carry it so the screens never re-derive permissions. */
export function unitAbilities(actor: Actor, unit: UnitForPolicy): UnitAbilities {
  const active = unit.status === 'active';
  const manages = active && inScope(actor, unit, MANAGERS);
  // Restructuring a unit is for the level above it, not for the officers granted on it.
  const restructures = active && strictlyBelowScope(actor, unit, MANAGERS);
  return {
    update: manages,
    createChild: manages && allowedChildKinds[unit.kind].length > 0,
    move: restructures,
    merge: restructures,
    split: restructures,
    dissolve: restructures,
  };
}

/** Out of scope: 404 (the unit's existence is not revealed); in scope but not allowed: 403. */
export function authorizeUnit(actor: Actor, action: UnitAction, unit: UnitForPolicy): void {
  if (!inScope(actor, unit)) throw notFound('units');
  if (action === 'read') return;
  if (!unitAbilities(actor, unit)[action]) throw forbidden();
}
