// Vietnamese strings of emulation council.

/** Part of the Vietnamese dictionary. */
export const viCouncil = {
  council: {
    menu: 'Hội đồng TĐKT',
  },
};
