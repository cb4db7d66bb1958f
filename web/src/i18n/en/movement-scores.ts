// English strings of scoring and ranking.
import type { viScoring } from '../vi/movement-scores.ts';

/** Part of the English dictionary. */
export const enScoring: typeof viScoring = {
  scoring: {
    menu: 'Scoring and ranking',
  },
};
