// Vietnamese strings of documents and certificates.

/** Part of the Vietnamese dictionary. */
export const viAwardDocuments = {
  awardDocuments: {
    menu: 'Văn bản, Bằng khen',
  },
};
