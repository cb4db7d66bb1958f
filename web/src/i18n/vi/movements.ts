// Vietnamese strings of emulation movements.

/** Part of the Vietnamese dictionary. */
export const viMovements = {
  movements: {
    menu: 'Phong trào thi đua',
  },
};
