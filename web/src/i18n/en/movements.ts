// English strings of emulation movements.
import type { viMovements } from '../vi/movements.ts';

/** Part of the English dictionary. */
export const enMovements: typeof viMovements = {
  movements: {
    menu: 'Emulation movements',
  },
};
