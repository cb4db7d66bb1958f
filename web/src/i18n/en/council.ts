// English strings of emulation council.
import type { viCouncil } from '../vi/council.ts';

/** Part of the English dictionary. */
export const enCouncil: typeof viCouncil = {
  council: {
    menu: 'Emulation council',
  },
};
