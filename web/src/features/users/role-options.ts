// The roles as select options in the user's language.
import { roleLabels, roles } from '../../../../shared/enums.ts';
import type { BilingualLabel } from '../../i18n/i18n-context.ts';

/** Options for a role Select, labelled with `pick`. */
export function roleOptions(pick: (label: BilingualLabel) => string) {
  return roles.map((role) => ({ value: role, label: pick(roleLabels[role]) }));
}
