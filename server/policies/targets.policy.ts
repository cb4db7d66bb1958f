// Who may read and change plan targets. Kept beside the module while the targets area settles; it uses only
// the scope rule of server/policies/ and belongs there with the other per-resource policies.
import type { Role } from '../../shared/enums.ts';
import type { IndicatorSourceName } from '../../shared/contracts/targets.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from './actor.ts';
import { inScope, type Placed } from './scope.ts';

/** Roles that read targets and achievement in their scope. */
export const TARGET_VIEWERS: readonly Role[] = ['admin', 'union_officer', 'emulation_officer', 'council_member'];
/** Roles that set targets for a unit and the units below it, define indicators and report figures. */
export const TARGET_SETTERS: readonly Role[] = ['admin', 'union_officer'];

export type PlacedUnit = Placed & { status?: string };

/** Reading a unit's targets: 404 outside the actor's scope, as if the unit did not exist. */
export function authorizeTargetView(actor: Actor, unit: Placed): void {
  if (!inScope(actor, unit, TARGET_VIEWERS)) throw notFound('units');
}

/** Whether the actor may set targets as `unit` (for it and the units below it). */
export function maySetTargets(actor: Actor, unit: PlacedUnit): boolean {
  return (unit.status ?? 'active') === 'active' && inScope(actor, unit, TARGET_SETTERS);
}

/** Setting targets as a unit: 404 out of scope, 403 in scope without an officer's role on it. */
export function authorizeSetTargets(actor: Actor, unit: PlacedUnit): void {
  authorizeTargetView(actor, unit);
  if (!maySetTargets(actor, unit)) throw forbidden();
}

export type TargetForPolicy = { unit: Placed; setByUnit: Placed; source: IndicatorSourceName };

/** Every action on one target; responses carry it so the screen shows only the buttons that work. */
export function targetAbilities(actor: Actor, target: TargetForPolicy) {
  const setter = inScope(actor, target.setByUnit, TARGET_SETTERS);
  return {
    update: setter,
    delete: setter,
    // The figure is reported by the officers of the unit that has to reach it (or of a unit above it).
    report: target.source === 'manual' && inScope(actor, target.unit, TARGET_SETTERS),
  };
}

/** Out of scope: 404; in scope but not allowed: 403. */
export function authorizeTarget(
  actor: Actor,
  action: 'read' | 'update' | 'delete' | 'report',
  target: TargetForPolicy,
): void {
  if (!inScope(actor, target.unit, TARGET_VIEWERS) && !inScope(actor, target.setByUnit, TARGET_VIEWERS)) {
    throw notFound('targets');
  }
  if (action !== 'read' && !targetAbilities(actor, target)[action]) throw forbidden();
}

/** An indicator a unit defined is changed by the officers of that unit (or above it); built-in ones by nobody. */
export function indicatorAbilities(actor: Actor, owner: Placed | null) {
  const manages = owner !== null && inScope(actor, owner, TARGET_SETTERS);
  return { update: manages, archive: manages };
}
