// English strings of award statistics.
import type { viAwardStats } from '../vi/award-stats.ts';

/** Part of the English dictionary. */
export const enAwardStats: typeof viAwardStats = {
  awardStats: {
    menu: 'Award statistics',
  },
};
