// Walks a clause tree: switches, groups, the "meets the criteria of another title" clause, and one evaluator per kind.
import type { AwardType, Clause } from '../../../../shared/contracts/emulation.ts';
import { evaluateAchievement } from './clauses/achievements.ts';
import { evaluateAwardCount, evaluateNotAwarded, evaluateSinceAward, evaluateStreak } from './clauses/awards.ts';
import { evaluateClusterRank, evaluateMemberStat } from './clauses/collective.ts';
import {
  evaluateMaxAbsence,
  evaluateNoDiscipline,
  evaluateNoFine,
  evaluatePledged,
  evaluateTenure,
  evaluateTraining,
} from './clauses/conduct.ts';
import { evaluateJudgment } from './clauses/judgment.ts';
import { evaluateAttribute, evaluateServiceYears } from './clauses/profile.ts';
import { evaluateRating } from './clauses/ratings.ts';
import { type Env, type Node, combine, leaf } from './node.ts';

export function evaluateClause(clause: Clause, env: Env): Node {
  if (clause.when && env.session.value(clause.when) !== true) {
    const label = env.session.engine.parameters.get(clause.when.param);
    return leaf(env, clause, 'skipped', 'clause.switched_off', () => [
      `Không áp dụng: «${label?.labelVi ?? clause.when?.param}» đang tắt`,
      `Not applied: "${label?.labelEn ?? clause.when?.param}" is off`,
    ]);
  }
  // The clause's citation and status become the default of everything under it; restored on the way out.
  const { cite, status } = env;
  if (clause.cite) env.cite = clause.cite;
  if (clause.status) env.status = clause.status;
  try {
    return dispatch(clause, env);
  } finally {
    env.cite = cite;
    env.status = status;
  }
}

function dispatch(clause: Clause, scoped: Env): Node {
  switch (clause.kind) {
    case 'all':
    case 'any':
      return evaluateGroup(clause, scoped);
    case 'rating':
      return evaluateRating(clause, scoped);
    case 'award_streak':
      return evaluateStreak(clause, scoped);
    case 'award_count':
      return evaluateAwardCount(clause, scoped);
    case 'not_awarded':
      return evaluateNotAwarded(clause, scoped);
    case 'since_award':
      return evaluateSinceAward(clause, scoped);
    case 'achievement':
      return evaluateAchievement(clause, scoped);
    case 'no_discipline':
      return evaluateNoDiscipline(clause, scoped);
    case 'max_absence':
      return evaluateMaxAbsence(clause, scoped);
    case 'training':
      return evaluateTraining(clause, scoped);
    case 'pledged':
      return evaluatePledged(clause, scoped);
    case 'no_fine':
      return evaluateNoFine(clause, scoped);
    case 'tenure':
      return evaluateTenure(clause, scoped);
    case 'service_years':
      return evaluateServiceYears(clause, scoped);
    case 'attribute':
      return evaluateAttribute(clause, scoped);
    case 'member_stat':
      return evaluateMemberStat(clause, scoped);
    case 'cluster_rank':
      return evaluateClusterRank(clause, scoped);
    case 'judgment':
      return evaluateJudgment(clause, scoped);
    case 'title_criteria':
      return evaluateTitleCriteria(clause, scoped);
  }
}

function evaluateGroup(clause: Extract<Clause, { kind: 'all' | 'any' }>, env: Env): Node {
  const children: Node[] = [];
  for (const child of clause.children) {
    const node = evaluateClause(child, env);
    children.push(node);
    // Screening stops at the first decisive child; an explanation shows them all.
    if (!env.explain && (clause.kind === 'all' ? node.outcome === 'not_met' : node.outcome === 'met')) break;
  }
  const outcome = combine(clause.kind, children);
  return leaf(
    env,
    clause,
    outcome,
    clause.kind === 'all' ? 'group.all' : 'group.any',
    () =>
      clause.kind === 'all'
        ? ['Cần đạt tất cả các điều kiện sau', 'All of the following']
        : ['Cần đạt một trong các điều kiện sau', 'One of the following'],
    { children },
  );
}

/** The criteria of a rule version, with the version's first citation and status as the default for its clauses. */
export function evaluateCriteria(type: AwardType, env: Env): Node | null {
  const ruleSet = env.session.ruleSet(type, env.idx.kind);
  if (!ruleSet?.criteria) return null;
  const { cite, status, depth } = env;
  env.cite = ruleSet.basis[0];
  env.status = ruleSet.status;
  env.depth = depth + 1;
  try {
    return evaluateClause(ruleSet.criteria, env);
  } finally {
    env.cite = cite;
    env.status = status;
    env.depth = depth;
  }
}

const titleKeys: Record<Node['outcome'], string> = {
  met: 'title_criteria.met',
  not_met: 'title_criteria.not_met',
  review: 'title_criteria.review',
  skipped: 'title_criteria.skipped',
};

/** "Đạt tiêu chuẩn Lao động tiên tiến": already holds the title this year, or meets its criteria now. */
function evaluateTitleCriteria(clause: Extract<Clause, { kind: 'title_criteria' }>, env: Env): Node {
  const type = env.session.engine.awardType(clause.code);
  let held = false;
  for (const c of env.session.expandOne(clause.code)) if (env.idx.awardYears.get(c)?.has(env.year)) held = true;
  if (held) {
    return leaf(env, clause, 'met', 'title_criteria.held', () => [
      `Đã được tặng ${type.nameVi} năm ${env.year}`,
      `Received ${type.nameEn} in ${env.year}`,
    ]);
  }
  const inner = env.depth < 5 ? evaluateCriteria(type, env) : null;
  if (!inner) {
    return leaf(
      env,
      clause,
      'review',
      'title_criteria.unknown',
      () => [
        `Chưa xác định được tiêu chuẩn ${type.nameVi} năm ${env.year}`,
        `The criteria of ${type.nameEn} for ${env.year} are not defined`,
      ],
      { cause: 'criteria_unknown' },
    );
  }
  const outcome = inner.outcome;
  const say = (): [string, string] => {
    const [vi, en] = [type.nameVi, type.nameEn];
    if (outcome === 'met') return [`Đạt tiêu chuẩn ${vi} năm ${env.year}`, `Meets ${en} for ${env.year}`];
    if (outcome === 'not_met')
      return [`Chưa đạt tiêu chuẩn ${vi} năm ${env.year}`, `Does not meet ${en} for ${env.year}`];
    if (outcome === 'review')
      return [`Tiêu chuẩn ${vi} năm ${env.year}: cần xem xét`, `${en} for ${env.year}: to review`];
    return [`Tiêu chuẩn ${vi}: không áp dụng`, `${en}: not applied`];
  };
  return leaf(env, clause, outcome, titleKeys[outcome], say, {
    children: [inner],
  });
}
