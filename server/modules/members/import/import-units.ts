// The units an officer may import members into, for the wizard's picker: active grassroots unions and
// sections under a grant that keeps member records, searched by name or code without diacritics.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ImportUnit } from '../../../../shared/contracts/member-import.ts';
import { foldForSearch } from '../../../../shared/text/index.ts';
import type { ActorCtx } from '../../../context.ts';
import { units } from '../../../db/schema/index.ts';
import { MEMBER_KEEPERS } from '../../../policies/members.policy.ts';
import { scopeWhere } from '../../../policies/scope.ts';
import { selectUnitsAt } from '../../units/unit-rows.ts';
import { MEMBERSHIP_UNIT_KINDS } from '../member-units.ts';

const LIMIT = 30;

export async function findImportUnits(ctx: ActorCtx, q: string | undefined): Promise<ImportUnit[]> {
  const key = q ? foldForSearch(q).replace(/[\\%_]/g, (c) => `\\${c}`) : '';
  const rows = await selectUnitsAt(
    ctx.db,
    null,
    and(
      scopeWhere(ctx.actor, MEMBER_KEEPERS),
      inArray(units.kind, [...MEMBERSHIP_UNIT_KINDS]),
      eq(units.status, 'active'),
      key ? sql`${units.searchKey} LIKE ${'%' + key + '%'}` : undefined,
    ),
    LIMIT,
  );
  return rows.map((row) => ({ id: row.id, code: row.code, name: row.name }));
}
