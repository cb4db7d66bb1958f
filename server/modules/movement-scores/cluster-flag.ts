// The emulation flag (Cờ thi đua) a cluster's leader is proposed for, chosen by the level of the unit that
// organises the cluster (reference §3.2 and the union catalogue in emulation/catalogue/union-titles.ts).
import type { UnitKind } from '../../../shared/enums.ts';

/**
 * - Công đoàn Y tế Việt Nam (national sector union) ranks its clusters for its own flag, CO_CDYTVN.
 * - A provincial federation (LĐLĐ tỉnh) confers CO_LDLD_TINH; the confederation confers CO_TLD.
 * - A provincial sector union (Công đoàn ngành Y tế tỉnh) confers no flag of its own: it sits under the
 *   provincial federation, and its grassroots unions' leaders receive "Cờ thi đua của LĐLĐ tỉnh" (the Lâm Hà
 *   list, §3.2), so its clusters propose CO_LDLD_TINH, the flag at the provincial level it organises at.
 * - Grassroots unions and their sections have no flag in the catalogue: their blocs propose none.
 */
export const FLAG_BY_ORGANISER_KIND: Record<UnitKind, string | null> = {
  confederation: 'CO_TLD',
  national_sector_union: 'CO_CDYTVN',
  provincial_federation: 'CO_LDLD_TINH',
  provincial_sector_union: 'CO_LDLD_TINH',
  grassroots_union: null,
  union_section: null,
};
