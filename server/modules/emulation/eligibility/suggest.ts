// "Suggest candidates": everyone in a list who meets a form's criteria for a year. Each person is screened
// once over a prebuilt index without building any message, so the cost is linear in people × clauses;
// only those suggested are explained, and only when asked.
import type { EligibilityResult, Verdict } from '../../../../shared/contracts/emulation.ts';
import { checkEligibility, collectLeaves, evaluateTree, verdictOf } from './evaluate.ts';
import { JUDGMENT_ONLY } from './node.ts';
import type { RecipientIndex } from './recipient-index.ts';
import type { Session } from './session.ts';

export type Candidate = {
  recipientId: string;
  verdict: Exclude<Verdict, 'ineligible'>;
  /** Judgment keys people still have to decide (e.g. 'ldtt.spirit'). */
  pendingKeys: string[];
  result?: EligibilityResult;
};

export type Suggestion = {
  code: string;
  year: number;
  /** false when the rules in force have no computable criteria: nothing can be suggested. */
  criteriaKnown: boolean;
  evaluated: number;
  candidates: Candidate[];
};

export function suggestCandidates(
  session: Session,
  people: Iterable<RecipientIndex>,
  code: string,
  options: { explain?: boolean } = {},
): Suggestion {
  const type = session.engine.awardType(code);
  const known = new Map(type.recipientKinds.map((kind) => [kind, Boolean(session.ruleSet(type, kind)?.criteria)]));
  const candidates: Candidate[] = [];
  let evaluated = 0;
  for (const idx of people) {
    if (!known.get(idx.kind)) continue;
    evaluated++;
    const { root } = evaluateTree(session, idx, code, false);
    const verdict = verdictOf(root);
    // Suggested: every computable clause met; what remains (if anything) is for people to judge.
    if (verdict === 'ineligible' || (verdict === 'needs_review' && root.causes !== JUDGMENT_ONLY)) continue;
    const pendingKeys = verdict === 'eligible' ? [] : collectLeaves(root, 'review').map((n) => n.key);
    const candidate: Candidate = { recipientId: idx.id, verdict, pendingKeys };
    if (options.explain) candidate.result = checkEligibility(session, idx, code);
    candidates.push(candidate);
  }
  return {
    code,
    year: session.year,
    criteriaKnown: [...known.values()].some(Boolean),
    evaluated,
    candidates,
  };
}
