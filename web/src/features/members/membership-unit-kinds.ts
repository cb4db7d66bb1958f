// The kinds of unit a membership can belong to, as the server accepts them.
import type { UnitKind } from '../../../../shared/enums.ts';

/** A grassroots union, or a section or group inside one; the pickers of membership units offer only these. */
export const membershipUnitKinds: readonly UnitKind[] = ['grassroots_union', 'union_section'];
