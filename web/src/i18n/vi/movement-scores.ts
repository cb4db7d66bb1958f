// Vietnamese strings of scoring and ranking.

/** Part of the Vietnamese dictionary. */
export const viScoring = {
  scoring: {
    menu: 'Chấm điểm, xếp hạng',
  },
};
