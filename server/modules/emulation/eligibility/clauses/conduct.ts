// The year's conduct and presence: discipline, days absent, long training, pledge, fines, time since recruitment.
import {
  type Clause,
  type DisciplineLevel,
  type StudyResult,
  disciplineLevels,
  studyResults,
} from '../../../../../shared/contracts/emulation.ts';
import { dateVi } from '../format.ts';
import { disciplineLabels, studyResultLabels } from '../labels.ts';
import { type Env, type Node, leaf, paramKeyOf, unsetNode } from '../node.ts';

export function evaluateNoDiscipline(clause: Extract<Clause, { kind: 'no_discipline' }>, env: Env): Node {
  const level =
    typeof clause.minLevel === 'string' ? clause.minLevel : (env.session.value(clause.minLevel) as DisciplineLevel);
  if (!level) return unsetNode(env, clause, paramKeyOf(clause.minLevel) ?? '');
  const min = disciplineLevels.indexOf(level);
  const rank = env.idx.disciplineRank.get(env.year);
  const label = disciplineLabels[level];
  if (rank === undefined || rank < min) {
    return leaf(env, clause, 'met', 'discipline.none', () => [
      `Năm ${env.year} không bị kỷ luật từ ${label.vi} trở lên`,
      `No discipline at or above ${label.en} in ${env.year}`,
    ]);
  }
  const actual = disciplineLabels[disciplineLevels[rank] as DisciplineLevel];
  return leaf(env, clause, 'not_met', 'discipline.present', () => [
    `Năm ${env.year} bị kỷ luật ${actual.vi}; không xét khi bị kỷ luật từ ${label.vi} trở lên`,
    `Disciplined (${actual.en}) in ${env.year}; excluded at ${label.en} or above`,
  ]);
}

export function evaluateMaxAbsence(clause: Extract<Clause, { kind: 'max_absence' }>, env: Env): Node {
  const limit = env.session.number(clause.limitDays);
  if (limit === null) return unsetNode(env, clause, paramKeyOf(clause.limitDays) ?? '');
  const days = env.idx.absentDays.get(env.year) ?? 0;
  if (days < limit) {
    return leaf(env, clause, 'met', 'absence.within_limit', () => [
      `Năm ${env.year} nghỉ ${days} ngày làm việc (dưới ${limit} ngày)`,
      `${days} working days absent in ${env.year} (under ${limit})`,
    ]);
  }
  return leaf(env, clause, 'not_met', 'absence.over_limit', () => [
    `Năm ${env.year} nghỉ ${days} ngày làm việc (không kể nghỉ thai sản, điều trị thương tích được xác nhận); không xét khi nghỉ từ ${limit} ngày trở lên`,
    `${days} working days absent in ${env.year} (maternity and certified injury excluded); excluded from ${limit} days`,
  ]);
}

export function evaluateTraining(clause: Extract<Clause, { kind: 'training' }>, env: Env): Node {
  const minResult =
    typeof clause.minResult === 'string' ? clause.minResult : (env.session.value(clause.minResult) as StudyResult);
  if (!minResult) return unsetNode(env, clause, paramKeyOf(clause.minResult) ?? '');
  const training = env.idx.trainings.get(env.year);
  if (!training || training.months < 12) {
    return leaf(env, clause, 'met', 'training.not_long', () => [
      `Không đi học từ 01 năm trở lên trong năm ${env.year} (thời gian học dưới 01 năm tính là thời gian công tác)`,
      `No training of a year or more in ${env.year}`,
    ]);
  }
  const need = studyResultLabels[minResult];
  if (training.resultRank < 0) {
    return leaf(
      env,
      clause,
      'review',
      'training.result_missing',
      () => [
        `Đi học ${training.months} tháng trong năm ${env.year}: chưa có kết quả học tập; cần từ loại ${need.vi} trở lên`,
        `Trained ${training.months} months in ${env.year}: no study result yet; needs ${need.en} or better`,
      ],
      { cause: 'missing_data' },
    );
  }
  const actual = studyResultLabels[studyResults[training.resultRank] as StudyResult];
  const ok = training.resultRank >= studyResults.indexOf(minResult);
  return leaf(env, clause, ok ? 'met' : 'not_met', ok ? 'training.result_ok' : 'training.result_low', () => [
    `Đi học ${training.months} tháng trong năm ${env.year}, kết quả ${actual.vi}${ok ? '' : `; cần từ loại ${need.vi} trở lên`}`,
    `Trained ${training.months} months in ${env.year}, result ${actual.en}${ok ? '' : `; needs ${need.en} or better`}`,
  ]);
}

export function evaluatePledged(clause: Extract<Clause, { kind: 'pledged' }>, env: Env): Node {
  return env.idx.pledgeYears.has(env.year)
    ? leaf(env, clause, 'met', 'pledge.registered', () => [
        `Đã đăng ký thi đua năm ${env.year}`,
        `Pledged for ${env.year}`,
      ])
    : leaf(env, clause, 'not_met', 'pledge.missing', () => [
        `Chưa đăng ký thi đua năm ${env.year}`,
        `No emulation pledge for ${env.year}`,
      ]);
}

export function evaluateNoFine(clause: Extract<Clause, { kind: 'no_fine' }>, env: Env): Node {
  return env.idx.fineYears.has(env.year)
    ? leaf(env, clause, 'not_met', 'fine.present', () => [
        `Bị xử phạt vi phạm hành chính năm ${env.year}`,
        `Administratively fined in ${env.year}`,
      ])
    : leaf(env, clause, 'met', 'fine.none', () => [
        `Không bị xử phạt vi phạm hành chính năm ${env.year}`,
        `No administrative fine in ${env.year}`,
      ]);
}

/** Whole months from one ISO date to another. */
export function monthsBetween(from: string, to: string): number {
  const part = (s: string, a: number, b: number) => Number(s.slice(a, b));
  const months = (part(to, 0, 4) - part(from, 0, 4)) * 12 + (part(to, 5, 7) - part(from, 5, 7));
  return months - (part(to, 8, 10) < part(from, 8, 10) ? 1 : 0);
}

export function evaluateTenure(clause: Extract<Clause, { kind: 'tenure' }>, env: Env): Node {
  let min = env.session.number(clause.minMonths);
  if (min === null) return unsetNode(env, clause, paramKeyOf(clause.minMonths) ?? '');
  let start = clause.since === 'hired' ? env.idx.hiredOn : env.idx.establishedOn;
  const reorganised = env.idx.reorganisedOn;
  let afterReorganisation = false;
  if (clause.since === 'established' && reorganised && clause.minMonthsAfterReorganisation !== undefined) {
    if (!start || reorganised > start) {
      const after = env.session.number(clause.minMonthsAfterReorganisation);
      if (after !== null) {
        start = reorganised;
        min = after;
        afterReorganisation = true;
      }
    }
  }
  const what: [string, string] =
    clause.since === 'hired'
      ? ['tuyển dụng', 'Recruited']
      : afterReorganisation
        ? ['chia tách, sáp nhập', 'Reorganised']
        : ['thành lập', 'Established'];
  if (!start) {
    return leaf(
      env,
      clause,
      'review',
      'tenure.missing_date',
      () => [`Chưa có ngày ${what[0]}`, `No date: ${what[1].toLowerCase()}`],
      {
        cause: 'missing_data',
      },
    );
  }
  const from = start;
  const months = monthsBetween(from, env.session.date);
  const required = min;
  const ok = months >= required;
  return leaf(env, clause, ok ? 'met' : 'not_met', ok ? 'tenure.met' : 'tenure.too_short', () => [
    `Ngày ${what[0]} ${dateVi(from)}: ${months} tháng đến ngày ${dateVi(env.session.date)}${ok ? '' : `; cần từ ${required} tháng`}`,
    `${what[1]} ${from}: ${months} months to ${env.session.date}${ok ? '' : `; needs ${required}`}`,
  ]);
}
