// "Rated at least X in year Y", or "N consecutive years rated at least X ending in Y".
import { type Clause, type Rating, ratings } from '../../../../../shared/contracts/emulation.ts';
import { yearList } from '../format.ts';
import { ratingLabels } from '../labels.ts';
import { type Env, type Node, leaf, paramKeyOf, unsetNode } from '../node.ts';

type RatingClause = Extract<Clause, { kind: 'rating' }>;

/** "Hoàn thành tốt nhiệm vụ trở lên"; the top level needs no "trở lên". */
const needs = Object.fromEntries(
  ratings.map((r) => {
    const label = ratingLabels[r];
    return [r, r === 'excellent' ? [label.vi, label.en] : [`${label.vi} trở lên`, `${label.en} or better`]];
  }),
) as Record<Rating, [string, string]>;
export const ratingNeed = (rating: Rating): [string, string] => needs[rating];

export function evaluateRating(clause: RatingClause, env: Env): Node {
  const atLeast = typeof clause.atLeast === 'string' ? clause.atLeast : (env.session.value(clause.atLeast) as Rating);
  if (!atLeast) return unsetNode(env, clause, paramKeyOf(clause.atLeast) ?? '');
  const years = env.session.number(clause.years);
  if (years === null) return unsetNode(env, clause, paramKeyOf(clause.years) ?? '');
  const min = ratings.indexOf(atLeast);
  const end = env.year + clause.toOffset;
  let met = true;
  for (let y = end; y > end - years && met; y--) met = (env.idx.ratings.get(y) ?? -1) >= min;
  const [needVi, needEn] = ratingNeed(atLeast);
  // The year lists are only for the message.
  const split = () => {
    const has: number[] = [];
    const missing: number[] = [];
    for (let y = end; y > end - years; y--) ((env.idx.ratings.get(y) ?? -1) >= min ? has : missing).push(y);
    return { has, missing };
  };

  if (years === 1) {
    const rank = env.idx.ratings.get(end);
    const actual = rank === undefined ? undefined : ratingLabels[ratings[rank] as Rating];
    if (met) {
      return leaf(env, clause, 'met', 'rating.met', () => [
        `Năm ${end} xếp loại ${actual?.vi}`,
        `Rated "${actual?.en}" in ${end}`,
      ]);
    }
    if (!actual) {
      return leaf(env, clause, 'not_met', 'rating.missing', () => [
        `Năm ${end} chưa có kết quả xếp loại; cần ${needVi}`,
        `No rating for ${end}; needs "${needEn}"`,
      ]);
    }
    return leaf(env, clause, 'not_met', 'rating.below', () => [
      `Năm ${end} xếp loại ${actual.vi}; cần ${needVi}`,
      `Rated "${actual.en}" in ${end}; needs "${needEn}"`,
    ]);
  }
  if (met) {
    return leaf(env, clause, 'met', 'rating.streak_met', () => {
      const { has } = split();
      return [
        `${years} năm liên tục ${needVi}: ${yearList(has)}`,
        `${years} consecutive years "${needEn}": ${yearList(has)}`,
      ];
    });
  }
  return leaf(env, clause, 'not_met', 'rating.streak_missing_years', () => {
    const { has, missing } = split();
    return [
      `Cần ${years} năm liên tục ${needVi}: ${has.length ? `có ${yearList(has)}; ` : ''}thiếu ${yearList(missing)}`,
      `Needs ${years} consecutive years "${needEn}": ${has.length ? `has ${yearList(has)}; ` : ''}missing ${yearList(missing)}`,
    ];
  });
}
