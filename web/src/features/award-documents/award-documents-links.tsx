// SCAFFOLD: replaced by the documents feature (links to the cover letter, the decision and the certificates).

/** Placeholder until the feature lands; the proposal page renders it with these props. */
export function AwardDocumentsLinks(_props: { proposalId: number; decisionId: number | null }) {
  return null;
}
