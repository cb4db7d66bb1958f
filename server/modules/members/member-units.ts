// The unit a membership or employment is recorded at: it must exist, be active and be kept by the actor.
import type { UnitKind } from '../../../shared/enums.ts';
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import { badRequest, forbidden, notFound } from '../../errors.ts';
import { MEMBER_KEEPERS } from '../../policies/members.policy.ts';
import { inScope } from '../../policies/scope.ts';
import { lockUnit, type UnitRow } from '../units/unit-rows.ts';

/** Members belong to a grassroots union, or to a section or group inside one. */
export const MEMBERSHIP_UNIT_KINDS: readonly UnitKind[] = ['grassroots_union', 'union_section'];

export async function lockKeptUnit(
  ctx: ActorCtx,
  tx: Tx,
  unitId: number,
  field: string,
  kinds?: readonly UnitKind[],
  options: { readOnly?: boolean } = {},
): Promise<UnitRow> {
  const unit = await lockUnit(tx, unitId).catch(() => null);
  if (!unit || !inScope(ctx.actor, unit)) throw notFound('units');
  if (!options.readOnly && !inScope(ctx.actor, unit, MEMBER_KEEPERS)) throw forbidden();
  if (unit.status !== 'active') {
    throw badRequest('members.unit_not_active', `${unit.name} không còn hoạt động.`, 'The unit is no longer active.', [
      { field, message: 'Đơn vị không còn hoạt động.', messageEn: 'Not active.' },
    ]);
  }
  if (kinds && !kinds.includes(unit.kind)) {
    throw badRequest(
      'members.unit_kind_not_allowed',
      `Đoàn viên sinh hoạt tại công đoàn cơ sở hoặc công đoàn bộ phận, không tại ${unit.name}.`,
      'A membership belongs to a grassroots union or a union section.',
      [
        {
          field,
          message: 'Chọn công đoàn cơ sở hoặc công đoàn bộ phận.',
          messageEn: 'Pick a grassroots union or section.',
        },
      ],
    );
  }
  return unit;
}
