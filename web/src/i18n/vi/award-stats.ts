// Vietnamese strings of award statistics.

/** Part of the Vietnamese dictionary. */
export const viAwardStats = {
  awardStats: {
    menu: 'Thống kê khen thưởng',
  },
};
