// Eligibility of one recipient for one title or form in one year: the rule version in force, the once-a-year or
// once-in-a-life limit, the criteria, and the answer with its reasons in Vietnamese and English.
import type {
  AwardType,
  Citation,
  EligibilityResult,
  Reason,
  RuleSet,
  TraceNode,
  Verdict,
} from '../../../../shared/contracts/emulation.ts';
import { evaluateCriteria } from './evaluate-clause.ts';
import { citationEn, citationVi, dateVi, yearList } from './format.ts';
import { recipientKindLabels } from './labels.ts';
import { type Env, type Node, combine, leaf } from './node.ts';
import type { RecipientIndex } from './recipient-index.ts';
import type { Session } from './session.ts';

export type Evaluation = { type: AwardType; ruleSet: RuleSet | null; root: Node };

const principle: Citation = { doc: 'LUAT_2022', article: '5', sources: ['S19'] };

export function evaluateTree(session: Session, idx: RecipientIndex, code: string, explain: boolean): Evaluation {
  const type = session.engine.awardType(code);
  const env: Env = { session, idx, year: session.year, explain, depth: 0 };
  const children: Node[] = [];
  let ruleSet: RuleSet | null = null;
  if (!type.recipientKinds.includes(idx.kind)) {
    const kinds = type.recipientKinds.map((k) => recipientKindLabels[k]);
    children.push(
      leaf(env, { kind: 'recipient_kind' }, 'not_met', 'recipient_kind.not_served', () => [
        `${type.nameVi} chỉ xét tặng cho ${kinds.map((k) => k.vi).join(', ')}`,
        `${type.nameEn} is only for ${kinds.map((k) => k.en).join(', ')}`,
      ]),
    );
  } else {
    const repeat = frequencyNode(env, type);
    if (repeat) children.push(repeat);
    ruleSet = session.ruleSet(type, idx.kind);
    const criteria = ruleSet ? evaluateCriteria(type, env) : null;
    if (criteria) children.push(criteria);
    else if (!ruleSet) {
      children.push(
        leaf(
          env,
          { kind: 'rule_set' },
          'review',
          'rule_set.none_in_force',
          () => [
            `Không có quy định về ${type.nameVi} cho ${recipientKindLabels[idx.kind].vi} có hiệu lực ngày ${dateVi(session.date)}`,
            `No rule for ${type.nameEn} (${recipientKindLabels[idx.kind].en}) in force on ${session.date}`,
          ],
          { cause: 'no_rule_set' },
        ),
      );
    } else {
      children.push(
        leaf(
          env,
          { kind: 'rule_set', cite: ruleSet.basis[0], status: ruleSet.status },
          'review',
          'criteria.not_defined',
          () => [
            `Tiêu chuẩn ${type.nameVi} chưa được xác định trong tài liệu tham chiếu${ruleSet?.noteVi ? ` (${ruleSet.noteVi})` : ''}; cần đối chiếu văn bản`,
            `The criteria of ${type.nameEn} are not in the reference; to check against the texts`,
          ],
          { cause: 'criteria_unknown' },
        ),
      );
    }
  }
  const outcome = combine('all', children);
  const root = leaf(env, { kind: 'eligibility' }, outcome, 'eligibility', () => [type.nameVi, type.nameEn], {
    children,
  });
  return { type, ruleSet, root };
}

const frequencyClauses = new Map<AwardType, { kind: string; cite: Citation; status: AwardType['status'] }>();
function frequencyClause(type: AwardType) {
  let clause = frequencyClauses.get(type);
  if (!clause)
    frequencyClauses.set(
      type,
      (clause = { kind: 'frequency', cite: type.frequencyCite ?? principle, status: type.status }),
    );
  return clause;
}

/** A per-year title is held once a year; a lifetime award once. */
function frequencyNode(env: Env, type: AwardType): Node | null {
  if (type.frequency === 'repeatable') return null;
  const held = env.idx.awardYears.get(type.code);
  let already = false;
  if (held) {
    if (type.frequency === 'per_year') already = held.has(env.year);
    else for (const y of held) if (y <= env.year) already = true;
  }
  const clause = frequencyClause(type);
  if (!already) {
    return leaf(env, clause, 'met', 'frequency.not_yet_awarded', () =>
      type.frequency === 'per_year'
        ? [`Chưa được tặng ${type.nameVi} năm ${env.year}`, `No ${type.nameEn} yet in ${env.year}`]
        : [`Chưa được tặng ${type.nameVi}`, `Has not received ${type.nameEn}`],
    );
  }
  return leaf(env, clause, 'not_met', 'frequency.already_awarded', () => {
    const years = [...(held ?? [])].filter((y) => (type.frequency === 'per_year' ? y === env.year : y <= env.year));
    return type.frequency === 'per_year'
      ? [`Đã được tặng ${type.nameVi} năm ${env.year}`, `Already received ${type.nameEn} in ${env.year}`]
      : [
          `Đã được tặng ${type.nameVi} năm ${yearList(years)}; chỉ tặng một lần`,
          `Already received ${type.nameEn} in ${yearList(years)}; given once only`,
        ];
  });
}

export const verdictOf = (root: Node): Verdict =>
  root.outcome === 'met' ? 'eligible' : root.outcome === 'not_met' ? 'ineligible' : 'needs_review';

/** The leaves that carry an outcome up to the root, following only children with that same outcome. */
export function collectLeaves(node: Node, outcome: Node['outcome']): Node[] {
  return collectGrouped(node, outcome).map((g) => g.node);
}

type Grouped = { node: Node; anyOf?: number };
/** Leaves under an `any` share a group number, so a reader sees which failures are alternatives. */
function collectGrouped(node: Node, outcome: Node['outcome'], group?: number, counter = { next: 1 }): Grouped[] {
  if (!node.children?.length)
    return node.outcome === outcome ? [group === undefined ? { node } : { node, anyOf: group }] : [];
  const own = node.kind === 'any' ? counter.next++ : group;
  return node.children
    .filter((child) => child.outcome === outcome)
    .flatMap((child) => collectGrouped(child, outcome, own, counter));
}

function collectAchievements(node: Node, out: Set<string>): Set<string> {
  for (const id of node.achievementIds ?? []) out.add(id);
  for (const child of node.children ?? []) if (child.outcome === 'met') collectAchievements(child, out);
  return out;
}

function toReason(node: Node, session: Session, anyOf?: number): Reason {
  const reason: Reason = { key: node.key, outcome: node.outcome, messageVi: node.vi, messageEn: node.en };
  if (anyOf !== undefined) reason.anyOf = anyOf;
  if (node.cause) reason.cause = node.cause;
  if (node.cite) {
    const doc = session.engine.documents.get(node.cite.doc);
    reason.citationVi = citationVi(node.cite, doc);
    reason.citationEn = citationEn(node.cite, doc);
  }
  if (node.status) reason.status = node.status;
  return reason;
}

function toTrace(node: Node, session: Session): TraceNode {
  const trace: TraceNode = { ...toReason(node, session), kind: node.kind };
  if (node.children) trace.children = node.children.map((c) => toTrace(c, session));
  return trace;
}

/** The full answer, explained. */
export function checkEligibility(
  session: Session,
  idx: RecipientIndex,
  code: string,
  options: { trace?: boolean } = {},
): EligibilityResult {
  const { root, ruleSet } = evaluateTree(session, idx, code, true);
  const verdict = verdictOf(root);
  const target = verdict === 'eligible' ? 'met' : verdict === 'ineligible' ? 'not_met' : 'review';
  const result: EligibilityResult = {
    recipientId: idx.id,
    code,
    year: session.year,
    verdict,
    ruleSetId: ruleSet?.id ?? null,
    reasons: collectGrouped(root, target).map((g) => toReason(g.node, session, g.anyOf)),
    pending: collectGrouped(root, 'review')
      .filter((g) => g.node.cause === 'judgment')
      .map((g) => toReason(g.node, session, g.anyOf)),
    achievementIds: verdict === 'ineligible' ? [] : [...collectAchievements(root, new Set())],
  };
  if (options.trace) result.trace = toTrace(root, session);
  return result;
}
