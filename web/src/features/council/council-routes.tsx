// SCAFFOLD: replaced by the feature's screens.

/** Placeholder until the feature lands. */
export function CouncilRoutes() {
  return null;
}
