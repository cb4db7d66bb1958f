// Vietnamese strings of award proposals.

/** Part of the Vietnamese dictionary. */
export const viProposals = {
  proposals: {
    menu: 'Đề nghị khen thưởng',
  },
};
