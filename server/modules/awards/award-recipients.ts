// Who an award or a check is about: a person (placed by their membership and employment) or a collective
// (a unit of the tree), with the units that decide who may read and keep their awards.
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import type { Placed } from '../../policies/scope.ts';
import { displayNameOf, loadPerson, placementOf } from '../members/member-rows.ts';
import { selectUnitByCode } from '../units/unit-rows.ts';

type Reader = ActorCtx['db'] | Tx;
type PlacedUnit = Placed & { id: number; code: string; name: string };

export type Recipient = {
  kind: 'individual' | 'collective';
  id: number;
  name: string;
  places: PlacedUnit[];
  /** The unit whose officers keep a new award: the person's current unit, or the collective itself. */
  keeperUnitId: number;
};

export async function resolveRecipient(
  db: Reader,
  target: { personId?: number | undefined; unitCode?: string | undefined },
): Promise<Recipient> {
  if (target.personId !== undefined) {
    const loaded = await loadPerson(db, target.personId);
    const places = placementOf(loaded).units as PlacedUnit[];
    if (places.length === 0) throw notFound('members');
    return {
      kind: 'individual',
      id: loaded.person.id,
      name: displayNameOf(loaded.person),
      places,
      keeperUnitId: places[0]!.id,
    };
  }
  const unit = await selectUnitByCode(db, target.unitCode ?? '');
  if (!unit) throw notFound('units');
  return { kind: 'collective', id: unit.id, name: unit.name, places: [unit], keeperUnitId: unit.id };
}
