// Clauses over the recipient's earlier titles and commendations: streaks, counts in a window, "not before",
// and the chains of the 2022 law ("5 consecutive years since the last Bằng khen, with 3 CSTĐCS in them").
import { type Clause, type Rating, ratings } from '../../../../../shared/contracts/emulation.ts';
import { yearList, yearRange } from '../format.ts';
import { type Env, type Node, awardNames, combine, leaf, paramKeyOf, unsetNode } from '../node.ts';
import { ratingNeed } from './ratings.ts';

const EMPTY = new Set<number>();

/** Years in which the recipient held any of the codes (after expansion). */
export function heldYears(env: Env, codes: readonly string[]): ReadonlySet<number> {
  const expanded = env.session.expand(codes);
  if (expanded.size === 1) return env.idx.awardYears.get(codes[0] as string) ?? EMPTY;
  const years = new Set<number>();
  for (const code of expanded) for (const y of env.idx.awardYears.get(code) ?? EMPTY) years.add(y);
  return years;
}

function windowPhrase(start: number | null, end: number): [string, string] {
  if (start === null) return [`đến năm ${end}`, `up to ${end}`];
  if (start === end) return [`năm ${end}`, `in ${end}`];
  return [`giai đoạn ${yearRange(start, end)}`, `in ${yearRange(start, end)}`];
}

export function evaluateStreak(clause: Extract<Clause, { kind: 'award_streak' }>, env: Env): Node {
  const codes = env.session.codes(clause.codes);
  if (!codes) return unsetNode(env, clause, paramKeyOf(clause.codes) ?? '');
  const length = env.session.number(clause.length);
  if (length === null) return unsetNode(env, clause, paramKeyOf(clause.length) ?? '');
  const gap = env.session.number(clause.maxGapYears);
  if (gap === null) return unsetNode(env, clause, paramKeyOf(clause.maxGapYears) ?? '');
  const years = heldYears(env, codes);
  const [nameVi, nameEn] = awardNames(env, codes);

  if (clause.toOffset !== null && gap <= 1) {
    const end = env.year + clause.toOffset;
    let complete = true;
    for (let y = end; y > end - length && complete; y--) complete = years.has(y);
    const split = () => {
      const has: number[] = [];
      const missing: number[] = [];
      for (let y = end; y > end - length; y--) (years.has(y) ? has : missing).push(y);
      return { has, missing };
    };
    if (complete) {
      return leaf(env, clause, 'met', 'award_streak.met', () => [
        `${length} năm liên tục đạt ${nameVi}: ${yearList(split().has)}`,
        `${length} consecutive years of ${nameEn}: ${yearList(split().has)}`,
      ]);
    }
    return leaf(env, clause, 'not_met', 'award_streak.missing_years', () => {
      const { has, missing } = split();
      return [
        `Cần ${length} năm liên tục đạt ${nameVi}: ${has.length ? `có ${yearList(has)}; ` : ''}thiếu ${yearList(missing)}`,
        `Needs ${length} consecutive years of ${nameEn}: ${has.length ? `has ${yearList(has)}; ` : ''}missing ${yearList(missing)}`,
      ];
    });
  }

  // Awards that come in cycles (a ministry-level title every three years): consecutive means no gap above `gap`.
  const limit = env.year + (clause.toOffset ?? 0);
  const sorted = [...years].filter((y) => y <= limit).sort((a, b) => a - b);
  let best: number[] = [];
  let run: number[] = [];
  for (const y of sorted) {
    run = run.length > 0 && y - (run[run.length - 1] as number) <= gap ? [...run, y] : [y];
    const endsRight = clause.toOffset === null || y === limit;
    if (endsRight && run.length >= best.length) best = run;
  }
  const endVi = clause.toOffset === null ? '' : `, lần cuối năm ${limit}`;
  const endEn = clause.toOffset === null ? '' : `, the last in ${limit}`;
  if (best.length >= length) {
    return leaf(env, clause, 'met', 'award_streak.cycle_met', () => [
      `${best.length} lần liên tục đạt ${nameVi} (cách nhau không quá ${gap} năm): ${yearList(best)}`,
      `${best.length} consecutive ${nameEn} (at most ${gap} years apart): ${yearList(best)}`,
    ]);
  }
  return leaf(env, clause, 'not_met', 'award_streak.cycle_short', () => [
    `Cần ${length} lần liên tục đạt ${nameVi} (cách nhau không quá ${gap} năm${endVi}): ${best.length ? `có ${yearList(best)}` : 'chưa có'}`,
    `Needs ${length} consecutive ${nameEn} (at most ${gap} years apart${endEn}): ${best.length ? `has ${yearList(best)}` : 'none'}`,
  ]);
}

export function evaluateAwardCount(clause: Extract<Clause, { kind: 'award_count' }>, env: Env): Node {
  const codes = env.session.codes(clause.codes);
  if (!codes) return unsetNode(env, clause, paramKeyOf(clause.codes) ?? '');
  const min = env.session.number(clause.min);
  if (min === null) return unsetNode(env, clause, paramKeyOf(clause.min) ?? '');
  const span = clause.years === null ? null : env.session.number(clause.years);
  const end = env.year + clause.toOffset;
  const start = span === null ? null : end - span + 1;
  const expanded = env.session.expand(codes);
  const found = env.idx.awards
    .filter((a) => expanded.has(a.code) && a.year <= end && (start === null || a.year >= start))
    .map((a) => a.year);
  const [nameVi, nameEn] = awardNames(env, codes);
  if (found.length >= min) {
    return leaf(env, clause, 'met', 'award_count.met', () => [
      `Đã được tặng ${nameVi} ${found.length} lần ${windowPhrase(start, end)[0]}: ${yearList(found)}`,
      `Received ${nameEn} ${found.length} time(s) ${windowPhrase(start, end)[1]}: ${yearList(found)}`,
    ]);
  }
  return leaf(env, clause, 'not_met', 'award_count.too_few', () =>
    found.length === 0 && min === 1
      ? [`Chưa được tặng ${nameVi} ${windowPhrase(start, end)[0]}`, `No ${nameEn} ${windowPhrase(start, end)[1]}`]
      : [
          `Cần ${min} lần ${nameVi} ${windowPhrase(start, end)[0]}: có ${found.length}`,
          `Needs ${min} × ${nameEn} ${windowPhrase(start, end)[1]}: has ${found.length}`,
        ],
  );
}

export function evaluateNotAwarded(clause: Extract<Clause, { kind: 'not_awarded' }>, env: Env): Node {
  const codes = env.session.codes(clause.codes);
  if (!codes) return unsetNode(env, clause, paramKeyOf(clause.codes) ?? '');
  const span = clause.years === null ? null : env.session.number(clause.years);
  const start = span === null ? null : env.year - span + 1;
  const found = [...heldYears(env, codes)].filter((y) => y <= env.year && (start === null || y >= start));
  const [nameVi, nameEn] = awardNames(env, codes);
  if (found.length === 0) {
    return leaf(env, clause, 'met', 'not_awarded.met', () => [
      `Chưa được tặng ${nameVi} ${windowPhrase(start, env.year)[0]}`,
      `Has not received ${nameEn} ${windowPhrase(start, env.year)[1]}`,
    ]);
  }
  return leaf(env, clause, 'not_met', 'not_awarded.already_awarded', () => [
    `Đã được tặng ${nameVi} năm ${yearList(found)}`,
    `Already received ${nameEn} in ${yearList(found)}`,
  ]);
}

/**
 * Since the last prior award A (at least `years` before Y): every year from Y back to A+1 is a run rated at least R,
 * at least `years` long, and inside that run the counts hold. Each part is its own child, so each explains itself.
 */
export function evaluateSinceAward(clause: Extract<Clause, { kind: 'since_award' }>, env: Env): Node {
  const after = env.session.codes(clause.after);
  if (!after) return unsetNode(env, clause, paramKeyOf(clause.after) ?? '');
  const span = env.session.number(clause.years);
  if (span === null) return unsetNode(env, clause, paramKeyOf(clause.years) ?? '');
  const [afterVi, afterEn] = awardNames(env, after);
  const anchors = [...heldYears(env, after)].filter((y) => y < env.year).sort((a, b) => b - a);
  const anchor = anchors.find((y) => y <= env.year - span);
  if (anchor === undefined) {
    const latest = anchors[0];
    return latest === undefined
      ? leaf(env, clause, 'not_met', 'since_award.no_prior', () => [
          `Chưa được tặng ${afterVi} trước năm ${env.year}`,
          `No ${afterEn} before ${env.year}`,
        ])
      : leaf(env, clause, 'not_met', 'since_award.too_recent', () => [
          `${afterVi} năm ${latest}: chưa đủ ${span} năm đến năm ${env.year}`,
          `${afterEn} in ${latest}: fewer than ${span} years up to ${env.year}`,
        ]);
  }

  const min = ratings.indexOf(clause.ratingAtLeast);
  let runStart = env.year + 1;
  while (runStart - 1 > anchor && (env.idx.ratings.get(runStart - 1) ?? -1) >= min) runStart--;
  const runLength = env.year - runStart + 1;
  const windowStart = runLength >= span ? runStart : env.year - span + 1;
  const [needVi, needEn] = ratingNeed(clause.ratingAtLeast);
  const runNode =
    runLength >= span
      ? leaf(env, clause, 'met', 'since_award.run_met', () => [
          `${runLength} năm liên tục ${needVi} sau ${afterVi} năm ${anchor}: ${yearRange(runStart, env.year)}`,
          `${runLength} consecutive years "${needEn}" after ${afterEn} (${anchor}): ${yearRange(runStart, env.year)}`,
        ])
      : leaf(env, clause, 'not_met', 'since_award.run_short', () => {
          const failing: number[] = [];
          for (let y = env.year; y > env.year - span; y--) if ((env.idx.ratings.get(y) ?? -1) < min) failing.push(y);
          const has = runLength > 0 ? `có ${yearRange(runStart, env.year)}; ` : '';
          const hasEn = runLength > 0 ? `has ${yearRange(runStart, env.year)}; ` : '';
          return [
            `Cần ${span} năm liên tục ${needVi} sau ${afterVi} năm ${anchor}: ${has}thiếu ${yearList(failing)}`,
            `Needs ${span} consecutive years "${needEn}" after ${afterEn} (${anchor}): ${hasEn}missing ${yearList(failing)}`,
          ];
        });

  const children = [runNode, ...clause.counts.map((count) => countInWindow(env, clause, count, windowStart))];
  const outcome = combine('all', children);
  return leaf(
    env,
    clause,
    outcome,
    'since_award.chain',
    () => [`Tính từ ${afterVi} năm ${anchor}`, `Counting from ${afterEn} in ${anchor}`],
    { children },
  );
}

type CountSpec = Extract<Clause, { kind: 'since_award' }>['counts'][number];
function countInWindow(env: Env, clause: Clause, spec: CountSpec, start: number): Node {
  const min = env.session.number(spec.min);
  if (min === null) return unsetNode(env, clause, paramKeyOf(spec.min) ?? '');
  const range = yearRange(start, env.year);
  let found: number[];
  let whatVi: string;
  let whatEn: string;
  if (spec.of === 'rating') {
    const rank = ratings.indexOf(spec.atLeast as Rating);
    found = [];
    for (let y = start; y <= env.year; y++) if ((env.idx.ratings.get(y) ?? -1) >= rank) found.push(y);
    [whatVi, whatEn] = ratingNeed(spec.atLeast);
  } else {
    const codes = env.session.codes(spec.codes);
    if (!codes) return unsetNode(env, clause, paramKeyOf(spec.codes) ?? '');
    const held = heldYears(env, codes);
    found = [];
    for (let y = start; y <= env.year; y++) if (held.has(y)) found.push(y);
    [whatVi, whatEn] = awardNames(env, codes);
  }
  if (found.length >= min) {
    return leaf(env, clause, 'met', 'since_award.count_met', () => [
      `Trong giai đoạn ${range}: ${found.length} năm ${whatVi} (${yearList(found)})`,
      `In ${range}: ${found.length} year(s) of ${whatEn} (${yearList(found)})`,
    ]);
  }
  return leaf(env, clause, 'not_met', 'since_award.count_short', () => [
    `Trong giai đoạn ${range} cần ${min} năm ${whatVi}: có ${found.length}${found.length ? ` (${yearList(found)})` : ''}`,
    `In ${range} needs ${min} year(s) of ${whatEn}: has ${found.length}${found.length ? ` (${yearList(found)})` : ''}`,
  ]);
}
