// "An initiative (or research project) recognised at level ≥ L in the window", with counts, value gained, and
// the 2022 law's definition: an initiative only counts once applied; a trial application goes to people.
import { type Clause, recognitionLevels } from '../../../../../shared/contracts/emulation.ts';
import { numberEn, numberVi, yearList, yearRange } from '../format.ts';
import type { AchievementRecord } from '../history.ts';
import { achievementLabels, recognitionLevelLabels } from '../labels.ts';
import { type Env, type Node, leaf, paramKeyOf, unsetNode } from '../node.ts';

type AchievementClause = Extract<Clause, { kind: 'achievement' }>;
const levelRank = new Map<string, number>(recognitionLevels.map((l, i) => [l, i]));

/** 'counts', 'trial' (would count if applied) or 'no'. */
function qualifies(a: AchievementRecord, clause: AchievementClause, minLevel: number): 'counts' | 'trial' | 'no' {
  if (!clause.kinds.includes(a.kind) || (levelRank.get(a.level) ?? -1) < minLevel) return 'no';
  if (a.kind === 'research' && !a.accepted) return 'no';
  const mustBeApplied = clause.requireApplied || a.kind === 'initiative';
  if (!mustBeApplied || a.application === 'applied') return 'counts';
  return a.application === 'trial' ? 'trial' : 'no';
}

function phrases(clause: AchievementClause, start: number | null, end: number) {
  const labels = clause.kinds.map((k) => achievementLabels[k]);
  const single = labels.length === 1 ? labels[0] : undefined;
  const nounVi = labels.map((l) => l.vi).join(' hoặc ');
  const nounEn = labels.map((l) => l.en).join(' or ');
  const verbVi = single?.viVerb ?? 'được công nhận';
  const verbEn = single?.enVerb ?? 'recognised';
  const level = recognitionLevelLabels[clause.minLevel];
  const levelVi =
    clause.minLevel === 'grassroots' ? '' : ` phạm vi ${level.vi}${clause.minLevel === 'national' ? '' : ' trở lên'}`;
  const levelEn =
    clause.minLevel === 'grassroots' ? '' : ` at ${level.en}${clause.minLevel === 'national' ? '' : ' or above'}`;
  const appliedVi = clause.requireApplied ? ' và đã được áp dụng' : '';
  const appliedEn = clause.requireApplied ? ' and applied' : '';
  const whenVi =
    start === null ? `tính đến năm ${end}` : start === end ? `năm ${end}` : `trong giai đoạn ${yearRange(start, end)}`;
  const whenEn = start === null ? `up to ${end}` : start === end ? `in ${end}` : `in ${yearRange(start, end)}`;
  return {
    what: [`${nounVi} ${verbVi}${levelVi}${appliedVi}`, `${nounEn} ${verbEn}${levelEn}${appliedEn}`],
    noun: [nounVi, nounEn],
    when: [whenVi, whenEn],
  } as const;
}

export function evaluateAchievement(clause: AchievementClause, env: Env): Node {
  const minCount = env.session.number(clause.minCount);
  if (minCount === null) return unsetNode(env, clause, paramKeyOf(clause.minCount) ?? '');
  let span: number | null = null;
  if (clause.years !== null) {
    span = env.session.number(clause.years);
    const key = paramKeyOf(clause.years);
    if (span === null && key && env.session.engine.parameters.get(key)?.unset !== 'no_limit') {
      return unsetNode(env, clause, key);
    }
  }
  let minValue: number | null = null;
  if (clause.minTotalValueVnd !== undefined) {
    minValue = env.session.number(clause.minTotalValueVnd);
    if (minValue === null) return unsetNode(env, clause, paramKeyOf(clause.minTotalValueVnd) ?? '');
  }

  const end = env.year + clause.toOffset;
  const start = span === null ? null : end - span + 1;
  const minLevel = levelRank.get(clause.minLevel) ?? 0;
  let count = 0;
  let trialCount = 0;
  let total = 0;
  let yearsShort = 0;
  const visit = (y: number, list: readonly AchievementRecord[] | undefined) => {
    let inYear = 0;
    for (const a of list ?? []) {
      const q = qualifies(a, clause, minLevel);
      if (q === 'counts') {
        count++;
        inYear++;
        total += a.valueGainedVnd ?? 0;
      } else if (q === 'trial') trialCount++;
    }
    if (clause.eachYear && inYear < minCount) yearsShort++;
  };
  if (start === null) {
    for (const [y, list] of env.idx.achievementsByYear) if (y <= end) visit(y, list);
  } else {
    for (let y = start; y <= end; y++) visit(y, env.idx.achievementsByYear.get(y));
  }
  const countOk = clause.eachYear ? yearsShort === 0 : count >= minCount;
  const valueOk = minValue === null || total >= minValue;
  const p = () => phrases(clause, start, end);
  /** The records behind the answer, only when explaining (the proposal cites them). */
  const records = (kind: 'counts' | 'trial') => {
    const out: AchievementRecord[] = [];
    for (const [y, list] of env.idx.achievementsByYear) {
      if (y > end || (start !== null && y < start)) continue;
      for (const a of list) if (qualifies(a, clause, minLevel) === kind) out.push(a);
    }
    return out
      .sort((a, b) => (a.yearCounted ?? a.recognisedYear) - (b.yearCounted ?? b.recognisedYear))
      .map((a) => a.id);
  };
  const missingYears = () => {
    const out: number[] = [];
    for (let y = start ?? end; y <= end; y++) {
      const n = (env.idx.achievementsByYear.get(y) ?? []).filter(
        (a) => qualifies(a, clause, minLevel) === 'counts',
      ).length;
      if (n < minCount) out.push(y);
    }
    return out;
  };
  const ids = env.explain ? records('counts') : undefined;

  if (countOk && valueOk) {
    return leaf(
      env,
      clause,
      'met',
      'achievement.met',
      () => [
        `Có ${count} ${p().what[0]} ${p().when[0]}${minValue === null ? '' : `, làm lợi ${numberVi(total)} đồng`}`,
        `Has ${count} ${p().what[1]} ${p().when[1]}${minValue === null ? '' : `, value gained ${numberEn(total)} VND`}`,
      ],
      ids ? { achievementIds: ids } : {},
    );
  }
  if (!countOk && trialCount > 0 && count + trialCount >= minCount) {
    return leaf(
      env,
      clause,
      'review',
      'achievement.trial_only',
      () => [
        `Có ${p().noun[0]} ${p().when[0]} mới được áp dụng thử; Luật 2022 (khoản 4 Điều 3) yêu cầu sáng kiến đã được áp dụng — cần xem xét`,
        `A ${p().noun[1]} ${p().when[1]} is only trial-applied; the 2022 law (Art. 3(4)) requires an applied initiative — to review`,
      ],
      env.explain
        ? { cause: 'trial_application', achievementIds: [...(ids ?? []), ...records('trial')] }
        : { cause: 'trial_application' },
    );
  }
  if (!countOk && clause.eachYear) {
    return leaf(env, clause, 'not_met', 'achievement.missing_years', () => [
      `Cần ${p().what[0]} mỗi năm ${p().when[0]}: thiếu ${yearList(missingYears())}`,
      `Needs ${p().what[1]} every year ${p().when[1]}: missing ${yearList(missingYears())}`,
    ]);
  }
  if (!countOk) {
    return leaf(env, clause, 'not_met', count === 0 ? 'achievement.none' : 'achievement.too_few', () =>
      count === 0 && minCount === 1
        ? [`Chưa có ${p().what[0]} ${p().when[0]}`, `No ${p().what[1]} ${p().when[1]}`]
        : [
            `Cần ${minCount} ${p().what[0]} ${p().when[0]}: có ${count}`,
            `Needs ${minCount} ${p().what[1]} ${p().when[1]}: has ${count}`,
          ],
    );
  }
  return leaf(env, clause, 'not_met', 'achievement.value_short', () => [
    `Tổng giá trị làm lợi của ${p().noun[0]} ${p().when[0]} là ${numberVi(total)} đồng; cần từ ${numberVi(minValue ?? 0)} đồng`,
    `Value gained by ${p().noun[1]} ${p().when[1]} is ${numberEn(total)} VND; needs ${numberEn(minValue ?? 0)} VND`,
  ]);
}
