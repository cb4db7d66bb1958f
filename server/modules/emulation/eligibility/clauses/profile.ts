// Facts about the person: weighted years of service up to the proposal date, and profile attributes.
import type { Clause } from '../../../../../shared/contracts/emulation.ts';
import { numberEn, numberVi } from '../format.ts';
import { profileLabels, serviceTrackLabels } from '../labels.ts';
import { type Env, type Node, leaf, paramKeyOf, unsetNode } from '../node.ts';

const DAY = 86_400_000;
const yearsBetween = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / DAY / 365.25);

export function evaluateServiceYears(clause: Extract<Clause, { kind: 'service_years' }>, env: Env): Node {
  const male = env.session.number(clause.minYears);
  if (male === null) return unsetNode(env, clause, paramKeyOf(clause.minYears) ?? '');
  let female = male;
  if (clause.minYearsFemale !== undefined) {
    const value = env.session.number(clause.minYearsFemale);
    if (value === null) return unsetNode(env, clause, paramKeyOf(clause.minYearsFemale) ?? '');
    female = value;
  }
  const weights = new Map(clause.tracks.map((t) => [t.track, t.weight]));
  const date = env.session.date;
  let total = 0;
  for (const period of env.idx.service) {
    const weight = weights.get(period.track);
    if (weight === undefined || period.from > date) continue;
    const to = period.to && period.to < date ? period.to : date;
    total += yearsBetween(period.from, to) * weight;
  }
  const gender = env.idx.profile.gender;
  const min = gender === 'female' ? female : male;
  const whatVi = clause.tracks.map((t) => serviceTrackLabels[t.track].vi).join(', ');
  const whatEn = clause.tracks.map((t) => serviceTrackLabels[t.track].en).join(', ');
  const totalVi = numberVi(total, 1);
  const forWhom: [string, string] =
    female === male ? ['', ''] : gender === 'female' ? [' (nữ)', ' (women)'] : [' (nam)', ' (men)'];
  if (total >= min) {
    return leaf(env, clause, 'met', 'service.met', () => [
      `Thời gian ${whatVi}: ${totalVi} năm (cần từ ${min} năm${forWhom[0]})`,
      `${whatEn}: ${numberEn(total, 1)} years (needs ${min}${forWhom[1]})`,
    ]);
  }
  if (gender === undefined && total >= female) {
    return leaf(
      env,
      clause,
      'review',
      'service.gender_missing',
      () => [
        `Thời gian ${whatVi}: ${totalVi} năm; đủ mức của nữ (${female} năm) nhưng chưa có thông tin giới tính`,
        `${whatEn}: ${numberEn(total, 1)} years; enough for women (${female}) but gender is not recorded`,
      ],
      { cause: 'missing_data' },
    );
  }
  return leaf(env, clause, 'not_met', 'service.too_short', () => [
    `Thời gian ${whatVi}: ${totalVi} năm; cần từ ${min} năm${forWhom[0]}`,
    `${whatEn}: ${numberEn(total, 1)} years; needs ${min}${forWhom[1]}`,
  ]);
}

export function evaluateAttribute(clause: Extract<Clause, { kind: 'attribute' }>, env: Env): Node {
  const label = profileLabels[clause.key];
  const value = env.idx.profile[clause.key];
  const say = (v: string | boolean) => label.values[String(v)] ?? { vi: String(v), en: String(v) };
  if (value === undefined) {
    return leaf(
      env,
      clause,
      'review',
      'attribute.missing',
      () => [`Chưa có thông tin: ${label.vi}`, `Not recorded: ${label.en}`],
      { cause: 'missing_data' },
    );
  }
  const wanted = clause.in.map((v) => say(v));
  const ok = clause.in.includes(value);
  return leaf(env, clause, ok ? 'met' : 'not_met', ok ? 'attribute.met' : 'attribute.not_met', () => [
    `${label.vi}: ${say(value).vi}${ok ? '' : `; yêu cầu: ${wanted.map((w) => w.vi).join(' hoặc ')}`}`,
    `${label.en}: ${say(value).en}${ok ? '' : `; required: ${wanted.map((w) => w.en).join(' or ')}`}`,
  ]);
}
