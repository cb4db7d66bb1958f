// English strings of award proposals.
import type { viProposals } from '../vi/proposals.ts';

/** Part of the English dictionary. */
export const enProposals: typeof viProposals = {
  proposals: {
    menu: 'Award proposals',
  },
};
